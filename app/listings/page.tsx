import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { ListingGrid } from "@/app/_components/listings/listing-card";
import { categories, categoryLabels } from "@/lib/catalogue/vocabulary";
import { searchListings } from "@/lib/listings/search";

export const metadata: Metadata = { title: "Browse the catalogue" };

const searchParamsSchema = z.object({
  q: z.string().max(200).optional().catch(undefined),
  category: z.enum(categories).optional().catch(undefined),
});

export default async function ListingsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const raw = await searchParams;
  const params = searchParamsSchema.parse({ q: typeof raw.q === "string" ? raw.q : undefined, category: raw.category });
  const { listings: results } = await searchListings({ q: params.q, category: params.category });
  const heading = params.q ? `Results for “${params.q}”` : params.category ? categoryLabels[params.category] : "Everything for sale";

  return (
    <>
      <h1>{heading}</h1>
      <nav aria-label="Filter by category" className="category-nav" style={{ borderTop: 0, marginBottom: "1rem" }}>
        <ul style={{ padding: 0 }}>
          <li>
            <Link href={params.q ? `/listings?q=${encodeURIComponent(params.q)}` : "/listings"} aria-current={!params.category ? "page" : undefined}>
              All
            </Link>
          </li>
          {categories.map((category) => (
            <li key={category}>
              <Link
                href={`/listings?${new URLSearchParams({ ...(params.q ? { q: params.q } : {}), category })}`}
                aria-current={params.category === category ? "page" : undefined}
              >
                {categoryLabels[category]}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <p className="listing-card__meta" role="status">
        {results.length} {results.length === 1 ? "listing" : "listings"}
      </p>
      {results.length ? (
        <ListingGrid listings={results} />
      ) : (
        <div className="empty-state">
          <p>Nothing matches yet. Try fewer words, another spelling (Moskvich, Москвич), or a different category.</p>
        </div>
      )}
    </>
  );
}
