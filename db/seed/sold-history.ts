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
  const pc = [{ category: "pedal_car" as const }];
  return [
    {
      n: 28,
      base: 345,
      spread: 40,
      countries: US,
      shipping: [9500, 14000],
      item: pedalCar(r, { era: late, plate: "azlk_1993", condition: "unused" }),
    },
    {
      n: 12,
      base: 315,
      spread: 35,
      countries: US,
      shipping: [9500, 14000],
      item: pedalCar(r, { era: late, plate: "azlk_1993", condition: "excellent" }),
    },
    {
      n: 10,
      base: 265,
      spread: 40,
      countries: US,
      shipping: [9500, 14000],
      item: pedalCar(r, { era: late, plate: "azlk_1993", condition: "good" }),
    },
    {
      n: 6,
      base: 230,
      spread: 45,
      countries: europe,
      item: pedalCar(r, { era: late, plate: "none", condition: "good" }),
    },
    {
      n: 10,
      base: 300,
      spread: 50,
      countries: [...europe, "US"],
      item: pedalCar(r, { era: "plastic_bumpers", plate: "none", condition: "good" }),
    },
    {
      n: 5,
      base: 420,
      spread: 50,
      countries: ["US", "DE", "GB"],
      item: pedalCar(r, { era: "plastic_bumpers", plate: "none", condition: "excellent", restored: true }),
    },
    {
      n: 8,
      base: 760,
      spread: 120,
      countries: [...europe, "US"],
      item: pedalCar(r, { era: early, plate: "none", condition: "excellent" }),
    },
    {
      n: 8,
      base: 620,
      spread: 90,
      countries: [...europe, "US"],
      item: pedalCar(r, { era: early, plate: "none", condition: "good" }),
    },
    {
      n: 4,
      base: 510,
      spread: 60,
      countries: europe,
      item: pedalCar(r, { era: early, plate: "none", condition: "fair" }),
    },
    {
      n: 7,
      base: 135,
      spread: 50,
      countries: ["US", "US", "EE", "LV"],
      item: pedalCar(r, {
        era: r.pick([late, "plastic_bumpers"] as const),
        plate: r.pick(["none", "azlk_1993"] as const),
        condition: "project",
      }),
    },
    {
      n: 3,
      base: 250,
      spread: 50,
      countries: europe,
      item: pedalCar(r, { era: early, plate: "none", condition: "project" }),
    },
    {
      n: 4,
      base: 580,
      spread: 90,
      countries: US,
      item: pedalCar(r, {
        era: late,
        plate: "azlk_1993",
        condition: "excellent",
        restored: true,
        customVersion: "police",
        lightsWorking: true,
      }),
    },
    {
      n: 3,
      base: 540,
      spread: 70,
      countries: US,
      item: pedalCar(r, {
        era: late,
        plate: "azlk_1993",
        condition: "excellent",
        restored: true,
        customVersion: "fire",
        lightsWorking: true,
      }),
    },
    {
      n: 3,
      base: 500,
      spread: 60,
      countries: ["US", "GB"],
      item: pedalCar(r, {
        era: "plastic_bumpers",
        plate: "none",
        condition: "good",
        restored: true,
        customVersion: "ambulance",
        lightsWorking: true,
      }),
    },
    { n: 6, base: 260, spread: 30, countries: US, item: toy("zil130_dump_truck", "unused") },
    { n: 4, base: 185, spread: 30, countries: US, item: toy("zil130_dump_truck", "good") },
    { n: 4, base: 240, spread: 30, countries: US, item: toy("crane", "excellent") },
    { n: 3, base: 165, spread: 30, countries: ["US", "EE"], item: toy("crane", "good", "none") },
    { n: 4, base: 215, spread: 25, countries: US, item: toy("excavator", "excellent") },
    { n: 3, base: 160, spread: 25, countries: US, item: toy("excavator", "good") },
    { n: 3, base: 4900, spread: 700, countries: ["US", "EE", "DE"], item: classic(r, "400", "sedan", 3) },
    { n: 2, base: 6900, spread: 900, countries: ["US", "DE"], item: classic(r, "400", "sedan", 2) },
    { n: 2, base: 9000, spread: 1200, countries: ["US", "DE"], item: classic(r, "400", "420a_cabriolet", 2) },
    { n: 3, base: 2600, spread: 400, countries: ["US", "FI", "EE"], item: classic(r, "407", "sedan", 3) },
    { n: 3, base: 1450, spread: 250, countries: ["US", "GB", "FI"], item: classic(r, "408", "sedan", 3) },
    { n: 2, base: 2050, spread: 300, countries: ["US", "GB"], item: classic(r, "408", "sedan", 2) },
    {
      n: 2,
      base: 2200,
      spread: 300,
      countries: ["GB", "US"],
      item: classic(r, "408", "sedan", 2, { exportVersion: "elite" }),
    },
    { n: 4, base: 1850, spread: 300, countries: ["US", "EE", "DE"], item: classic(r, "412", "sedan", 2) },
    {
      n: 5,
      base: 1300,
      spread: 200,
      countries: ["US", "EE", "LV", "FI"],
      item: classic(r, "412", "sedan", 3),
    },
    { n: 2, base: 850, spread: 150, countries: ["US", "EE"], item: classic(r, "412", "sedan", 4) },
    { n: 2, base: 1500, spread: 250, countries: ["US", "DE"], item: classic(r, "2140", "sedan", 2) },
    { n: 3, base: 1050, spread: 180, countries: ["US", "EE", "LV"], item: classic(r, "2140", "sedan", 3) },
    {
      n: 3,
      base: 1100,
      spread: 200,
      countries: ["US", "DE", "EE"],
      item: classic(r, "2141", "hatchback", 2),
    },
    { n: 3, base: 780, spread: 130, countries: ["US", "LV", "EE"], item: classic(r, "2141", "hatchback", 3) },
    {
      n: 6,
      base: 42,
      spread: 5,
      countries: ["US", "GB", "DE"],
      item: part("windscreen", "reproduction", "new", pc),
    },
    {
      n: 5,
      base: 36,
      spread: 4,
      countries: ["US", "GB"],
      item: part("steering_wheel", "reproduction", "new", pc),
    },
    { n: 3, base: 52, spread: 8, countries: ["US", "EE"], item: part("steering_wheel", "used", "good", pc) },
    {
      n: 4,
      base: 21,
      spread: 3,
      countries: ["US", "DE"],
      item: part("tire", "reproduction", "new", [{ category: "pedal_car", era: late }]),
    },
    {
      n: 4,
      base: 175,
      spread: 40,
      countries: ["US", "EE", "DE"],
      item: part("bumper", "used", "excellent", [{ category: "pedal_car", era: early }]),
    },
    {
      n: 3,
      base: 38,
      spread: 5,
      countries: ["US", "GB"],
      item: part("bumper", "reproduction", "new", [{ category: "pedal_car", era: "plastic_bumpers" }]),
    },
    { n: 3, base: 15, spread: 2, countries: ["US"], item: part("plate", "reproduction", "new", pc) },
    { n: 2, base: 38, spread: 6, countries: ["US"], item: part("plate", "used", "good", pc) },
    {
      n: 4,
      base: 64,
      spread: 6,
      countries: ["US", "GB"],
      item: part("light_kit", "reproduction", "new", pc),
    },
    { n: 2, base: 45, spread: 6, countries: ["US", "EE"], item: part("pedal_assembly", "used", "good", pc) },
    {
      n: 4,
      base: 24,
      spread: 4,
      countries: ["EE", "LV", "US"],
      item: part("brake_wheel_cylinder", "new_old_stock", "new", [
        { category: "classic_car", model: "412" },
        { category: "classic_car", model: "2140" },
      ]),
    },
    {
      n: 2,
      base: 33,
      spread: 5,
      countries: ["EE", "US"],
      item: part("electrical", "new_old_stock", "new", [{ category: "classic_car", model: "2141" }]),
    },
    {
      n: 2,
      base: 110,
      spread: 20,
      countries: ["GB", "US"],
      item: part("trim", "used", "good", [{ category: "classic_car", model: "408" }]),
    },
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
