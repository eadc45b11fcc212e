import { descriptorOf } from "@/lib/catalogue/categories";
import { currentQueryValues, itemFromQuery, queryValuesOf } from "@/lib/catalogue/descriptor";
import { postedItemSchemas } from "@/lib/catalogue/item-schemas";
import { categories, type Category } from "@/lib/catalogue/vocabulary";
import { parseMoneyToCents } from "@/lib/kernel/money";
import { fieldErrorsOf } from "@/lib/kernel/forms";
import { valuationRequestSchema, type ValuationRequest } from "./request-schema";

// The /value page keeps the whole question in its URL, so a check can be shared or bookmarked.
// The address names the item's attributes by their descriptor keys, as the API and the sell form do;
// names an older address used are still read.

export type ValueFormValues = Record<string, string | string[]>;
export type ValueFormResult =
  | { status: "empty"; values: ValueFormValues }
  | { status: "invalid"; values: ValueFormValues; errors: Record<string, string> }
  | { status: "ok"; values: ValueFormValues; request: ValuationRequest };

const single = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.trim() || undefined;

/** Address names outside the item that an older /value address spelt differently. */
const formerNames: Record<string, string> = { postal_code: "postalCode" };

function knownCategory(values: ValueFormValues): Category | undefined {
  const category = single(values.category);
  return (categories as readonly string[]).includes(category ?? "") ? (category as Category) : undefined;
}

/** The address under today's names: an old shared link (steering_wheel=…) reads as the field it named. */
function currentValues(values: ValueFormValues): ValueFormValues {
  const out: ValueFormValues = { ...values };
  for (const [old, name] of Object.entries(formerNames)) {
    if (out[old] === undefined) continue;
    out[name] ??= out[old];
    delete out[old];
  }
  const category = knownCategory(out);
  return category ? currentQueryValues(descriptorOf(category), out) : out;
}

export function parseValueForm(raw: ValueFormValues): ValueFormResult {
  if (!single(raw.category)) return { status: "empty", values: raw };
  const values = currentValues(raw);
  const category = knownCategory(values);
  const priceText = single(values.price);
  const priceCents = priceText === undefined ? undefined : (parseMoneyToCents(priceText) ?? Number.NaN);
  const country = single(values.country);
  const from = single(values.from);
  const currency = single(values.currency);
  // The item as posted (strings) is read by its category's own form reading, so "yes" and "3" mean what they say.
  const posted = category
    ? postedItemSchemas[category].safeParse(itemFromQuery(descriptorOf(category), values))
    : null;
  const candidate = {
    item: posted === null ? { category: single(values.category) } : posted.success ? posted.data : {},
    priceCents,
    ...(currency ? { currency } : {}),
    shipTo: country ? { country, postalCode: single(values.postalCode) } : undefined,
    shipFrom: from ? { country: from } : undefined,
  };
  const parsed = valuationRequestSchema.safeParse(candidate);
  const errors: Record<string, string> = {};
  if (posted && !posted.success)
    for (const [path, message] of Object.entries(fieldErrorsOf(posted.error, "body")))
      errors[path] ??= message;
  if (parsed.success && Object.keys(errors).length === 0)
    return { status: "ok", values, request: parsed.data };
  for (const [path, message] of Object.entries(parsed.success ? {} : fieldErrorsOf(parsed.error, "body"))) {
    if (posted && !posted.success && path.startsWith("item")) continue;
    const field = formFieldFor[path] ?? path.replace(/^item\./, "");
    errors[field] ??= field === "price" ? "Enter a price like 350 or 1,250.50" : message;
  }
  return { status: "invalid", values, errors };
}

/** Maps the request's error paths outside the item back to the form's names; item fields use their own keys. */
const formFieldFor: Record<string, string> = {
  priceCents: "price",
  "shipTo.country": "country",
  "shipTo.postalCode": "postalCode",
  "shipFrom.country": "from",
};

/** The address values for an item's attributes, to prefill the form from a listing. */
export function valuesFromItem(item: Record<string, unknown>): ValueFormValues {
  const category =
    typeof item.category === "string" && (categories as readonly string[]).includes(item.category)
      ? (item.category as Category)
      : undefined;
  return category ? queryValuesOf(descriptorOf(category), item) : {};
}

/** The /value address that asks the same question: what the share link and the sell form's "full breakdown" open. */
export function valuePageHref(values: ValueFormValues): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(values)) {
    for (const one of Array.isArray(value) ? value : [value]) if (one !== "") query.append(name, one);
  }
  return `/value?${query.toString()}`;
}

/** A complete question's address is at most this long: longer ones are never counted or cached. */
const popularValueHrefMaxLength = 600;

/**
 * The one address of a complete question (today's names, fields in name order, nothing empty): the
 * name its popularity is counted under and its cached answer page is served by (lib/kernel/popular-pages.ts,
 * proxy.ts). Null for a question that is incomplete or wrong, names a listing to prefill from, or
 * repeats a field.
 */
export function popularValueHref(raw: ValueFormValues): string | null {
  if (raw.listing !== undefined || Object.values(raw).some(Array.isArray)) return null;
  const form = parseValueForm(raw);
  if (form.status !== "ok") return null;
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(form.values).toSorted(([a], [b]) =>
    a < b ? -1 : a > b ? 1 : 0,
  ))
    for (const one of Array.isArray(value) ? value : [value]) if (one.trim() !== "") query.append(name, one);
  const href = `/value?${query.toString()}`;
  return href.length <= popularValueHrefMaxLength ? href : null;
}
