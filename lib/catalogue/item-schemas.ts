import { z } from "zod";
import { findItemContradictions } from "./contradictions";
import { classicModelCodes, knownIssues, plants } from "./models";
import {
  conditionGrades,
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
} from "./vocabulary";

// The attributes that describe an item and drive its value. Listings store them as they are;
// the valuation engine and POST /api/valuation read the same shapes.

const currentYear = () => new Date().getUTCFullYear();

/** Runs the shared contradiction checks (contradictions.ts) inside a zod schema. */
function refuseContradictions(item: Record<string, unknown>, ctx: z.core.$RefinementCtx<Record<string, unknown>>) {
  for (const issue of findItemContradictions(item)) ctx.addIssue({ code: "custom", path: issue.path, message: issue.message });
}

export const pedalCarItemSchema = z
  .object({
    category: z.literal("pedal_car"),
    era: z.enum(pedalCarEras),
    plate: z.enum(plates),
    condition: z.enum(toyConditions),
    restored: z.boolean(),
    windscreen: z.enum(partStates),
    steeringWheel: z.enum(partStates),
    customVersion: z.enum(customVersions),
    /** Only meaningful for police / fire / ambulance versions. */
    lightsWorking: z.boolean().optional(),
    year: z
      .number()
      .int()
      .min(pedalCarProduction.from, `AZLK made the pedal car from ${pedalCarProduction.from} to ${pedalCarProduction.to}`)
      .max(pedalCarProduction.to, `AZLK made the pedal car from ${pedalCarProduction.from} to ${pedalCarProduction.to}`)
      .optional(),
  })
  .superRefine(refuseContradictions);

export const originalities = ["original", "mostly_original", "modified"] as const;
export type Originality = (typeof originalities)[number];

export const classicCarItemSchema = z
  .object({
    category: z.literal("classic_car"),
    model: z.enum(classicModelCodes, { error: "Choose a Moskvitch model from the list" }),
    body: z.string().min(1, "Choose a body variant"),
    year: z.number().int().min(1930, "Moskvitch cars were built from 1940").max(currentYear(), "That year has not come yet"),
    /** Where it was built, when known. */
    plant: z.enum(plants).optional(),
    conditionGrade: z.union(conditionGrades.map((g) => z.literal(g)) as [z.ZodLiteral<1>, z.ZodLiteral<2>, z.ZodLiteral<3>, z.ZodLiteral<4>], {
      error: "Condition grade is 1 (concours) to 4 (fair)",
    }),
    originality: z.enum(originalities),
    knownIssues: z.array(z.enum(knownIssues)).max(knownIssues.length).default([]),
    exportVersion: z.enum(exportVersions).default("none"),
    mileageKm: z.number().int().min(0).max(2_000_000).optional(),
  })
  .superRefine(refuseContradictions);

export const toyItemSchema = z.object({
  category: z.literal("toy"),
  toy: z.enum(toyKinds),
  plate: z.enum(plates),
  condition: z.enum(toyConditions),
});

export const partConditions = ["new", "excellent", "good", "fair", "poor"] as const;
export type PartCondition = (typeof partConditions)[number];

export const partFitSchema = z.object({
  category: z.enum(["pedal_car", "classic_car", "toy"]),
  /** Classic model code for cars, toy kind for toys; absent for pedal cars. */
  model: z.string().optional(),
  /** Pedal-car era; absent means every era. */
  era: z.enum(pedalCarEras).optional(),
});
export type PartFit = z.infer<typeof partFitSchema>;

export const partItemSchema = z
  .object({
    category: z.literal("part"),
    partType: z.enum(partTypes),
    source: z.enum(partSources),
    condition: z.enum(partConditions),
    fits: z.array(partFitSchema).min(1, "Say which cars or toys the part fits").max(20),
  })
  .superRefine(refuseContradictions);

export const itemSchema = z.discriminatedUnion("category", [pedalCarItemSchema, classicCarItemSchema, toyItemSchema, partItemSchema]);

export type PedalCarItem = z.infer<typeof pedalCarItemSchema>;
export type ClassicCarItem = z.infer<typeof classicCarItemSchema>;
export type ToyItem = z.infer<typeof toyItemSchema>;
export type PartItem = z.infer<typeof partItemSchema>;
export type Item = z.infer<typeof itemSchema>;
