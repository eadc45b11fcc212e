import { countryName, describeItem } from "@/lib/catalogue/describe";
import { itemSchema } from "@/lib/catalogue/item-schemas";
import type { ListingDetail } from "@/lib/listings/queries";
import { formatMoney } from "@/lib/money";

/** Every attribute of the item in plain words. */
export function ListingFacts({ attributes }: { attributes: unknown }) {
  const item = itemSchema.safeParse(attributes);
  if (!item.success) return null;
  return (
    <dl className="facts">
      {describeItem(item.data).map((fact) => (
        <div key={fact.label} style={{ display: "contents" }}>
          <dt>{fact.label}</dt>
          <dd>{fact.value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** The seller's shipping prices by destination ("Worldwide" covers every other country). */
export function ListingShipping({ listing }: { listing: Pick<ListingDetail, "shippingOptions" | "currency"> }) {
  if (!listing.shippingOptions.length) return <p>Collection only, or ask the seller for a transport quote.</p>;
  return (
    <dl className="facts">
      {listing.shippingOptions.map((option) => (
        <div key={option.destination} style={{ display: "contents" }}>
          <dt>{countryName(option.destination)}</dt>
          <dd>
            {formatMoney(option.priceCents, listing.currency)}
            {option.label ? ` · ${option.label}` : ""}
          </dd>
        </div>
      ))}
    </dl>
  );
}
