import { getClassicModel } from "@/lib/catalogue/models";
import { partTypeLabels, toyKindLabels, type PartType, type ToyKind } from "@/lib/catalogue/vocabulary";
import type { PartFit } from "@/lib/catalogue/categories/part";
import type { partFits, ShippingOption } from "@/db/schema/listings";
import { auctionTermKeys } from "@/lib/listings/auction-terms";
import { centsToInput, type CompleteListing, type ListingDraft } from "./schemas";

// How checked listing values map onto the listings row: common fields to columns, the category's
// fields to `attributes`, and the few attributes search filters on promoted to their own columns.

const commonKeys = new Set([
  "category",
  "title",
  "description",
  "price",
  "currency",
  "saleFormat",
  "country",
  "city",
  "shipping",
  "quantity",
  ...auctionTermKeys,
]);

export type ListingColumns = {
  category: CompleteListing["category"];
  title: string;
  description: string;
  askingPriceCents: number;
  currency: "USD" | "EUR" | "GBP";
  saleFormat: "fixed_price" | "auction";
  country: string;
  city: string | null;
  shippingOptions: ShippingOption[];
  /** What the seller lists; the units on hand follow from it only through the stock rule (lib/listings/stock.ts). */
  listedQuantity: number;
  attributes: Record<string, unknown> & { category: CompleteListing["category"] };
  era: "early_aluminum_bumpers" | "plastic_bumpers" | "late_soft_tires" | "unknown" | null;
  model: string | null;
  condition: string | null;
  year: number | null;
  searchAliases: string;
};

/** Drafts keep 0 and "" in the required price and country columns until the seller fills them in. */
export function toListingColumns(values: ListingDraft | CompleteListing): ListingColumns {
  const attributes: ListingColumns["attributes"] = { category: values.category };
  for (const [key, value] of Object.entries(values)) {
    if (!commonKeys.has(key) && value !== undefined) attributes[key] = value;
  }
  const a = attributes as Record<string, unknown>;
  return {
    category: values.category,
    title: values.title,
    description: values.description ?? "",
    askingPriceCents: values.price ?? 0,
    currency: values.currency ?? "USD",
    saleFormat: values.saleFormat ?? "fixed_price",
    country: values.country ?? "",
    city: values.city ?? null,
    shippingOptions: (values.shipping ?? []).map((s) => ({
      destination: s.destination,
      priceCents: s.price,
    })),
    listedQuantity: "quantity" in values && typeof values.quantity === "number" ? values.quantity : 1,
    attributes,
    era: values.category === "pedal_car" ? ((a.era as ListingColumns["era"]) ?? null) : null,
    model: values.category === "classic_car" ? str(a.model) : values.category === "toy" ? str(a.toy) : null,
    condition: values.category === "classic_car" ? str(a.conditionGrade) : str(a.condition),
    year: typeof a.year === "number" ? a.year : null,
    searchAliases: searchAliasesFor(attributes),
  };
}

function str(value: unknown): string | null {
  return value === undefined || value === null ? null : String(value);
}

/** The fields of the sell form as a stored row gives them back: the form's defaults, and what publishing re-checks. */
export function listingRowToInput(row: {
  title: string;
  description: string;
  askingPriceCents: number;
  currency: string;
  saleFormat: string;
  country: string;
  city: string | null;
  shippingOptions: ShippingOption[];
  listedQuantity: number;
  attributes: Record<string, unknown>;
}): Record<string, unknown> {
  return {
    ...row.attributes,
    title: row.title,
    description: row.description,
    price: row.askingPriceCents > 0 ? centsToInput(row.askingPriceCents) : "",
    currency: row.currency,
    saleFormat: row.saleFormat,
    country: row.country,
    city: row.city ?? "",
    shipping: row.shippingOptions.map((s) => ({
      destination: s.destination,
      price: centsToInput(s.priceCents),
    })),
    ...(row.attributes.category === "part" ? { quantity: String(row.listedQuantity) } : {}),
  };
}

const brandAliases = "moskvich moskvitch moskwitsch москвич azlk азлк";

const modelAliases: Record<string, string> = {
  kim_10: "kim-10 kim10 ким-10 convertible",
  "400": "400 401 opel kadett",
  "402": "402 423",
  "403": "403",
  "411": "411 taxi такси",
  "407": "407",
  "410": "410 4x4",
  "408": "408 elite",
  "412": "412 иж izh",
  "2140": "2140 2136 2137",
  "2141": "2141 aleko алеко",
  g4: "g-4 g4 racer",
};

const eraAliases: Record<string, string> = {
  early_aluminum_bumpers: "early aluminum aluminium alu chrome bumpers",
  plastic_bumpers: "plastic bumpers",
  late_soft_tires: "late soft tires tyres",
};

const exportAliases: Record<string, string> = {
  elite: "elite",
  scaldia: "scaldia скалдия",
  rila: "rila рила",
};

/** Extra words so near-misses still find the listing: transliterations, Cyrillic, model nicknames. */
export function searchAliasesFor(attributes: Record<string, unknown>): string {
  const words = [brandAliases];
  switch (attributes.category) {
    case "pedal_car":
      words.push("pedal car педальная машина педальный 412");
      if (typeof attributes.era === "string") words.push(eraAliases[attributes.era] ?? "");
      if (attributes.customVersion && attributes.customVersion !== "none")
        words.push(String(attributes.customVersion));
      break;
    case "classic_car":
      words.push(modelAliases[String(attributes.model)] ?? "");
      words.push(exportAliases[String(attributes.exportVersion)] ?? "");
      break;
    case "toy":
      words.push("toy игрушка");
      if (attributes.toy === "zil130_dump_truck") words.push("zil зил 130 dump truck самосвал");
      else if (typeof attributes.toy === "string")
        words.push((toyKindLabels[attributes.toy as ToyKind] ?? "").toLowerCase());
      break;
    case "part":
      words.push("part parts запчасти");
      if (typeof attributes.partType === "string")
        words.push((partTypeLabels[attributes.partType as PartType] ?? "").toLowerCase());
      for (const fit of Array.isArray(attributes.fits)
        ? (attributes.fits as { category?: string; model?: string }[])
        : []) {
        if (fit.category === "pedal_car") words.push("pedal car");
        if (fit.model && getClassicModel(fit.model)) words.push(modelAliases[fit.model] ?? "");
      }
      break;
  }
  return [...new Set(words.join(" ").split(/\s+/).filter(Boolean))].join(" ");
}

/** A part's fits as `part_fits` rows, one per distinct fit: "" stands for every model, "any" for every era. */
export function partFitRows(listingId: number, fits: readonly PartFit[]): (typeof partFits.$inferInsert)[] {
  const rows = new Map<string, typeof partFits.$inferInsert>();
  for (const fit of fits) {
    const row = {
      listingId,
      fitsCategory: fit.category,
      fitsModel: fit.model ?? "",
      fitsEra: fit.era ?? "any",
    };
    rows.set(`${row.fitsCategory}|${row.fitsModel}|${row.fitsEra}`, row);
  }
  return [...rows.values()];
}
