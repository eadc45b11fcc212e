import { exportNames, getBodyVariant, getClassicModel, plantLabels, yearsBuilt, type Plant } from "./models";
import { pedalCarEraYears, toyKinds, type ExportVersion } from "./vocabulary";

// Descriptions that cannot be true are refused, naming the field; descriptions that are unusual but
// possible are accepted with a warning. One set of checks for the valuation API, /value and the sell
// form. They read loose values (a draft may lack fields, a field may have failed its own check), so
// every check looks at the types itself and says nothing about what is absent.

export type ItemIssue = { path: (string | number)[]; message: string };
type Values = Record<string, unknown>;

const num = (v: unknown): number | undefined => (typeof v === "number" && Number.isFinite(v) ? v : undefined);
const str = (v: unknown): string | undefined => (typeof v === "string" && v.length > 0 ? v : undefined);
const span = (y: { from: number; to: number }) => (y.from === y.to ? String(y.from) : `${y.from} to ${y.to}`);

function pedalCarContradictions(v: Values): ItemIssue[] {
  const issues: ItemIssue[] = [];
  const year = num(v.year);
  const era = str(v.era);
  if (year !== undefined && era && Object.hasOwn(pedalCarEraYears, era)) {
    const years = pedalCarEraYears[era as keyof typeof pedalCarEraYears];
    if (year < years.from || year > years.to) {
      issues.push({
        path: ["year"],
        message: `A ${year} car cannot be from this era (made ${span(years)}); check the era or the year`,
      });
    }
  }
  if (v.condition === "unused" && v.restored === true) {
    issues.push({
      path: ["restored"],
      message: "An unused car has never been restored: choose another condition, or say it was not restored",
    });
  }
  return issues;
}

function plantContradiction(
  modelName: string,
  plants: readonly { plant: Plant; years: { from: number; to: number } }[],
  plant: string,
  year: number | undefined,
): string | null {
  const runs = plants.filter((p) => p.plant === plant);
  const label = plantLabels[plant as Plant] ?? plant;
  if (runs.length === 0) {
    const makers = [...new Set(plants.map((p) => p.plant))];
    return makers.length
      ? `${label} did not build the ${modelName}; it was built by ${makers.join(" and ")}`
      : `The history does not say who built the ${modelName}; leave the plant out`;
  }
  if (year !== undefined && !runs.some((r) => year >= r.years.from && year <= r.years.to)) {
    return `${label} built the ${modelName} ${runs.map((r) => span(r.years)).join(", ")}; ${year} is outside that`;
  }
  return null;
}

function classicCarContradictions(v: Values): ItemIssue[] {
  const model = str(v.model) ? getClassicModel(v.model as string) : undefined;
  if (!model) return [];
  const issues: ItemIssue[] = [];
  const bodyCode = str(v.body);
  const body = bodyCode ? getBodyVariant(model.code, bodyCode) : undefined;
  if (bodyCode && !body) {
    issues.push({
      path: ["body"],
      message: `${model.name} was not built as that body; choose one of: ${model.bodies.map((b) => b.name).join(", ")}`,
    });
  }
  const year = num(v.year);
  const years = yearsBuilt(model, body);
  if (year !== undefined && years && (year < years.from || year > years.to)) {
    const what = body?.years ? `The ${body.name.toLowerCase()}` : model.name;
    issues.push({ path: ["year"], message: `${what} was built ${span(years)}; ${year} is outside that` });
  }
  const plant = str(v.plant);
  if (plant) {
    const problem = plantContradiction(model.name, model.plants, plant, year);
    if (problem) issues.push({ path: ["plant"], message: problem });
  }
  const exportVersion = str(v.exportVersion);
  if (exportVersion && exportVersion !== "none" && Object.hasOwn(exportNames, exportVersion)) {
    const name = exportNames[exportVersion as Exclude<ExportVersion, "none">];
    if (!(name.models as readonly string[]).includes(model.code)) {
      issues.push({
        path: ["exportVersion"],
        message: `That export name was never given to the ${model.name}: ${name.fact}`,
      });
    }
  }
  return issues;
}

function partContradictions(v: Values): ItemIssue[] {
  if (!Array.isArray(v.fits)) return [];
  const issues: ItemIssue[] = [];
  (v.fits as unknown[]).forEach((row, index) => {
    if (typeof row !== "object" || row === null) return;
    const fit = row as { category?: unknown; model?: unknown; era?: unknown };
    const model = str(fit.model);
    if (model && fit.category === "classic_car" && !getClassicModel(model)) {
      issues.push({
        path: ["fits", index, "model"],
        message: "Choose a Moskvitch model from the list, or any model",
      });
    }
    if (model && fit.category === "toy" && !(toyKinds as readonly string[]).includes(model)) {
      issues.push({
        path: ["fits", index, "model"],
        message: "Choose an AZLK toy from the list, or any toy",
      });
    }
    if (model && fit.category === "pedal_car")
      issues.push({
        path: ["fits", index, "model"],
        message: "Pedal cars have no models; choose an era instead",
      });
    if (fit.era !== undefined && fit.category !== "pedal_car")
      issues.push({ path: ["fits", index, "era"], message: "Only pedal cars have eras" });
  });
  return issues;
}

/** Everything about an item's description that cannot be true, each naming its field. */
export function findItemContradictions(values: Values): ItemIssue[] {
  switch (values.category) {
    case "pedal_car":
      return pedalCarContradictions(values);
    case "classic_car":
      return classicCarContradictions(values);
    case "part":
      return partContradictions(values);
    default:
      return [];
  }
}

export type ItemWarning = { field: string; message: string };

/** Unusual but possible: accepted, said aloud, and never paid a premium for. */
export function findItemWarnings(values: Values): ItemWarning[] {
  const warnings: ItemWarning[] = [];
  if (
    values.category === "pedal_car" &&
    values.era === "early_aluminum_bumpers" &&
    values.plate === "azlk_1993"
  ) {
    warnings.push({
      field: "plate",
      message:
        "An early aluminum-bumper car wearing the AZLK 1993 plate is unusual: the plate came with the early-1990s US container and shows its year, so it was probably added later. It earns no premium here.",
    });
  }
  if (values.category === "classic_car") {
    const exportVersion = str(values.exportVersion);
    const year = num(values.year);
    if (
      exportVersion &&
      exportVersion !== "none" &&
      year !== undefined &&
      Object.hasOwn(exportNames, exportVersion)
    ) {
      const name = exportNames[exportVersion as Exclude<ExportVersion, "none">];
      if (
        (name.models as readonly string[]).includes(String(values.model)) &&
        (year < name.years.from || year > name.years.to)
      ) {
        warnings.push({
          field: "exportVersion",
          message: `A ${year} car with this export name is unusual (${name.fact}); check its papers.`,
        });
      }
    }
  }
  return warnings;
}
