import { useLocale, useTranslations } from "next-intl";
import { countryName, describeItem } from "@/lib/catalogue/describe";
import { itemSchema } from "@/lib/catalogue/item-schemas";
import type { ListingDetail } from "@/lib/listings/queries";
import { formatMoney } from "@/lib/kernel/money";

/** The seller's own words about a restoration, which the item's description leaves out. */
const sellerNotes = [
  { key: "restoredBy", label: "Restored by" },
  { key: "replacedParts", label: "Parts replaced" },
] as const;

/** Every attribute of the item in plain words, then who restored it and what was replaced, as the seller wrote them. */
export function ListingFacts({ attributes }: { attributes: unknown }) {
  const item = itemSchema.safeParse(attributes);
  if (!item.success) return null;
  const stored = attributes as Record<string, unknown>;
  const facts = [
    ...describeItem(item.data),
    ...sellerNotes.flatMap(({ key, label }) => {
      const value = stored[key];
      return typeof value === "string" && value.trim() ? [{ label, value: value.trim() }] : [];
    }),
  ];
  return (
    <dl className="facts">
      {facts.map((fact) => (
        <div key={fact.label} style={{ display: "contents" }}>
          <dt>{fact.label}</dt>
          <dd>{fact.value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** The seller's shipping prices by destination ("Worldwide" covers every other country). */
export function ListingShipping({
  listing,
}: {
  listing: Pick<ListingDetail, "shippingOptions" | "currency">;
}) {
  const t = useTranslations("Listing");
  const locale = useLocale();
  if (!listing.shippingOptions.length) return <p>{t("collectionOnly")}</p>;
  return (
    <dl className="facts">
      {listing.shippingOptions.map((option) => (
        <div key={option.destination} style={{ display: "contents" }}>
          <dt>{countryName(option.destination)}</dt>
          <dd>
            {formatMoney(option.priceCents, listing.currency, { locale })}
            {option.label ? ` · ${option.label}` : ""}
          </dd>
        </div>
      ))}
    </dl>
  );
}
