import { z } from "zod";
import { fieldErrorsOf } from "@/lib/kernel/forms";
import { classicCar, part, pedalCar, toy } from "@/lib/catalogue/categories";
import { findItemContradictions } from "@/lib/catalogue/contradictions";
import { formShapeOf } from "@/lib/catalogue/descriptor";
import { itemSchema } from "@/lib/catalogue/item-schemas";
import { categories, currencies, type Category } from "@/lib/catalogue/vocabulary";
import { auctionTermsShape, checkAuctionTerms } from "@/lib/listings/auction-terms";
import { withoutBlanks } from "./form-input";
import { choice, countryCodeSchema, money, shippingDestination, text } from "./schema-fields";

// One schema per category, shared by the sell form (instant hints) and the server (the check that
// counts). Each has a complete form (publishing) and a lenient draft form (title required, every
// other field optional but still checked when present). Field names are the form's input names,
// which are the descriptor's keys.

export const listingLimits = { photos: 12, shippingOptions: 20, fits: 20 } as const;

const commonShape = {
  title: z
    .string({ error: "Give the listing a title" })
    .trim()
    .min(5, "Make the title at least 5 characters, e.g. “1978 AZLK pedal car, aluminum bumpers”")
    .max(120, "Keep the title under 120 characters"),
  description: text(5000, "the description").pipe(
    z.string().min(10, "Describe the item in a sentence or two (at least 10 characters)"),
  ),
  price: money("the asking price", { minCents: 1 }),
  currency: choice(currencies, "a currency").default("USD"),
  // For an auction, the price is the starting bid.
  saleFormat: z
    .enum(["fixed_price", "auction"], { error: "Choose fixed price or auction" })
    .default("fixed_price"),
  ...auctionTermsShape,
  country: countryCodeSchema,
  city: text(80, "the city").optional(),
  shipping: z
    .array(
      z.object({ destination: shippingDestination, price: money("the shipping price", { minCents: 0 }) }),
    )
    .max(
      listingLimits.shippingOptions,
      `Offer at most ${listingLimits.shippingOptions} shipping destinations`,
    )
    .optional(),
};

// Each category's own fields come from its descriptor (lib/catalogue/categories/), in their form reading.
const pedalCarShape = { ...commonShape, ...formShapeOf(pedalCar) };
const classicCarShape = { ...commonShape, ...formShapeOf(classicCar) };
const toyShape = { ...commonShape, ...formShapeOf(toy) };
const partShape = { ...commonShape, ...formShapeOf(part) };

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
      if (!item.success)
        for (const issue of item.error.issues)
          report({ path: issue.path as (string | number)[], message: issue.message });
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
  base
    .partial()
    .required({ category: true, title: true } as never)
    .superRefine(crossCheck(category, false), runAlways);

const pedalCarDraftSchema = draftOf(pedalCarBase, "pedal_car");
const classicCarDraftSchema = draftOf(classicCarBase, "classic_car");
const toyDraftSchema = draftOf(toyBase, "toy");
const partDraftSchema = draftOf(partBase, "part");

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
  const category =
    typeof cleaned === "object" && cleaned !== null
      ? (cleaned as Record<string, unknown>).category
      : undefined;
  if (!(categories as readonly unknown[]).includes(category))
    return { ok: false, fieldErrors: { category: "Choose what you are selling" } };
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
