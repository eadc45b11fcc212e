import { z } from "zod";
import { classicCar, part, pedalCar, toy } from "./categories";
import { findItemContradictions } from "./contradictions";
import { itemShapeOf, postedItemShapeOf } from "./descriptor";

// The attributes that describe an item and drive its value, derived from the category descriptors
// (lib/catalogue/categories/). Listings store them as they are; the valuation engine and
// POST /api/valuation read the same shapes.

export { partConditions, type Originality, type PartCondition } from "./vocabulary";
export { type PartFit } from "./categories";

/** Runs the shared contradiction checks (contradictions.ts) inside a zod schema. */
function refuseContradictions(
  item: Record<string, unknown>,
  ctx: z.core.$RefinementCtx<Record<string, unknown>>,
) {
  for (const issue of findItemContradictions(item))
    ctx.addIssue({ code: "custom", path: issue.path, message: issue.message });
}

export const pedalCarItemSchema = z.object(itemShapeOf(pedalCar)).superRefine(refuseContradictions);
export const classicCarItemSchema = z.object(itemShapeOf(classicCar)).superRefine(refuseContradictions);
export const toyItemSchema = z.object(itemShapeOf(toy));
export const partItemSchema = z.object(itemShapeOf(part)).superRefine(refuseContradictions);

export const itemSchema = z.discriminatedUnion("category", [
  pedalCarItemSchema,
  classicCarItemSchema,
  toyItemSchema,
  partItemSchema,
]);

export type PedalCarItem = z.infer<typeof pedalCarItemSchema>;
export type ClassicCarItem = z.infer<typeof classicCarItemSchema>;
export type ToyItem = z.infer<typeof toyItemSchema>;
export type PartItem = z.infer<typeof partItemSchema>;
export type Item = z.infer<typeof itemSchema>;

/** The same items as a form posts them ("yes", "3"): the /value address. Checked by the same rules, typed alike. */
export const postedItemSchemas = {
  pedal_car: z.object(postedItemShapeOf(pedalCar)).superRefine(refuseContradictions),
  classic_car: z.object(postedItemShapeOf(classicCar)).superRefine(refuseContradictions),
  toy: z.object(postedItemShapeOf(toy)),
  part: z.object(postedItemShapeOf(part)).superRefine(refuseContradictions),
} as const;
