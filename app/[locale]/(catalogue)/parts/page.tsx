import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { ListingGrid } from "@/app/_components/listings/listing-card";
import { PartsFinderForms } from "@/app/_components/listings/parts-finder-form";
import { SearchPager } from "@/app/_components/listings/search-pager";
import { ResultCount } from "@/app/_components/listings/search-toolbar";
import { parsePartsFinderParams, partsFinderHref } from "@/lib/listings/parts-finder";
import { searchListingsCached } from "@/lib/listings/search";
import { searchHref } from "@/lib/listings/search-params";
import finder from "@/app/_components/listings/parts-finder.module.css";

export const metadata: Metadata = {
  title: "Parts finder",
  description:
    "Spare parts that fit your AZLK pedal car (by year or era) or your classic Moskvitch (by model): windscreens, steering wheels, bumpers, tires and more.",
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function PartsFinderPage({ searchParams }: Props) {
  const query = parsePartsFinderParams(await searchParams);
  const result = query.status === "ok" ? await searchListingsCached(query.params, query.options) : null;

  return (
    <>
      <h1>Parts finder</h1>
      <p className={`field__hint ${finder.intro}`}>
        Tell us what you are restoring and see the spare parts for sale that fit it. Parts listed for every
        era or every model are included.
      </p>
      <PartsFinderForms query={query} />
      {query.status === "ok" && result && (
        <section className="parts-finder__results" aria-labelledby="parts-results">
          <div className="section-head">
            <h2 id="parts-results">{query.description}</h2>
            <p className="listing-card__meta" data-testid="result-count">
              <ResultCount total={result.total} />
            </p>
          </div>
          {result.listings.length ? (
            <ListingGrid listings={result.listings} label="Parts that fit" />
          ) : (
            <div className="empty-state">
              <p>No parts like that are for sale right now.</p>
              <p>
                {query.values.part_type && (
                  <>
                    <Link href={partsFinderHref(query.values, { part_type: undefined })}>
                      Show every kind of part
                    </Link>{" "}
                    ·{" "}
                  </>
                )}
                <Link href={searchHref({ category: "part" })}>Browse all spare parts</Link>
              </p>
            </div>
          )}
          <SearchPager
            nextHref={result.nextCursor ? partsFinderHref(query.values, { after: result.nextCursor }) : null}
            firstHref={query.values.after ? partsFinderHref(query.values) : null}
          />
        </section>
      )}
    </>
  );
}
