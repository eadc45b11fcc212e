// Once the first bid lands, an auction's terms are what its bidders agreed to: the item (category,
// title and every attribute), where it ships from, the currency, the starting bid, the reserve, the
// shipping options and the end (only a late bid moves it). The seller may still add to the
// description; the additions are shown as dated notes and the original stays as bidders read it.
// Pure functions: the listing edit calls them under its row locks, and any test of the
// marketplace can call them to check that nobody's terms moved after their bid.

export type AuctionTerms = {
  category: string;
  title: string;
  /** Every item attribute (era, plate, condition, model, year, fits …). */
  attributes: Record<string, unknown>;
  country: string;
  city: string | null;
  saleFormat: string;
  currency: string;
  startPriceCents: number;
  reservePriceCents: number | null;
  /** Sorted by destination, labels left out: the prices and places are the terms. */
  shippingOptions: { destination: string; priceCents: number }[];
  /** Null when the seller chose an end time rather than a number of days. */
  lengthDays: number | null;
  /** The end set when the auction opened, before any extension by late bids (ISO). */
  originalEndsAt: string;
  description: string;
};

type ListingSide = {
  category: string;
  title: string;
  attributes: Record<string, unknown>;
  country: string;
  city: string | null;
  saleFormat: string;
  currency: string;
  shippingOptions: readonly { destination: string; priceCents: number }[];
  description: string;
};
type AuctionSide = {
  startPriceCents: number;
  reservePriceCents: number | null;
  lengthDays: number | null;
  originalEndsAt: Date;
};

/** The terms as a listing row and its auction row hold them now. */
export function auctionTermsOf(listing: ListingSide, auction: AuctionSide): AuctionTerms {
  return {
    category: listing.category,
    title: listing.title,
    attributes: { ...listing.attributes },
    country: listing.country,
    city: listing.city,
    saleFormat: listing.saleFormat,
    currency: listing.currency,
    startPriceCents: auction.startPriceCents,
    reservePriceCents: auction.reservePriceCents,
    shippingOptions: normaliseShipping(listing.shippingOptions),
    lengthDays: auction.lengthDays,
    originalEndsAt: auction.originalEndsAt.toISOString(),
    description: listing.description,
  };
}

function normaliseShipping(options: readonly { destination: string; priceCents: number }[]) {
  return options
    .map((o) => ({ destination: o.destination.toUpperCase(), priceCents: o.priceCents }))
    .sort((a, b) => a.destination.localeCompare(b.destination) || a.priceCents - b.priceCents);
}

/** A seller's save as the listing edit sees it: the listing's new columns plus the auction fields the form sent. */
export type ProposedAuctionEdit = ListingSide & {
  startPriceCents: number;
  /** Undefined when the form did not send the field (no change asked for). */
  reservePriceCents?: number;
  auctionLength?: string;
  auctionEndsAt?: string;
};

export type FrozenTermsCheck =
  { ok: true; descriptionAddition: string | null } | { ok: false; fieldErrors: Record<string, string> };

const started = "Bidding has started";
const messages = {
  category: `${started}: the category stays as bidders saw it`,
  title: `${started}: the title stays as bidders saw it`,
  attribute: `${started}: what the item is stays as bidders saw it`,
  country: `${started}: where the item ships from stays as it is`,
  city: `${started}: where the item ships from stays as it is`,
  saleFormat: `${started}: this item stays up for auction`,
  currency: `${started}: the currency stays as bidders saw it`,
  price: `${started}: the starting bid stays as it is`,
  reservePrice: `${started}: the reserve stays as it is`,
  shipping: `${started}: shipping prices and destinations stay as bidders saw them`,
  end: `${started}: the end of the auction can no longer change`,
  description: `${started}: the description stays as bidders read it. You can add to it: write after the original text, and your addition is shown as a dated note`,
} as const;

/** Names every field of the proposed edit that would change a frozen term; otherwise returns what was added to the description. */
export function checkFrozenTermsEdit(frozen: AuctionTerms, proposed: ProposedAuctionEdit): FrozenTermsCheck {
  const fieldErrors: Record<string, string> = {};
  for (const key of changedAttributes(frozen.attributes, proposed.attributes))
    fieldErrors[key] = messages.attribute;
  if (proposed.category !== frozen.category) fieldErrors.category = messages.category;
  if (proposed.title.trim() !== frozen.title.trim()) fieldErrors.title = messages.title;
  if (proposed.country.toUpperCase() !== frozen.country.toUpperCase()) fieldErrors.country = messages.country;
  if ((proposed.city ?? "").trim() !== (frozen.city ?? "").trim()) fieldErrors.city = messages.city;
  if (proposed.saleFormat !== frozen.saleFormat) fieldErrors.saleFormat = messages.saleFormat;
  if (proposed.currency !== frozen.currency) fieldErrors.currency = messages.currency;
  if (proposed.startPriceCents !== frozen.startPriceCents) fieldErrors.price = messages.price;
  if (proposed.reservePriceCents !== undefined && proposed.reservePriceCents !== frozen.reservePriceCents)
    fieldErrors.reservePrice = messages.reservePrice;
  if (!sameJson(normaliseShipping(proposed.shippingOptions), frozen.shippingOptions))
    fieldErrors.shipping = messages.shipping;
  const endField = changedEndField(frozen, proposed);
  if (endField) fieldErrors[endField] = messages.end;
  const addition = descriptionAddition(frozen.description, proposed.description);
  if (addition === false) fieldErrors.description = messages.description;
  if (Object.keys(fieldErrors).length) return { ok: false, fieldErrors };
  return { ok: true, descriptionAddition: addition || null };
}

/** The names of the terms that differ between two readings (empty when none moved). */
export function changedAuctionTerms(before: AuctionTerms, after: AuctionTerms): string[] {
  const changed: string[] = [];
  for (const key of Object.keys(before) as (keyof AuctionTerms)[]) {
    if (key === "attributes")
      changed.push(...changedAttributes(before.attributes, after.attributes).map((k) => `attributes.${k}`));
    else if (!sameJson(before[key], after[key])) changed.push(key);
  }
  return changed;
}

function changedEndField(
  frozen: AuctionTerms,
  proposed: ProposedAuctionEdit,
): "auctionLength" | "auctionEndsAt" | null {
  if (proposed.auctionLength === undefined) return null;
  if (proposed.auctionLength !== "custom")
    return Number(proposed.auctionLength) === frozen.lengthDays ? null : "auctionLength";
  if (frozen.lengthDays !== null) return "auctionLength";
  if (proposed.auctionEndsAt === undefined) return null;
  // The form's date-time field drops the seconds.
  return Math.abs(Date.parse(proposed.auctionEndsAt) - Date.parse(frozen.originalEndsAt)) < 60_000
    ? null
    : "auctionEndsAt";
}

/** "" when unchanged, the added text when the original is kept and text follows it, false when the original was altered. */
export function descriptionAddition(original: string, proposed: string): string | false {
  const before = normaliseText(original);
  const after = normaliseText(proposed);
  if (after === before) return "";
  if (!after.startsWith(before)) return false;
  return after.slice(before.length).trim();
}

function normaliseText(text: string): string {
  return text.replace(/\r\n?/g, "\n").trim();
}

/** Absent, null and "" all mean "not given", so a form round trip does not read as a change. */
function changedAttributes(before: Record<string, unknown>, after: Record<string, unknown>): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys].filter((key) => !sameJson(given(before[key]), given(after[key]))).sort();
}

function given(value: unknown): unknown {
  return value === undefined || value === null || value === "" ? null : value;
}

function sameJson(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(",")}}`;
  }
  return JSON.stringify(value ?? null);
}
