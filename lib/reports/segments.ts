import type { Item } from "@/lib/catalogue/item-schemas";
import { classicModels } from "@/lib/catalogue/models";
import {
  categoryLabels,
  partTypeLabels,
  pedalCarEraLabels,
  pedalCarEras,
  toyKindLabels,
  toyKinds,
  type Category,
  type PartType,
} from "@/lib/catalogue/vocabulary";
import { questionSegment } from "@/lib/valuation/segments";

// The segments a market report is written for: pedal cars by era, each toy kind, each classic model
// and the part types collectors look for most. Each is one of the valuation's narrow segments
// (lib/valuation/segments.ts), so a sale recorded in it expires the report with the valuations.
// Addresses use the catalogue's own codes, as its URLs do (?category=pedal_car&era=plastic_bumpers):
// /reports/pedal_car/plastic_bumpers, /reports/classic_car/412, /reports/toy/crane, /reports/part/windscreen.

/** Part types with a report: the pieces pedal-car and classic-car restorers hunt for. */
const reportedPartTypes = [
  "windscreen",
  "steering_wheel",
  "bumper",
  "tire",
  "wheel",
  "plate",
  "body_panel",
  "engine_part",
] as const satisfies readonly PartType[];

export type ReportSegment = {
  /** The valuation's segment name ("pedal_car:plastic_bumpers"), also its cache tag's. */
  key: string;
  category: Category;
  /** The era, model, toy kind or part type code. */
  code: string;
  /** "Pedal cars · Plastic bumpers (early to mid 1980s)" */
  label: string;
  /** The segment alone ("Moskvitch 412"), for headings inside a category. */
  name: string;
  path: string;
};

const segment = (category: Category, code: string, name: string): ReportSegment => ({
  key: `${category}:${code}`,
  category,
  code,
  label: `${categoryLabels[category]} · ${name}`,
  name,
  path: `/reports/${category}/${code}`,
});

export const reportSegments: readonly ReportSegment[] = [
  ...pedalCarEras
    .filter((era) => era !== "unknown")
    .map((era) => segment("pedal_car", era, pedalCarEraLabels[era])),
  ...classicModels.map((model) => segment("classic_car", model.code, model.name)),
  ...toyKinds.map((kind) => segment("toy", kind, toyKindLabels[kind])),
  ...reportedPartTypes.map((type) => segment("part", type, partTypeLabels[type])),
];

const byKey = new Map(reportSegments.map((s) => [s.key, s]));

/** The segment at /reports/<category>/<code>, or undefined (the page's 404). */
export function findReportSegment(category: string, code: string): ReportSegment | undefined {
  return byKey.get(`${category}:${code}`);
}

/** The report an item's sales are counted in, if it has one (a pedal car of unknown era has none). */
export function reportSegmentOfItem(item: Item): ReportSegment | undefined {
  return byKey.get(questionSegment(item));
}
