import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auctions, soldItems, type NewSoldItem } from "@/db/schema";
import { closeAuctionIfDue } from "@/lib/auctions/close";
import { placeBid } from "@/lib/auctions/place-bid";
import { createBidder, createLiveAuction } from "@/lib/auctions/test-fixtures";
import { parseResultFilters, parseResultKey, type ResultFilters } from "@/lib/results/filters";
import { getResult, listResults } from "@/lib/results/queries";
import { resultOrigin, resultOutcome } from "@/lib/results/words";
import { goodLatePedalCar, latePedalCarSale } from "../fixtures/sales";
import { withTestDatabase } from "../support/test-database";

const database = withTestDatabase();

const pedalCar = goodLatePedalCar;

function sale(overrides: Partial<NewSoldItem>): NewSoldItem {
  return latePedalCarSale(new Date("2026-06-01T12:00:00Z"), {
    origin: "demo",
    title: "AZLK Moskvitch pedal car",
    ...overrides,
  });
}

function filters(raw: Record<string, string>): ResultFilters {
  const parsed = parseResultFilters(raw);
  if (!parsed.ok) throw new Error(`Filters refused: ${JSON.stringify(parsed.fieldErrors)}`);
  return parsed.filters;
}

let unsoldListingId: number;
let highBidCents: number;

beforeAll(async () => {
  const { db } = database();
  const seller = await createBidder(database(), { name: "Sergei" });
  const bidder = await createBidder(database(), { name: "Olga" });
  unsoldListingId = await createLiveAuction(database(), {
    sellerId: seller.id,
    title: "Pedal car with the reserve unmet",
    startPriceCents: 20_000,
    reservePriceCents: 90_000,
    endsAt: new Date(Date.now() + 3_600_000),
  });
  const bid = await placeBid({ bidderId: bidder.id, input: { listingId: unsoldListingId, maxBid: "450" } });
  expect(bid.ok).toBe(true);
  await db
    .update(auctions)
    .set({ endsAt: sql`now() - interval '1 second'` })
    .where(eq(auctions.listingId, unsoldListingId));
  expect(await closeAuctionIfDue(unsoldListingId)).toMatchObject({ result: "reserve_not_met" });
  const [auction] = await db.select().from(auctions).where(eq(auctions.listingId, unsoldListingId));
  highBidCents = auction!.currentPriceCents!;

  await db.insert(soldItems).values([
    sale({
      origin: "imported",
      sourceName: "Bonhams",
      url: "https://www.bonhams.example/lot/412",
      category: "classic_car",
      title: "1969 Moskvitch 412 saloon, grade 2",
      attributes: { ...pedalCar },
      era: null,
      model: "412",
      soldPriceCents: 650_000,
      currency: "GBP",
      country: "GB",
      soldAt: new Date("2025-03-10T10:00:00Z"),
    }),
    sale({
      title: "Demo crane toy",
      category: "toy",
      era: null,
      model: "crane",
      soldAt: new Date("2024-01-05T10:00:00Z"),
    }),
  ]);
});

describe("the results archive", () => {
  it("shows an auction that ended below its reserve with its high bid, never as a sale", async () => {
    const { results } = await listResults(filters({ q: "unmet" }));
    expect(results).toHaveLength(1);
    const [unsold] = results;
    expect(unsold).toMatchObject({
      id: `auction-${unsoldListingId}`,
      kind: "unsold",
      priceCents: highBidCents,
      bidCount: 1,
    });
    expect(resultOutcome(unsold!)).toBe(`Reserve not met, high bid $${highBidCents / 100}`);

    const page = await getResult(parseResultKey(`auction-${unsoldListingId}`)!);
    expect(page).toMatchObject({ kind: "unsold", listingId: unsoldListingId, priceCents: highBidCents });
  });

  it("gives an imported result its source's name and address, and labels demo results as demo", async () => {
    const { results } = await listResults(filters({}));
    const imported = results.find((r) => r.origin === "imported")!;
    expect(imported).toMatchObject({
      sourceName: "Bonhams",
      sourceUrl: "https://www.bonhams.example/lot/412",
      currency: "GBP",
    });
    expect(resultOrigin(imported)).toBe("Public result from Bonhams");
    expect(resultOutcome(imported)).toBe("Sold for £6,500");
    const demo = results.find((r) => r.title === "Demo crane toy")!;
    expect(resultOrigin(demo)).toBe("demo (synthetic)");
    expect(demo.sourceUrl).toBeNull();

    const detail = await getResult(parseResultKey(imported.id)!);
    expect(detail).toMatchObject({ title: imported.title, sourceName: "Bonhams", photos: [] });
  });

  it("filters by category, segment and dates (the end date included)", async () => {
    const titles = async (raw: Record<string, string>) =>
      (await listResults(filters(raw))).results.map((r) => r.title);
    expect(await titles({ category: "classic_car" })).toEqual(["1969 Moskvitch 412 saloon, grade 2"]);
    expect(await titles({ category: "toy", model: "crane" })).toEqual(["Demo crane toy"]);
    expect(await titles({ category: "toy", model: "excavator" })).toEqual([]);
    expect(await titles({ from: "2025-03-10", to: "2025-03-10" })).toEqual([
      "1969 Moskvitch 412 saloon, grade 2",
    ]);
    expect(await titles({ to: "2024-12-31" })).toEqual(["Demo crane toy"]);
    expect(await titles({ q: "412 saloon" })).toEqual(["1969 Moskvitch 412 saloon, grade 2"]);
  });

  it("pages through many results in bounded pages, newest first, each once", async () => {
    const start = Date.parse("2023-01-01T00:00:00Z");
    await database()
      .db.insert(soldItems)
      .values(
        Array.from({ length: 25 }, (_, n) =>
          sale({ title: `Paging sale ${n}`, soldAt: new Date(start + Math.floor(n / 2) * 86_400_000) }),
        ),
      );
    const seen: string[] = [];
    let after: string | undefined;
    let pages = 0;
    do {
      const page = await listResults(filters({ q: "paging", ...(after ? { after } : {}) }), { pageSize: 10 });
      expect(page.results.length).toBeLessThanOrEqual(10);
      seen.push(...page.results.map((r) => r.title));
      after = page.nextCursor ?? undefined;
      pages++;
    } while (after && pages < 10);
    expect(pages).toBe(3);
    expect(new Set(seen).size).toBe(25);
    // Two sales share each instant, so the id breaks the tie: days never go up from one row to the next.
    const days = seen.map((title) => Math.floor(Number(title.replace("Paging sale ", "")) / 2));
    expect(days).toEqual([...days].sort((a, b) => b - a));
    // Never more than a page, whatever is asked.
    expect((await listResults(filters({}), { pageSize: 10_000 })).results.length).toBeLessThanOrEqual(100);
  });

  it("answers impossible filters beside their fields, and unknown results with nothing", async () => {
    const refused = (raw: Record<string, string>) => {
      const parsed = parseResultFilters(raw);
      return parsed.ok ? {} : parsed.fieldErrors;
    };
    expect(refused({ category: "boats" })).toHaveProperty("category");
    expect(refused({ from: "2026-02-30" })).toHaveProperty("from");
    expect(refused({ from: "2026-05-01", to: "2026-04-01" })).toHaveProperty("to");
    expect(refused({ category: "part", era: "late_soft_tires" })).toHaveProperty("era");
    expect(refused({ after: "not-a-cursor" })).toHaveProperty("after");
    expect(refused({ q: "a\u0000b", category: "toy" })).toEqual({});

    expect(parseResultKey("412")).toBeNull();
    expect(parseResultKey("auction-x")).toBeNull();
    expect(await getResult({ kind: "sold", id: randomUUID() })).toBeNull();
    // A listing with no unsold auction is no result.
    expect(await getResult({ kind: "unsold", listingId: unsoldListingId + 1000 })).toBeNull();
  });
});
