import { z } from "zod";
import { fieldErrorsOf } from "@/lib/kernel/forms";
import { itemSchema, originalities, partConditions } from "@/lib/catalogue/item-schemas";
import { findItemContradictions } from "@/lib/catalogue/contradictions";
import { classicModelCodes, knownIssues, plants } from "@/lib/catalogue/models";
import {
  categories,
  conditionGrades,
  currencies,
  customVersions,
  exportVersions,
  partSources,
  partStates,
  partTypes,
  pedalCarEras,
  pedalCarProduction,
  plates,
  toyConditions,
  toyKinds,
  type Category,
} from "@/lib/catalogue/vocabulary";
import { auctionTermsShape, checkAuctionTerms } from "@/lib/listings/auction-terms";
import { withoutBlanks } from "./form-input";
import { choice, countryCodeSchema, documentKinds, money, shippingDestination, text, wholeNumber, yesNo } from "./schema-fields";

// One schema per category, shared by the sell form (instant hints) and the server (the check that
// counts). Each has a complete form (publishing) and a lenient draft form (title required, every
// other field optional but still checked when present). Field names are the form's input names.

export const listingLimits = { photos: 12, shippingOptions: 20, fits: 20 } as const;

const commonShape = {
  title: z
    .string({ error: "Give the listing a title" })
    .trim()
    .min(5, "Make the title at least 5 characters, e.g. “1978 AZLK pedal car, aluminum bumpers”")
    .max(120, "Keep the title under 120 characters"),
  description: text(5000, "the description").pipe(z.string().min(10, "Describe the item in a sentence or two (at least 10 characters)")),
  price: money("the asking price", { minCents: 1 }),
  currency: choice(currencies, "a currency").default("USD"),
  // For an auction, the price is the starting bid.
  saleFormat: z.enum(["fixed_price", "auction"], { error: "Choose fixed price or auction" }).default("fixed_price"),
  ...auctionTermsShape,
  country: countryCodeSchema,
  city: text(80, "the city").optional(),
  shipping: z
    .array(z.object({ destination: shippingDestination, price: money("the shipping price", { minCents: 0 }) }))
    .max(listingLimits.shippingOptions, `Offer at most ${listingLimits.shippingOptions} shipping destinations`)
    .optional(),
};

const pedalCarShape = {
  category: z.literal("pedal_car"),
  ...commonShape,
  era: choice(pedalCarEras, "the era"),
  year: wholeNumber("the production year", pedalCarProduction.from, pedalCarProduction.to).optional(),
  plate: choice(plates, "the plate"),
  condition: choice(toyConditions, "the condition"),
  restored: yesNo("whether it has been restored"),
  restoredBy: text(120, "who restored it").optional(),
  replacedParts: text(500, "what was replaced").optional(),
  windscreen: choice(partStates, "the windscreen's state"),
  steeringWheel: choice(partStates, "the steering wheel's state"),
  customVersion: choice(customVersions, "the version"),
  lightsWorking: yesNo("whether the emergency lights work").optional(),
};

const classicCarShape = {
  category: z.literal("classic_car"),
  ...commonShape,
  model: choice(classicModelCodes, "the Moskvitch model"),
  body: text(40, "the body variant"),
  year: wholeNumber("the year", 1930, new Date().getUTCFullYear()),
  plant: choice(plants, "the plant").optional(),
  mileageKm: wholeNumber("the mileage", 0, 2_000_000).optional(),
  conditionGrade: wholeNumber("the condition grade", 1, 4).pipe(z.union(conditionGrades.map((g) => z.literal(g)) as [z.ZodLiteral<1>, z.ZodLiteral<2>, z.ZodLiteral<3>, z.ZodLiteral<4>])),
  originality: choice(originalities, "the originality"),
  knownIssues: z.array(choice(knownIssues, "a known issue")).max(knownIssues.length).optional(),
  vin: text(30, "the VIN or body number")
    .pipe(z.string().regex(/^[A-Za-z0-9 -]+$/, "Use letters, digits, spaces and dashes only"))
    .optional(),
  exportVersion: choice(exportVersions, "the export version"),
  documents: z.array(choice(documentKinds, "a document")).max(documentKinds.length).optional(),
};

const toyShape = {
  category: z.literal("toy"),
  ...commonShape,
  toy: choice(toyKinds, "which AZLK toy"),
  plate: choice(plates, "the plate"),
  condition: choice(toyConditions, "the condition"),
};

const partFitRowSchema = z.object({
  category: choice(["pedal_car", "classic_car", "toy"] as const, "what the part fits"),
  /** Classic model code or toy kind; absent means every model. */
  model: text(40, "the model").optional(),
  /** Pedal-car era; absent means every era. */
  era: choice(pedalCarEras, "the era").optional(),
});

const partShape = {
  category: z.literal("part"),
  ...commonShape,
  partType: choice(partTypes, "the part type"),
  source: choice(partSources, "new old stock, used or reproduction"),
  condition: choice(partConditions, "the condition"),
  quantity: wholeNumber("the quantity in stock", 1, 9999),
  fits: z
    .array(partFitRowSchema)
    .min(1, "Say which cars or toys the part fits")
    .max(listingLimits.fits, `List at most ${listingLimits.fits} fits`),
};

type Issue = { path: (string | number)[]; message: string };
type Report = (issue: Issue) => void;

// Cross-field checks run even when other fields failed (so every problem is named at once); the
// item's own contradictions come from the catalogue's checks, shared with the valuation API.
function checkPedalCar(v: Record<string, unknown>, complete: boolean, report: Report) {
  if (complete && v.customVersion && v.customVersion !== "none" && v.lightsWorking === undefined) {
    report({ path: ["lightsWorking"], message: "Say whether the emergency lights work" });
  }
}

function crossCheck(category: Category, complete: boolean) {
  return (value: Record<string, unknown>, ctx: z.core.$RefinementCtx<Record<string, unknown>>) => {
    const seen = new Set<string>();
    const report: Report = (issue) => {
      const key = issue.path.join(".");
      if (seen.has(key)) return;
      seen.add(key);
      ctx.addIssue({ code: "custom", path: issue.path, message: issue.message });
    };
    for (const issue of findItemContradictions(value)) report(issue);
    if (category === "pedal_car") checkPedalCar(value, complete, report);
    checkAuctionTerms(value, report);
    // A complete listing's attributes must also satisfy the item schema valuation reads.
    if (complete && seen.size === 0 && ctx.issues.length === 0) {
      const item = itemSchema.safeParse(toItem(value));
      if (!item.success) for (const issue of item.error.issues) report({ path: issue.path as (string | number)[], message: issue.message });
    }
  };
}

function toItem(value: Record<string, unknown>): Record<string, unknown> {
  if (value.category !== "classic_car") return value;
  return { ...value, knownIssues: value.knownIssues ?? [] };
}

const runAlways = { when: () => true };

const pedalCarBase = z.object(pedalCarShape);
const classicCarBase = z.object(classicCarShape);
const toyBase = z.object(toyShape);
const partBase = z.object(partShape);

export const pedalCarListingSchema = pedalCarBase.superRefine(crossCheck("pedal_car", true), runAlways);
export const classicCarListingSchema = classicCarBase.superRefine(crossCheck("classic_car", true), runAlways);
export const toyListingSchema = toyBase.superRefine(crossCheck("toy", true), runAlways);
export const partListingSchema = partBase.superRefine(crossCheck("part", true), runAlways);

const draftOf = <S extends z.ZodObject>(base: S, category: Category) =>
  base.partial().required({ category: true, title: true } as never).superRefine(crossCheck(category, false), runAlways);

export const pedalCarDraftSchema = draftOf(pedalCarBase, "pedal_car");
export const classicCarDraftSchema = draftOf(classicCarBase, "classic_car");
export const toyDraftSchema = draftOf(toyBase, "toy");
export const partDraftSchema = draftOf(partBase, "part");

export type PedalCarListing = z.infer<typeof pedalCarListingSchema>;
export type ClassicCarListing = z.infer<typeof classicCarListingSchema>;
export type ToyListing = z.infer<typeof toyListingSchema>;
export type PartListing = z.infer<typeof partListingSchema>;
export type CompleteListing = PedalCarListing | ClassicCarListing | ToyListing | PartListing;
/** A draft: the category and title, and whatever else the seller has filled in so far. */
export type ListingDraft = Partial<CompleteListing> & Pick<CompleteListing, "category" | "title">;
export type ListingFieldErrors = Record<string, string>;
export type ListingCheck = "draft" | "complete";

const schemas = {
  pedal_car: { complete: pedalCarListingSchema, draft: pedalCarDraftSchema },
  classic_car: { complete: classicCarListingSchema, draft: classicCarDraftSchema },
  toy: { complete: toyListingSchema, draft: toyDraftSchema },
  part: { complete: partListingSchema, draft: partDraftSchema },
} as const;

export type ParsedListing<C extends ListingCheck> =
  | { ok: true; value: C extends "complete" ? CompleteListing : ListingDraft }
  | { ok: false; fieldErrors: ListingFieldErrors };

/** Checks form values (strings, or typed values from tests and stored drafts) and names every bad field. */
export function parseListingInput<C extends ListingCheck>(input: unknown, check: C): ParsedListing<C> {
  const cleaned = withoutBlanks(input);
  const category = typeof cleaned === "object" && cleaned !== null ? (cleaned as Record<string, unknown>).category : undefined;
  if (!(categories as readonly unknown[]).includes(category)) return { ok: false, fieldErrors: { category: "Choose what you are selling" } };
  const parsed = schemas[category as Category][check].safeParse(cleaned);
  if (parsed.success) return { ok: true, value: parsed.data as never };
  return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
}

/** Cents back to what a person types ("350", "1250.50"), for refilling the form and re-checking stored drafts. */
export function centsToInput(cents: number): string {
  const whole = Math.floor(cents / 100);
  const rest = cents % 100;
  return rest === 0 ? String(whole) : `${whole}.${String(rest).padStart(2, "0")}`;
}
