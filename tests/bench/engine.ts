// npx tsx tests/bench/engine.ts [-- --seconds 1]
// The valuation engine alone (no database, no HTTP): valuations per second for one item against
// 0, 50 and 300 comparable sales (300 is the most the comparables query ever loads). Prints numbers;
// asserts nothing.
import { parseArgs } from "node:util";
import { createRandom, type Random } from "@/db/seed/random";
import type { ClassicCarItem, Item, PedalCarItem } from "@/lib/catalogue/item-schemas";
import { pedalCarEras, plates, toyConditions } from "@/lib/catalogue/vocabulary";
import { estimateValue, type Comparable, type ValuationInput } from "@/lib/valuation/engine";
import { original412Sedan, unusedLatePedalCar as pedalCar } from "@/lib/catalogue/examples";

const { values: flags } = parseArgs({ options: { seconds: { type: "string", default: "1" } } });
const secondsPerCase = Number(flags.seconds);
const now = new Date("2026-11-24T12:00:00Z");
const dayMs = 86_400_000;

const classicCar: ClassicCarItem = { ...original412Sedan, knownIssues: ["corrosion"] };

function pedalCarSale(r: Random): Comparable {
  const item: PedalCarItem = {
    ...pedalCar,
    era: r.pick(pedalCarEras),
    plate: r.pick(plates),
    condition: r.pick(toyConditions),
    windscreen: r.chance(0.1) ? "missing" : "intact",
    restored: r.chance(0.2),
  };
  return {
    title: "Pedal car",
    soldPriceCents: 30_000 + Math.round(r.noise(8_000)),
    soldAt: new Date(now.getTime() - r.int(1, 6 * 365) * dayMs),
    item,
    country: "US",
  };
}

function classicCarSale(r: Random): Comparable {
  const item: ClassicCarItem = {
    ...classicCar,
    conditionGrade: r.pick([1, 2, 3, 4] as const),
    originality: r.pick(["original", "mostly_original", "modified"] as const),
    body: r.pick(["sedan", "sedan", "427_wagon"]),
  };
  return {
    title: "Moskvitch 412",
    soldPriceCents: 450_000 + Math.round(r.noise(150_000)),
    soldAt: new Date(now.getTime() - r.int(1, 6 * 365) * dayMs),
    item,
    country: "EE",
  };
}

function run(name: string, item: Item, comparables: Comparable[]) {
  const input: ValuationInput = {
    item,
    priceCents: 35_000,
    currency: "USD",
    shipTo: { country: "US" },
    itemCountry: "US",
    comparables,
    now,
  };
  // Warm up the JIT before timing.
  for (let i = 0; i < 200; i++) estimateValue(input);
  let count = 0;
  let sink = 0;
  const started = performance.now();
  const until = started + secondsPerCase * 1000;
  while (performance.now() < until) {
    for (let i = 0; i < 50; i++) sink += estimateValue(input).fairValue.typicalCents;
    count += 50;
  }
  const elapsed = (performance.now() - started) / 1000;
  const perSecond = count / elapsed;
  if (sink === 0) console.log("(the engine answered zero every time)");
  return {
    case: name,
    comparables: comparables.length,
    "valuations/s": Math.round(perSecond).toLocaleString("en-US"),
    "µs each": (1e6 / perSecond).toFixed(1),
  };
}

const r = createRandom(1993);
const rows = [];
for (const n of [0, 50, 300])
  rows.push(
    run(
      "pedal car",
      pedalCar,
      Array.from({ length: n }, () => pedalCarSale(r)),
    ),
  );
for (const n of [0, 50, 300])
  rows.push(
    run(
      "classic car (412)",
      classicCar,
      Array.from({ length: n }, () => classicCarSale(r)),
    ),
  );
console.log(`Valuation engine alone, ${secondsPerCase} s per case, Node ${process.version}:`);
console.table(rows);
