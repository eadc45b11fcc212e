import { z } from "zod";
import { defineCategory } from "../descriptor";
import { choice, listingOnly, rows, wholeNumber } from "../fields";
import { getClassicModel } from "../models";
import {
  partConditionLabels,
  partConditions,
  partSourceLabels,
  partSources,
  partTypeLabels,
  partTypes,
  pedalCarEraShortLabels,
  pedalCarEras,
  toyKindLabels,
} from "../vocabulary";

// Spare parts, and which cars and toys they fit.

const fitCategories = ["pedal_car", "classic_car", "toy"] as const;
const fitMessage = (what: string) => ({
  error: (issue: { input?: unknown }) =>
    issue.input === undefined ? `Choose ${what}` : `Choose ${what} from the list`,
});

export const partFitSchema = z.object({
  category: z.enum(fitCategories, fitMessage("what the part fits")),
  /** Classic model code for cars, toy kind for toys; absent means every model. */
  model: z
    .string({ error: "Enter the model" })
    .trim()
    .max(40, "Keep the model under 40 characters")
    .optional(),
  /** Pedal-car era; absent means every era. */
  era: z.enum(pedalCarEras, fitMessage("the era")).optional(),
});
export type PartFit = z.infer<typeof partFitSchema>;

function fitWords(fit: PartFit): string {
  if (fit.category === "pedal_car")
    return `Pedal car${fit.era ? ` (${pedalCarEraShortLabels[fit.era]})` : ", all eras"}`;
  if (fit.category === "classic_car") return getClassicModel(fit.model ?? "")?.name ?? "Moskvitch cars";
  return fit.model ? (toyKindLabels[fit.model as keyof typeof toyKindLabels] ?? "AZLK toys") : "AZLK toys";
}

export const part = defineCategory({
  category: "part",
  legend: "The part",
  fields: [
    choice("partType", {
      label: "Part type",
      name: "Part",
      what: "the part type",
      values: partTypes,
      labels: partTypeLabels,
      formerUrlNames: ["part_type"],
    }),
    choice("source", {
      label: "New old stock, used or reproduction",
      name: "Source",
      what: "new old stock, used or reproduction",
      values: partSources,
      labels: partSourceLabels,
      valueDefault: "reproduction",
    }),
    choice("condition", {
      label: "Condition",
      what: "the condition",
      values: partConditions,
      labels: partConditionLabels,
      valueDefault: "new",
      formerUrlNames: ["part_condition"],
    }),
    listingOnly(
      wholeNumber("quantity", {
        label: "Quantity in stock",
        what: "the quantity in stock",
        min: 1,
        max: 9999,
        formDefault: "1",
      }),
    ),
    rows("fits", {
      label: "Fits",
      what: "what it fits",
      hint: "Add a row for each model, toy or pedal-car era the part fits.",
      rows: "fits",
      columns: ["category", "model", "era"],
      formerRowNames: { category: "fits_category", model: "fits_model", era: "fits_era" },
      valueDefault: "pedal_car",
      row: { json: partFitSchema, form: partFitSchema },
      min: 1,
      max: 20,
      minMessage: "Say which cars or toys the part fits",
      maxMessage: "List at most 20 fits",
      describe: { value: (fits: PartFit[]) => fits.map(fitWords).join("; ") },
    }),
  ],
});
