import { sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { listings, partFits } from "@/db/schema";
import { toListingColumns } from "@/lib/listings/listing-columns";
import { parseListingInput } from "@/lib/listings/schemas";

// Live listings for the search tests, stored through the same column mapping the sell form uses
// (promoted columns, search aliases, part fits), with the publish time and fair value chosen by the test.

export type SeedOptions = {
  sellerId: string;
  /** Minutes before a fixed moment; larger is older. */
  ageMinutes?: number;
  photos?: number;
  /** Typical fair value in cents; the range is ±15%. Null or absent: not valued. */
  fairValueCents?: number | null;
  status?: "live" | "draft" | "sold" | "withdrawn";
};

const epoch = Date.parse("2026-06-01T12:00:00Z");

export async function addListing(
  db: Database,
  input: Record<string, unknown>,
  options: SeedOptions,
): Promise<number> {
  const parsed = parseListingInput(input, "complete");
  if (!parsed.ok)
    throw new Error(`Bad test listing ${String(input.title)}: ${JSON.stringify(parsed.fieldErrors)}`);
  const { attributes, ...columns } = toListingColumns(parsed.value);
  const fair = options.fairValueCents ?? null;
  const [row] = await db
    .insert(listings)
    .values({
      ...columns,
      quantity: columns.listedQuantity,
      attributes: attributes as typeof listings.$inferInsert.attributes,
      sellerId: options.sellerId,
      status: options.status ?? "live",
      publishedAt: new Date(epoch - (options.ageMinutes ?? 0) * 60_000),
      photoCount: options.photos ?? 1,
      fairValueLowCents: fair === null ? null : Math.round(fair * 0.85),
      fairValueCents: fair,
      fairValueHighCents: fair === null ? null : Math.round(fair * 1.15),
    })
    .returning({ id: listings.id });
  const id = row!.id;
  if (parsed.value.category === "part") {
    const fits = new Map(
      parsed.value.fits.map((f) => [`${f.category}|${f.model ?? ""}|${f.era ?? "any"}`, f]),
    );
    await db.insert(partFits).values(
      [...fits.values()].map((f) => ({
        listingId: id,
        fitsCategory: f.category,
        fitsModel: f.model ?? "",
        fitsEra: f.era ?? "any",
      })),
    );
  }
  return id;
}

const common = (title: string, price: string, extra: Record<string, unknown> = {}) => ({
  title,
  description: "Stored indoors for years; collected from the first owner.",
  price,
  currency: "USD",
  country: "US",
  city: "Jersey City",
  shipping: [{ destination: "US", price: "95" }],
  ...extra,
});

export function pedalCar(title: string, price: string, extra: Record<string, unknown> = {}) {
  return {
    category: "pedal_car",
    ...common(title, price),
    era: "late_soft_tires",
    plate: "azlk_1993",
    condition: "excellent",
    restored: "no",
    windscreen: "intact",
    steeringWheel: "intact",
    customVersion: "none",
    ...extra,
  };
}

export function classicCar(title: string, price: string, extra: Record<string, unknown> = {}) {
  return {
    category: "classic_car",
    ...common(title, price),
    model: "412",
    body: "sedan",
    year: "1975",
    conditionGrade: "3",
    originality: "original",
    exportVersion: "none",
    ...extra,
  };
}

export function part(title: string, price: string, extra: Record<string, unknown> = {}) {
  return {
    category: "part",
    ...common(title, price),
    partType: "windscreen",
    source: "reproduction",
    condition: "new",
    quantity: "3",
    fits: [{ category: "pedal_car" }],
    ...extra,
  };
}

export function toy(title: string, price: string, extra: Record<string, unknown> = {}) {
  return {
    category: "toy",
    ...common(title, price),
    toy: "zil130_dump_truck",
    plate: "azlk_1993",
    condition: "good",
    ...extra,
  };
}

/** Ids of every live listing, to compare a paged walk against. */
export async function liveIds(db: Database): Promise<number[]> {
  const rows = await db.execute(
    sql`select id from listings where status = 'live' and deleted_at is null order by id`,
  );
  return (rows as unknown as { rows: { id: number }[] }).rows.map((r) => Number(r.id));
}
