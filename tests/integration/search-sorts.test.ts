import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { listings } from "@/db/schema";
import { searchListings, type ListingSearchResult } from "@/lib/listings/search";
import {
  encodeCursor,
  listingSorts,
  parseListingSearchParams,
  type ListingSearchParams,
  type ListingSort,
} from "@/lib/listings/search-params";
import type { ListingCard } from "@/lib/listings/queries";
import { createTestUser } from "../fixtures/listings";
import { withTestDatabase } from "../support/test-database";
import { addListing, liveIds, part, pedalCar } from "./search-seed";

// Every sort, "best deal" included, and the keyset pages: ties on the sort key must neither repeat
// nor skip a listing. Bad parameters fall back to a plain search instead of failing.

const database = withTestDatabase();
const valued = new Map<number, number>();
const notValued: number[] = [];
let euroListing = 0;
let auctionListing = 0;

beforeAll(async () => {
  const db = database().db;
  const { id: sellerId } = await createTestUser(database());
  // Prices and publish times repeat on purpose; so do deal ratios (350/500 and 700/1000 are both 700‰).
  const rows: { price: number; age: number; fair: number | null; kind: "car" | "part" }[] = [
    { price: 350, age: 5, fair: 500, kind: "car" },
    { price: 700, age: 5, fair: 1000, kind: "car" },
    { price: 100, age: 5, fair: 100, kind: "part" },
    { price: 100, age: 8, fair: 200, kind: "part" },
    { price: 100, age: 8, fair: null, kind: "part" },
    { price: 100, age: 8, fair: 90, kind: "car" },
    { price: 240, age: 12, fair: 300, kind: "car" },
    { price: 45, age: 12, fair: null, kind: "part" },
    { price: 45, age: 15, fair: 60, kind: "part" },
    { price: 900, age: 15, fair: 600, kind: "car" },
    { price: 1200, age: 20, fair: 1500, kind: "car" },
    { price: 60, age: 25, fair: 75, kind: "part" },
    { price: 60, age: 25, fair: 75, kind: "part" },
    { price: 380, age: 30, fair: 400, kind: "car" },
  ];
  for (const [i, row] of rows.entries()) {
    const title = row.kind === "car" ? `AZLK pedal car number ${i}` : `Pedal car windscreen number ${i}`;
    const input = row.kind === "car" ? pedalCar(title, String(row.price)) : part(title, String(row.price));
    const id = await addListing(db, input, {
      sellerId,
      ageMinutes: row.age,
      fairValueCents: row.fair === null ? null : row.fair * 100,
    });
    if (row.fair === null) notValued.push(id);
    else valued.set(id, row.fair * 100);
  }
  // A price in euros cannot be set against a fair value in dollars.
  euroListing = await addListing(db, pedalCar("AZLK pedal car priced in euros", "100", { currency: "EUR" }), {
    sellerId,
    ageMinutes: 3,
    fairValueCents: 50000,
  });
  // An auction's asking price is its opening bid, which says nothing about the price it will reach.
  auctionListing = await addListing(db, pedalCar("AZLK pedal car at auction from $1", "1"), {
    sellerId,
    ageMinutes: 4,
    fairValueCents: 40000,
  });
  await db.update(listings).set({ saleFormat: "auction" }).where(eq(listings.id, auctionListing));
});

function params(query: Record<string, string>): ListingSearchParams {
  return parseListingSearchParams(query);
}

async function everything(query: Record<string, string>): Promise<ListingCard[]> {
  return (await searchListings(params(query), { pageSize: 100 })).listings;
}

/** Follows "Next page" to the end and returns every page. */
async function walk(query: Record<string, string>, pageSize: number): Promise<ListingSearchResult[]> {
  const pages: ListingSearchResult[] = [];
  let after: string | undefined;
  do {
    const page = await searchListings(params({ ...query, ...(after ? { after } : {}) }), { pageSize });
    pages.push(page);
    after = page.nextCursor ?? undefined;
  } while (after && pages.length < 50);
  return pages;
}

const permille = (card: ListingCard) => Math.trunc((card.askingPriceCents * 1000) / card.fairValueCents!);

describe("sorts", () => {
  it("newest first, ties broken by the later listing", async () => {
    const cards = await everything({ sort: "newest" });
    const keys = cards.map((c) => [Date.parse(c.publishedAt!), c.id] as const);
    expect(keys).toEqual([...keys].sort((a, b) => b[0] - a[0] || b[1] - a[1]));
    expect(cards).toHaveLength(16);
  });

  it("price low to high and high to low", async () => {
    const up = (await everything({ sort: "price_asc" })).map((c) => [c.askingPriceCents, c.id] as const);
    expect(up).toEqual([...up].sort((a, b) => a[0] - b[0] || a[1] - b[1]));
    const down = (await everything({ sort: "price_desc" })).map((c) => [c.askingPriceCents, c.id] as const);
    expect(down).toEqual([...down].sort((a, b) => b[0] - a[0] || b[1] - a[1]));
  });

  it("best deal: furthest under fair value first, leaving out unvalued, non-dollar and auction listings", async () => {
    const result = await searchListings(params({ sort: "best_deal" }), { pageSize: 100 });
    const ids = result.listings.map((c) => c.id);
    expect(ids.sort()).toEqual([...valued.keys()].sort());
    expect(ids).not.toContain(euroListing);
    expect(ids).not.toContain(auctionListing);
    for (const id of notValued) expect(ids).not.toContain(id);
    const keys = result.listings.map((c) => [permille(c), c.id] as const);
    expect(keys).toEqual([...keys].sort((a, b) => a[0] - b[0] || a[1] - b[1]));
    expect(permille(result.listings[0]!)).toBe(500); // $100 asked for a $200 part
    expect(result.total.count).toBe(valued.size);
  });

  it("best deal combines with filters", async () => {
    const parts = await everything({ sort: "best_deal", category: "part", max: "60" });
    expect(parts.map((c) => c.askingPriceCents / 100)).toEqual([45, 60, 60]);
  });

  it("relevance needs words: without them it falls back to newest", async () => {
    const withoutWords = await everything({ sort: "relevance" });
    expect(withoutWords.map((c) => c.id)).toEqual((await everything({ sort: "newest" })).map((c) => c.id));
    const ranked = await everything({ q: "windscreen" });
    expect(ranked.every((c) => c.category === "part")).toBe(true);
  });
});

describe("keyset pages", () => {
  const sorts: { sort: ListingSort; q?: string }[] = listingSorts.map((sort) =>
    sort === "relevance" ? { sort, q: "pedal car" } : { sort },
  );

  it.each(sorts)("visit every listing exactly once, sorted by $sort", async ({ sort, q }) => {
    const query = { sort, ...(q ? { q } : {}) };
    const expected = (await everything(query)).map((c) => c.id);
    const pages = await walk(query, 4);
    const seen = pages.flatMap((p) => p.listings.map((c) => c.id));
    expect(seen).toEqual(expected);
    expect(new Set(seen).size).toBe(seen.length);
    expect(pages.at(-1)!.nextCursor).toBeNull();
    expect(pages.every((p) => p.total.count === expected.length)).toBe(true);
  });

  it("covers the whole live catalogue when nothing narrows it", async () => {
    const seen = (await walk({ sort: "price_asc" }, 3)).flatMap((p) => p.listings.map((c) => c.id));
    expect(seen.sort((a, b) => a - b)).toEqual(await liveIds(database().db));
  });
});

describe("bad parameters fall back instead of failing", () => {
  it("drops each value it cannot use", () => {
    const parsed = parseListingSearchParams({
      q: "   ",
      category: "spaceship",
      model: "zaporozhets",
      era: "victorian",
      condition: "mint-ish",
      min: "-5",
      max: "cheap",
      country: "USA",
      ships_to: "1",
      photos: "yes",
      sort: "random",
      after: "not a cursor!",
    });
    expect(Object.values(parsed).filter((v) => v !== undefined)).toEqual([]);
  });

  it("reads the first of repeated values and keeps what is good", () => {
    const parsed = parseListingSearchParams({
      category: ["part", "toy"],
      min: "$1,000",
      max: "2000",
      ships_to: "gb",
      photos: "1",
    });
    expect(parsed).toMatchObject({ category: "part", min: 1000, max: 2000, ships_to: "GB", photos: true });
  });

  it("drops a model or era the chosen category does not have", () => {
    expect(
      parseListingSearchParams({ category: "pedal_car", model: "412", era: "plastic_bumpers" }),
    ).toMatchObject({ model: undefined, era: "plastic_bumpers" });
    expect(
      parseListingSearchParams({ category: "classic_car", model: "412", era: "plastic_bumpers" }),
    ).toMatchObject({ model: "412", era: undefined });
  });

  it("starts at page one for a damaged cursor, one made for another sort, or one out of range", async () => {
    const firstPage = (await searchListings(params({ sort: "price_asc" }), { pageSize: 4 })).listings.map(
      (c) => c.id,
    );
    const cursors = [
      "garbage",
      Buffer.from("[1,2,3]").toString("base64url"),
      encodeCursor({ sort: "newest", key: "2026-01-01T00:00:00Z", id: 5 }),
      Buffer.from(JSON.stringify(["price_asc", "99999999999", 1])).toString("base64url"),
      Buffer.from(JSON.stringify(["price_asc", "100", 99999999999])).toString("base64url"),
      Buffer.from(JSON.stringify(["price_asc", "1; drop table listings", 1])).toString("base64url"),
    ];
    for (const after of cursors) {
      const page = await searchListings(params({ sort: "price_asc", after }), { pageSize: 4 });
      expect(page.listings.map((c) => c.id)).toEqual(firstPage);
    }
    const bestDeal = await searchListings(
      params({
        sort: "best_deal",
        after: Buffer.from(JSON.stringify(["best_deal", "x", 1])).toString("base64url"),
      }),
      { pageSize: 4 },
    );
    expect(bestDeal.listings).toHaveLength(4);
  });
});
