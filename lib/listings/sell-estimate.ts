import { descriptorOf } from "@/lib/catalogue/categories";
import { itemFields } from "@/lib/catalogue/descriptor";
import { itemSchema, type Item } from "@/lib/catalogue/item-schemas";
import { categories, type Category } from "@/lib/catalogue/vocabulary";
import { withoutBlanks, type ListingInput } from "./form-input";
import { parseListingInput } from "./schemas";
import { parseMoneyToCents } from "@/lib/kernel/money";
import { valuationCurrencies, type ValuationCurrency } from "@/lib/valuation/currency";
import type { Valuation } from "@/lib/valuation/engine/types";

// The sell form's live estimate: turns what the seller has typed so far (the form's own names,
// read with the form's own parser) into a POST /api/valuation body, or says what is still missing.
// Pure, so the browser runs it on every change.

/**
 * Each category's item fields in form order, with how the "fill in …" hint names them: the
 * descriptor's required fields must be answered first; the rest (and those the API assumes, such
 * as a domestic export version) are sent when given.
 */
function itemFieldsOf(category: Category): { required: Record<string, string>; optional: string[] } {
  const fields = itemFields(descriptorOf(category));
  return {
    required: Object.fromEntries(fields.filter((f) => f.presence === "required").map((f) => [f.key, f.what])),
    optional: fields.filter((f) => f.presence !== "required").map((f) => f.key),
  };
}

export type EstimateRequestBody = {
  item: Item;
  priceCents?: number;
  currency: ValuationCurrency;
  shipTo: { country: string };
  shipFrom?: { country: string };
};

export type SellEstimateRequest =
  | { status: "no_category" }
  | { status: "incomplete"; missing: string[] }
  | { status: "invalid"; field: string; message: string }
  | {
      status: "ready";
      body: EstimateRequestBody;
      price: "priced" | "none" | { otherCurrency: string };
      auction: boolean;
    };

/** "the era, the plate and the condition" */
export function listWords(words: readonly string[]): string {
  if (words.length <= 1) return words.join("");
  return `${words.slice(0, -1).join(", ")} and ${words.at(-1)}`;
}

/**
 * The valuation request for the sell form's current values. The buyer is in the US (the reference
 * market, as on the listing page), the item where the seller says it is.
 */
export function estimateRequestFromListingInput(input: ListingInput): SellEstimateRequest {
  const cleaned = withoutBlanks(input) as Record<string, unknown>;
  const category = cleaned.category as Category;
  if (!categories.includes(category)) return { status: "no_category" };
  const fields = itemFieldsOf(category);
  const names = [...Object.keys(fields.required), ...fields.optional];
  const own: Record<string, unknown> = { category };
  for (const name of names) if (cleaned[name] !== undefined) own[name] = cleaned[name];
  if (Array.isArray(own.fits) && own.fits.length === 0) delete own.fits;

  const missing = Object.entries(fields.required)
    .filter(([name]) => own[name] === undefined)
    .map(([, words]) => words);
  if (missing.length) return { status: "incomplete", missing };

  // The draft schema converts and checks the fields present; drafts need a title, which the item does not use.
  const parsed = parseListingInput({ ...own, title: "Live estimate" }, "draft");
  if (!parsed.ok) {
    const [field, message] = Object.entries(parsed.fieldErrors)[0] ?? [
      "form",
      "Check the highlighted fields",
    ];
    return { status: "invalid", field, message };
  }
  const typed = parsed.value as Record<string, unknown>;
  const candidate: Record<string, unknown> = { category };
  for (const name of names) if (typed[name] !== undefined) candidate[name] = typed[name];
  const item = itemSchema.safeParse(candidate);
  if (!item.success) {
    const issue = item.error.issues[0];
    return {
      status: "invalid",
      field: issue?.path.map(String).join(".") || "form",
      message: issue?.message ?? "Check the item's details",
    };
  }

  const currency = typeof cleaned.currency === "string" ? cleaned.currency : "USD";
  const priceCents = typeof cleaned.price === "string" ? parseMoneyToCents(cleaned.price) : null;
  const country = typeof cleaned.country === "string" ? cleaned.country.trim().toUpperCase() : "";
  const known = (valuationCurrencies as readonly string[]).includes(currency);
  const body: EstimateRequestBody = {
    item: item.data,
    currency: known ? (currency as ValuationCurrency) : "USD",
    shipTo: { country: "US" },
  };
  if (/^[A-Z]{2}$/.test(country)) body.shipFrom = { country };
  let price: "priced" | "none" | { otherCurrency: string } = "none";
  if (priceCents !== null && priceCents > 0) {
    // The answer comes in the listing's currency, so the price is judged as the seller typed it.
    if (known) {
      body.priceCents = priceCents;
      price = "priced";
    } else {
      price = { otherCurrency: currency };
    }
  }
  // In an auction the price is the starting bid: bidders decide what it finally costs.
  return { status: "ready", body, price, auction: cleaned.saleFormat === "auction" };
}

export type PriceWarning = {
  verdict: "high" | "overpriced";
  priceCents: number;
  typicalCents: number;
  aboveCents: number;
  /** Whole percent above the typical value. */
  abovePercent: number;
  /** The steps that moved the value most, biggest first, then the reference value; at most three. */
  reasons: { label: string; effectCents: number; reason: string }[];
};

/** A "priced high" or "overpriced" warning for the seller, naming how far above typical the price is and why. */
export function priceWarningFor(
  valuation: Pick<Valuation, "verdict" | "fairValue"> & {
    adjustments: readonly { label: string; effectCents: number; reason: string }[];
  },
  priceCents: number | undefined,
): PriceWarning | null {
  if (priceCents === undefined || (valuation.verdict !== "high" && valuation.verdict !== "overpriced"))
    return null;
  const typicalCents = valuation.fairValue.typicalCents;
  // The first step is the reference value; the steps after it are what made this item differ.
  // The biggest of those come first, and the reference fills any room left: it is the market's anchor.
  const [reference, ...steps] = valuation.adjustments;
  const biggest = steps
    .filter((a) => a.effectCents !== 0)
    .toSorted((a, b) => Math.abs(b.effectCents) - Math.abs(a.effectCents));
  const reasons = [...biggest, ...(reference ? [reference] : [])]
    .slice(0, 3)
    .map(({ label, effectCents, reason }) => ({ label, effectCents, reason }));
  return {
    verdict: valuation.verdict,
    priceCents,
    typicalCents,
    aboveCents: priceCents - typicalCents,
    abovePercent: Math.round(((priceCents - typicalCents) / Math.max(1, typicalCents)) * 100),
    reasons,
  };
}
