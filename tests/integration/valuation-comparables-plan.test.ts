import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { original412Sedan, unusedLatePedalCar } from "@/lib/catalogue/examples";
import type { Item } from "@/lib/catalogue/item-schemas";
import { comparablesQuery } from "@/lib/valuation/queries";
import { testDriver, withTestDatabase } from "../support/test-database";

// A valuation reads the newest 300 sales of its segment. With many sales on record that must come off
// an index in order: no sequential scan of sold_items, no sort of more rows than the 300 it keeps.
// The plan is PostgreSQL's (EXPLAIN, after ANALYZE, over enough rows that the planner has a choice);
// PGlite plans the same SQL but has no planner statistics worth asserting on a test-sized table.
if (testDriver !== "pg")
  console.log(
    "Skipping the comparables plan test on PGlite: it asserts PostgreSQL's query plans; it runs with DATABASE_URL set.",
  );

const limit = 300;
const now = new Date("2026-11-24T12:00:00Z");

type PlanNode = {
  "Node Type": string;
  "Relation Name"?: string;
  "Plan Rows": number;
  "Index Name"?: string;
  Plans?: PlanNode[];
};

function nodesOf(plan: PlanNode): PlanNode[] {
  return [plan, ...(plan.Plans ?? []).flatMap(nodesOf)];
}

const segments: { name: string; item: Item }[] = [
  {
    name: "a pedal car of a known era",
    item: unusedLatePedalCar,
  },
  {
    name: "a pedal car of unknown era",
    item: { ...unusedLatePedalCar, era: "unknown", plate: "none", condition: "good" },
  },
  {
    name: "a classic car",
    item: original412Sedan,
  },
  {
    name: "a toy",
    item: { category: "toy", toy: "zil130_dump_truck", plate: "azlk_1993", condition: "excellent" },
  },
  {
    name: "a part",
    item: {
      category: "part",
      partType: "windscreen",
      source: "reproduction",
      condition: "new",
      fits: [{ category: "pedal_car" }],
    },
  },
];

describe.skipIf(testDriver !== "pg")("the comparables query's plan with many sales on record", () => {
  const database = withTestDatabase();

  beforeAll(async () => {
    // 60,000 sales across the four categories, each segment thousands deep, spread over ten years.
    await database().db.execute(sql`
      insert into sold_items (origin, category, title, attributes, era, model, condition, sold_price_cents, currency, country, sold_at)
      select 'demo', c.category::listing_category, 'Sale ' || g, c.attributes, c.era::pedal_car_era, c.model, 'good',
        10000 + g % 50000, 'USD', 'US', ${now.toISOString()}::timestamptz - (g % 3650) * interval '1 day'
      from generate_series(1, 60000) g
      cross join lateral (
        select * from (values
          (0, 'pedal_car', 'late_soft_tires', null, '{"category":"pedal_car","era":"late_soft_tires"}'::jsonb),
          (1, 'pedal_car', 'plastic_bumpers', null, '{"category":"pedal_car","era":"plastic_bumpers"}'::jsonb),
          (2, 'classic_car', null, '412', '{"category":"classic_car","model":"412"}'::jsonb),
          (3, 'classic_car', null, '2141', '{"category":"classic_car","model":"2141"}'::jsonb),
          (4, 'toy', null, null, '{"category":"toy","toy":"zil130_dump_truck"}'::jsonb),
          (5, 'part', null, null, '{"category":"part","partType":"windscreen"}'::jsonb)
        ) as v(k, category, era, model, attributes)
        where v.k = g % 6
      ) c
    `);
    await database().db.execute(sql`analyze sold_items`);
  });

  for (const { name, item } of segments) {
    it(`reads the newest ${limit} sales of ${name} off an index, unsorted`, async () => {
      const query = comparablesQuery(database().db, item, now);
      const result = (await database().db.execute(
        sql`explain (format json) ${query.getSQL()}`,
      )) as unknown as { rows: { "QUERY PLAN": { Plan: PlanNode }[] }[] };
      const nodes = nodesOf(result.rows[0]!["QUERY PLAN"][0]!.Plan);
      const summary = nodes.map((n) => `${n["Node Type"]}${n["Index Name"] ? ` (${n["Index Name"]})` : ""}`);
      console.log(`Comparables plan for ${name}: ${summary.join(" → ")}`);

      expect(
        nodes.filter((n) => n["Node Type"] === "Seq Scan" && n["Relation Name"] === "sold_items"),
      ).toEqual([]);
      // A sort is allowed only over what is kept; a top-N sort of thousands of rows is what the index avoids.
      const sorts = nodes.filter((n) => /Sort/.test(n["Node Type"]));
      for (const sort of sorts)
        for (const input of sort.Plans ?? []) expect(input["Plan Rows"]).toBeLessThanOrEqual(limit);
      expect(nodes.some((n) => n["Relation Name"] === "sold_items" && /Index/.test(n["Node Type"]))).toBe(
        true,
      );
    });
  }
});
