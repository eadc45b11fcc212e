import { Link } from "@/lib/i18n/navigation";
import { categoryLabels } from "@/lib/catalogue/vocabulary";
import type { ListingDetail } from "@/lib/listings/queries";
import { partsFinderHref } from "@/lib/listings/parts-finder";
import { listPartsThatFit, listRelatedListings } from "@/lib/listings/related";
import { searchHref } from "@/lib/listings/search-params";
import { ListingGrid } from "./listing-card";

type Listing = Pick<ListingDetail, "id" | "category" | "era" | "model" | "attributes">;

function finderLink(listing: Listing): string | null {
  if (listing.category === "pedal_car")
    return partsFinderHref({
      for: "pedal_car",
      era: listing.era && listing.era !== "unknown" ? listing.era : undefined,
    });
  if (listing.category === "classic_car" && listing.model)
    return partsFinderHref({ for: "classic_car", model: listing.model });
  return null;
}

/** More of the same kind, and for a car or toy the spare parts that fit it. */
export async function ListingMore({ listing }: { listing: Listing }) {
  const partType = typeof listing.attributes.partType === "string" ? listing.attributes.partType : null;
  const [related, parts] = await Promise.all([
    listRelatedListings({
      listing: {
        id: listing.id,
        category: listing.category,
        era: listing.era,
        model: listing.model,
        partType,
      },
    }),
    listing.category === "part" ? Promise.resolve([]) : listPartsThatFit({ item: listing }),
  ]);
  const finder = finderLink(listing);
  return (
    <>
      {parts.length > 0 && (
        <section className="listing-more" aria-labelledby="parts-that-fit">
          <div className="section-head">
            <h2 id="parts-that-fit">Parts that fit</h2>
            {finder && <Link href={finder}>All parts that fit</Link>}
          </div>
          <ListingGrid listings={parts} />
        </section>
      )}
      {related.length > 0 && (
        <section className="listing-more" aria-labelledby="related-listings">
          <div className="section-head">
            <h2 id="related-listings">More {categoryLabels[listing.category].toLowerCase()}</h2>
            <Link href={searchHref({ category: listing.category })}>See all</Link>
          </div>
          <ListingGrid listings={related} />
        </section>
      )}
    </>
  );
}
