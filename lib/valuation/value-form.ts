import { parseMoneyToCents } from "@/lib/kernel/money";
import { fieldErrorsOf } from "@/lib/kernel/forms";
import { valuationRequestSchema, type ValuationRequest } from "./request-schema";

// The /value page keeps the whole question in its URL, so a check can be shared or bookmarked.
// These are the URL's names; they map onto the API's item attributes.

export type ValueFormValues = Record<string, string | string[]>;
export type ValueFormResult =
  | { status: "empty"; values: ValueFormValues }
  | { status: "invalid"; values: ValueFormValues; errors: Record<string, string> }
  | { status: "ok"; values: ValueFormValues; request: ValuationRequest };

const single = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.trim() || undefined;
const many = (v: string | string[] | undefined) => (v === undefined ? [] : Array.isArray(v) ? v : [v]).filter(Boolean);
const yesNo = (v: string | undefined) => (v === undefined ? undefined : v === "yes");
const wholeNumber = (v: string | undefined) => (v === undefined ? undefined : /^-?\d+$/.test(v) ? Number(v) : Number.NaN);

function itemFromValues(values: ValueFormValues): Record<string, unknown> {
  const get = (name: string) => single(values[name]);
  const category = get("category");
  switch (category) {
    case "pedal_car":
      return {
        category,
        era: get("era"),
        plate: get("plate"),
        condition: get("condition"),
        restored: yesNo(get("restored")) ?? false,
        windscreen: get("windscreen"),
        steeringWheel: get("steering_wheel"),
        customVersion: get("custom_version") ?? "none",
        lightsWorking: yesNo(get("lights_working")),
        year: wholeNumber(get("year")),
      };
    case "classic_car":
      return {
        category,
        model: get("model"),
        body: get("body"),
        year: wholeNumber(get("year")),
        conditionGrade: wholeNumber(get("grade")),
        originality: get("originality"),
        knownIssues: many(values.issues),
        exportVersion: get("export_version") ?? "none",
        mileageKm: wholeNumber(get("mileage_km")),
      };
    case "toy":
      return { category, toy: get("toy"), plate: get("plate"), condition: get("condition") };
    case "part":
      return {
        category,
        partType: get("part_type"),
        source: get("source"),
        condition: get("part_condition"),
        fits: [{ category: get("fits_category") ?? "pedal_car", model: get("fits_model"), era: get("fits_era") }],
      };
    default:
      return { category };
  }
}

/** Maps API error paths back to the form's field names. */
const formFieldFor: Record<string, string> = {
  "item.steeringWheel": "steering_wheel",
  "item.customVersion": "custom_version",
  "item.lightsWorking": "lights_working",
  "item.conditionGrade": "grade",
  "item.exportVersion": "export_version",
  "item.mileageKm": "mileage_km",
  "item.partType": "part_type",
  "item.condition": "condition",
  "item.fits.0.era": "fits_era",
  "item.fits.0.model": "fits_model",
  "item.fits.0.category": "fits_category",
  priceCents: "price",
  "shipTo.country": "country",
  "shipTo.postalCode": "postal_code",
  "shipFrom.country": "from",
};

export function parseValueForm(values: ValueFormValues): ValueFormResult {
  if (!single(values.category)) return { status: "empty", values };
  const priceText = single(values.price);
  const priceCents = priceText === undefined ? undefined : (parseMoneyToCents(priceText) ?? Number.NaN);
  const country = single(values.country);
  const from = single(values.from);
  const currency = single(values.currency);
  const candidate = {
    item: itemFromValues(values),
    priceCents,
    ...(currency ? { currency } : {}),
    shipTo: country ? { country, postalCode: single(values.postal_code) } : undefined,
    shipFrom: from ? { country: from } : undefined,
  };
  const parsed = valuationRequestSchema.safeParse(candidate);
  if (parsed.success) return { status: "ok", values, request: parsed.data };
  const errors: Record<string, string> = {};
  for (const [path, message] of Object.entries(fieldErrorsOf(parsed.error, "body"))) {
    const field = formFieldFor[path] ?? path.replace(/^item\./, "");
    errors[field] ??= field === "price" ? "Enter a price like 350 or 1,250.50" : message;
  }
  return { status: "invalid", values, errors };
}

/** The URL names for an item's attributes, to prefill the form from a listing. */
export function valuesFromItem(item: Record<string, unknown>): ValueFormValues {
  const values: ValueFormValues = {};
  const put = (name: string, value: unknown) => {
    if (value === undefined || value === null) return;
    values[name] = typeof value === "boolean" ? (value ? "yes" : "no") : String(value);
  };
  put("category", item.category);
  put("era", item.era);
  put("plate", item.plate);
  put("year", item.year);
  put("restored", item.restored);
  put("windscreen", item.windscreen);
  put("steering_wheel", item.steeringWheel);
  put("custom_version", item.customVersion);
  put("lights_working", item.lightsWorking);
  put("model", item.model);
  put("body", item.body);
  put("grade", item.conditionGrade);
  put("originality", item.originality);
  put("export_version", item.exportVersion);
  put("mileage_km", item.mileageKm);
  put("toy", item.toy);
  put("part_type", item.partType);
  put("source", item.source);
  if (item.category === "part") put("part_condition", item.condition);
  else put("condition", item.condition);
  if (Array.isArray(item.knownIssues)) values.issues = item.knownIssues.map(String);
  const fit = Array.isArray(item.fits) ? (item.fits[0] as Record<string, unknown> | undefined) : undefined;
  if (fit) {
    put("fits_category", fit.category);
    put("fits_model", fit.model);
    put("fits_era", fit.era);
  }
  return values;
}

/** The /value address that asks the same question: what the share link and the sell form's "full breakdown" open. */
export function valuePageHref(values: ValueFormValues): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(values)) {
    for (const one of Array.isArray(value) ? value : [value]) if (one !== "") query.append(name, one);
  }
  return `/value?${query.toString()}`;
}
