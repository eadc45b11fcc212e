import type { NewSoldItem } from "@/db/schema";
import type { ClassicCarItem, Item, PartItem, PedalCarItem, ToyItem } from "@/lib/catalogue/item-schemas";
import { unusedLatePedalCar } from "@/lib/catalogue/examples";
import { getBodyVariant, getClassicModel, yearsBuilt } from "@/lib/catalogue/models";
import {
  partTypeLabels,
  pedalCarEraYears,
  toyConditionLabels,
  toyKindLabels,
} from "@/lib/catalogue/vocabulary";
import { itemColumns } from "@/lib/valuation/sold-item-columns";
import { daysBefore, humanPrice, type Random } from "./random";

// Three years of comparable sales from outside the marketplace, with believable noise: the history
// valuation weighs. Prices are in USD, shipping excluded. Two deliberate outliers test outlier handling.

type Profile = {
  n: number;
  base: number;
  spread: number;
  item: () => Item;
  countries: readonly string[];
  shipping?: [number, number];
};

// One line of the history: how many sales, around what price in USD and how far either side, where,
// of what, and (for some) the shipping range in cents.
const sold = (
  n: number,
  base: number,
  spread: number,
  countries: readonly string[],
  item: () => Item,
  shipping?: [number, number],
): Profile => ({ n, base, spread, countries, item, shipping });

const eraWords = {
  early_aluminum_bumpers: "aluminum bumpers",
  plastic_bumpers: "plastic bumpers",
  late_soft_tires: "soft tires",
  unknown: "",
} as const;

function pedalYear(r: Random, item: Omit<PedalCarItem, "year">): number | undefined {
  if (!r.chance(0.4)) return undefined;
  const span = pedalCarEraYears[item.era];
  const from = item.plate === "azlk_1993" ? Math.max(span.from, 1989) : span.from;
  return r.int(from, Math.min(span.to, item.era === "early_aluminum_bumpers" ? 1982 : span.to));
}

function pedalCar(
  r: Random,
  base: Omit<PedalCarItem, "category" | "windscreen" | "steeringWheel" | "restored" | "customVersion"> &
    Partial<PedalCarItem>,
): () => PedalCarItem {
  return () => {
    const item: PedalCarItem = {
      category: "pedal_car",
      windscreen:
        base.condition === "project" && r.chance(0.5) ? r.pick(["damaged", "missing"] as const) : "intact",
      steeringWheel: base.condition === "project" && r.chance(0.4) ? "damaged" : "intact",
      restored: false,
      customVersion: "none",
      ...base,
    };
    const year = pedalYear(r, item);
    return year ? { ...item, year } : item;
  };
}

function classic(
  r: Random,
  model: ClassicCarItem["model"],
  body: string,
  grade: ClassicCarItem["conditionGrade"],
  extra: Partial<ClassicCarItem> = {},
): () => ClassicCarItem {
  const known = getClassicModel(model);
  const years = (known && yearsBuilt(known, getBodyVariant(model, body))) ?? { from: 1970, to: 1980 };
  return () => ({
    category: "classic_car",
    model,
    body,
    conditionGrade: grade,
    exportVersion: "none",
    year: r.int(years.from, Math.min(years.to, 1997)),
    originality: r.pick(["original", "mostly_original", "mostly_original", "modified"] as const),
    knownIssues:
      grade >= 3
        ? [r.pick(["corrosion", "brake_wheel_cylinders", "electrics", "hard_starting"] as const)]
        : [],
    ...extra,
  });
}

const toy =
  (kind: ToyItem["toy"], condition: ToyItem["condition"], plate: ToyItem["plate"] = "azlk_1993") =>
  (): ToyItem => ({ category: "toy", toy: kind, plate, condition });
const part =
  (
    partType: PartItem["partType"],
    source: PartItem["source"],
    condition: PartItem["condition"],
    fits: PartItem["fits"],
  ) =>
  (): PartItem => ({ category: "part", partType, source, condition, fits });

function profiles(r: Random): Profile[] {
  const US = ["US"] as const;
  const europe = ["EE", "LV", "LT", "DE", "FI", "GB", "PL"] as const;
  const late = "late_soft_tires" as const;
  const early = "early_aluminum_bumpers" as const;
  const plastic = "plastic_bumpers" as const;
  const lateAzlk = { era: late, plate: "azlk_1993" } as const;
  const wide = [...europe, "US"];
  const pc = [{ category: "pedal_car" as const }];
  const usPost: [number, number] = [9500, 14000];
  // The police, fire and ambulance cars: restored, their lights working.
  const lit = (customVersion: PedalCarItem["customVersion"]) => ({
    restored: true,
    customVersion,
    lightsWorking: true,
  });
  return [
    sold(28, 345, 40, US, pedalCar(r, { ...lateAzlk, condition: "unused" }), usPost),
    sold(12, 315, 35, US, pedalCar(r, { ...lateAzlk, condition: "excellent" }), usPost),
    sold(10, 265, 40, US, pedalCar(r, { ...lateAzlk, condition: "good" }), usPost),
    sold(6, 230, 45, europe, pedalCar(r, { era: late, plate: "none", condition: "good" })),
    sold(10, 300, 50, wide, pedalCar(r, { era: plastic, plate: "none", condition: "good" })),
    sold(
      5,
      420,
      50,
      ["US", "DE", "GB"],
      pedalCar(r, { era: plastic, plate: "none", condition: "excellent", restored: true }),
    ),
    sold(8, 760, 120, wide, pedalCar(r, { era: early, plate: "none", condition: "excellent" })),
    sold(8, 620, 90, wide, pedalCar(r, { era: early, plate: "none", condition: "good" })),
    sold(4, 510, 60, europe, pedalCar(r, { era: early, plate: "none", condition: "fair" })),
    sold(
      7,
      135,
      50,
      ["US", "US", "EE", "LV"],
      pedalCar(r, {
        era: r.pick([late, plastic] as const),
        plate: r.pick(["none", "azlk_1993"] as const),
        condition: "project",
      }),
    ),
    sold(3, 250, 50, europe, pedalCar(r, { era: early, plate: "none", condition: "project" })),
    sold(4, 580, 90, US, pedalCar(r, { ...lateAzlk, condition: "excellent", ...lit("police") })),
    sold(3, 540, 70, US, pedalCar(r, { ...lateAzlk, condition: "excellent", ...lit("fire") })),
    sold(
      3,
      500,
      60,
      ["US", "GB"],
      pedalCar(r, { era: plastic, plate: "none", condition: "good", ...lit("ambulance") }),
    ),
    sold(6, 260, 30, US, toy("zil130_dump_truck", "unused")),
    sold(4, 185, 30, US, toy("zil130_dump_truck", "good")),
    sold(4, 240, 30, US, toy("crane", "excellent")),
    sold(3, 165, 30, ["US", "EE"], toy("crane", "good", "none")),
    sold(4, 215, 25, US, toy("excavator", "excellent")),
    sold(3, 160, 25, US, toy("excavator", "good")),
    sold(3, 4900, 700, ["US", "EE", "DE"], classic(r, "400", "sedan", 3)),
    sold(2, 6900, 900, ["US", "DE"], classic(r, "400", "sedan", 2)),
    sold(2, 9000, 1200, ["US", "DE"], classic(r, "400", "420a_cabriolet", 2)),
    sold(3, 2600, 400, ["US", "FI", "EE"], classic(r, "407", "sedan", 3)),
    sold(3, 1450, 250, ["US", "GB", "FI"], classic(r, "408", "sedan", 3)),
    sold(2, 2050, 300, ["US", "GB"], classic(r, "408", "sedan", 2)),
    sold(2, 2200, 300, ["GB", "US"], classic(r, "408", "sedan", 2, { exportVersion: "elite" })),
    sold(4, 1850, 300, ["US", "EE", "DE"], classic(r, "412", "sedan", 2)),
    sold(5, 1300, 200, ["US", "EE", "LV", "FI"], classic(r, "412", "sedan", 3)),
    sold(2, 850, 150, ["US", "EE"], classic(r, "412", "sedan", 4)),
    sold(2, 1500, 250, ["US", "DE"], classic(r, "2140", "sedan", 2)),
    sold(3, 1050, 180, ["US", "EE", "LV"], classic(r, "2140", "sedan", 3)),
    sold(3, 1100, 200, ["US", "DE", "EE"], classic(r, "2141", "hatchback", 2)),
    sold(3, 780, 130, ["US", "LV", "EE"], classic(r, "2141", "hatchback", 3)),
    sold(6, 42, 5, ["US", "GB", "DE"], part("windscreen", "reproduction", "new", pc)),
    sold(5, 36, 4, ["US", "GB"], part("steering_wheel", "reproduction", "new", pc)),
    sold(3, 52, 8, ["US", "EE"], part("steering_wheel", "used", "good", pc)),
    sold(4, 21, 3, ["US", "DE"], part("tire", "reproduction", "new", [{ category: "pedal_car", era: late }])),
    sold(
      4,
      175,
      40,
      ["US", "EE", "DE"],
      part("bumper", "used", "excellent", [{ category: "pedal_car", era: early }]),
    ),
    sold(
      3,
      38,
      5,
      ["US", "GB"],
      part("bumper", "reproduction", "new", [{ category: "pedal_car", era: plastic }]),
    ),
    sold(3, 15, 2, ["US"], part("plate", "reproduction", "new", pc)),
    sold(2, 38, 6, ["US"], part("plate", "used", "good", pc)),
    sold(4, 64, 6, ["US", "GB"], part("light_kit", "reproduction", "new", pc)),
    sold(2, 45, 6, ["US", "EE"], part("pedal_assembly", "used", "good", pc)),
    sold(
      4,
      24,
      4,
      ["EE", "LV", "US"],
      part("brake_wheel_cylinder", "new_old_stock", "new", [
        { category: "classic_car", model: "412" },
        { category: "classic_car", model: "2140" },
      ]),
    ),
    sold(
      2,
      33,
      5,
      ["EE", "US"],
      part("electrical", "new_old_stock", "new", [{ category: "classic_car", model: "2141" }]),
    ),
    sold(2, 110, 20, ["GB", "US"], part("trim", "used", "good", [{ category: "classic_car", model: "408" }])),
  ];
}

/** A short title like a sale record would have. */
function soldTitle(item: Item): string {
  switch (item.category) {
    case "pedal_car": {
      const custom =
        item.customVersion !== "none"
          ? `${item.customVersion[0]?.toUpperCase()}${item.customVersion.slice(1)} `
          : "";
      const plate = item.plate === "azlk_1993" ? ", AZLK 1993 plate" : "";
      return `${item.year ? `${item.year} ` : ""}${custom}AZLK Moskvitch pedal car, ${eraWords[item.era]}${plate} (${toyConditionLabels[item.condition].toLowerCase()})`;
    }
    case "classic_car": {
      const model = getClassicModel(item.model);
      const body = model?.bodies.find((b) => b.code === item.body)?.name ?? item.body;
      const elite = item.exportVersion === "elite" ? " Elite" : "";
      return `${item.year} ${model?.name ?? item.model}${elite}, ${body.toLowerCase()}, grade ${item.conditionGrade}`;
    }
    case "toy":
      return `AZLK ${toyKindLabels[item.toy]} toy${item.plate === "azlk_1993" ? ", 1993 plate" : ""} (${toyConditionLabels[item.condition].toLowerCase()})`;
    case "part":
      return `${partTypeLabels[item.partType]} (${item.source.replaceAll("_", " ")}, ${item.condition})`;
  }
}

export function externalSoldItems(r: Random, now: Date): NewSoldItem[] {
  const rows: NewSoldItem[] = [];
  const add = (item: Item, dollars: number, country: string, daysAgo: number, shippingCents: number | null) =>
    rows.push({
      origin: "demo",
      category: item.category,
      title: soldTitle(item),
      attributes: item,
      ...itemColumns(item),
      soldPriceCents: humanPrice(dollars * 100),
      shippingCents,
      currency: "USD",
      country,
      soldAt: daysBefore(now, daysAgo),
      url: null,
    });
  for (const p of profiles(r)) {
    for (let i = 0; i < p.n; i++) {
      const daysAgo = r.int(3, 1090);
      // Prices have crept up a few per cent a year, so older sales sit a little lower.
      const drift = 1 - 0.03 * (daysAgo / 365);
      const price = Math.max(p.base * 0.45, (p.base + r.noise(p.spread * 1.25)) * drift);
      const shipping = p.shipping
        ? r.int(p.shipping[0] / 500, p.shipping[1] / 500) * 500
        : r.chance(0.5)
          ? null
          : Math.round(p.base * 0.15) * 100;
      add(p.item(), price, r.pick(p.countries), daysAgo, shipping);
    }
  }
  // Outliers: a bidding war at 3 am, and a yard-sale find.
  add(unusedLatePedalCar, 1800, "US", 140, 12000);
  add({ ...unusedLatePedalCar, condition: "good" }, 40, "US", 410, null);
  return rows;
}
