import { sql } from "drizzle-orm";
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { selectRows } from "@/db/transaction";
import { runJob } from "@/lib/jobs/catalogue";
import { isPromotedPage, popularPageRules, promotedPages, recordPageAsked } from "@/lib/kernel/popular-pages";
import { popularSearchHref } from "@/lib/listings/search-params";
import { popularValueHref } from "@/lib/valuation/value-form";
import { proxy } from "@/proxy";
import { refreshListingCaches } from "@/lib/kernel/cache";
import { searchPopularListingsCached } from "@/lib/listings/search";
import { parseListingSearchParams } from "@/lib/listings/search-params";
import { withNextDataCache } from "../support/next-data-cache";
import { withTestDatabase } from "../support/test-database";
import { createUser } from "./checkout-fixtures";
import { addListing, toy } from "./search-seed";

// A search with words (or a valuation question) has no cached page until it is popular: three askings since the last
// halving promote it (proxy.ts then serves its cached page), at most `promotedLimit` at once, and the
// scheduled job ends old promotions and forgets searches nobody asks.

const database = withTestDatabase();
withNextDataCache();
const cachedRoute = /\/(listings\/popular|value\/answer)\//;
const rewriteOf = async (path: string) =>
  (await proxy(new NextRequest(`http://market.test${path}`))).headers.get("x-middleware-rewrite");
const statusOf = async (path: string) => (await proxy(new NextRequest(`http://market.test${path}`))).status;
const rowsOf = () =>
  selectRows<{ page: string; hits: number; promoted: boolean }>(
    database().db,
    sql`select page, hits, promoted_at is not null as promoted from popular_pages order by page`,
  );

describe("a popular search's cached results", () => {
  it("come from the cache until a listing changes, as browsing's do", async () => {
    const seller = await createUser(database(), { country: "US" });
    const params = parseListingSearchParams({ q: "excavator", max: "900" });
    await addListing(database().db, toy("AZLK excavator, boxed", "400"), { sellerId: seller.id });
    expect((await searchPopularListingsCached(params)).listings).toHaveLength(1);

    // Written straight into the table, no word to the cache: the cached answer stands.
    const added = await addListing(database().db, toy("AZLK excavator, no box", "300"), {
      sellerId: seller.id,
    });
    expect((await searchPopularListingsCached(params)).listings).toHaveLength(1);

    // A listing's change (what every listing write calls) expires it.
    await refreshListingCaches({ listingIds: [added] });
    expect((await searchPopularListingsCached(params)).listings).toHaveLength(2);
  });
});

describe("popular pages", () => {
  it("serves a word search from its cached page once it has been asked three times", async () => {
    const page = popularSearchHref({ q: "aleko", category: "pedal_car" })!;
    expect(page).toBe("/listings?q=aleko&category=pedal_car");
    const query = page.split("?")[1]!;

    expect(await recordPageAsked(page)).toBe(false);
    expect(await recordPageAsked(page)).toBe(false);
    expect(await rewriteOf("/listings?category=pedal_car&q=aleko")).not.toMatch(cachedRoute);
    // Not promoted: the page cannot be asked for directly either, so nobody can fill the cache.
    expect(await statusOf(`/listings/popular/${encodeURIComponent(query)}`)).toBe(404);

    expect(await recordPageAsked(page)).toBe(true);
    // Either order of the fields names the one page.
    for (const path of ["/listings?q=aleko&category=pedal_car", "/listings?category=pedal_car&q=aleko"])
      expect(await rewriteOf(path)).toMatch(/\/listings\/popular\/q%3Daleko%26category%3Dpedal_car$/);
    expect(await statusOf(`/listings/popular/${encodeURIComponent(query)}`)).toBe(200);
    // English pages live under /en inside; a Russian visitor's search is the same cached search.
    expect(await rewriteOf(`/listings/popular/${encodeURIComponent(query)}`)).toBe(
      `http://market.test/en/listings/popular/${encodeURIComponent(query)}`,
    );
    expect(await rewriteOf("/ru/listings?q=aleko&category=pedal_car")).toBe(
      `http://market.test/ru/listings/popular/${encodeURIComponent(query)}`,
    );
    // Another spelling of the segment, or page two, is not that page.
    expect(await statusOf(`/listings/popular/${encodeURIComponent("category=pedal_car&q=aleko")}`)).toBe(404);
    expect(await statusOf("/listings/popular/%E0%A4%A")).toBe(404);
    expect(await rewriteOf(`/listings?q=aleko&category=pedal_car&after=abc`)).not.toMatch(cachedRoute);
  });

  it("serves a valuation question from its cached answer page once it has been asked three times", async () => {
    const question =
      "category=pedal_car&era=late_soft_tires&plate=azlk_1993&condition=unused&restored=no&windscreen=intact&steeringWheel=intact&customVersion=none&price=350&country=US";
    const page = popularValueHref(Object.fromEntries(new URLSearchParams(question)))!;
    // One name for every spelling: fields in name order, the older names read as today's.
    expect(page).toBe(
      "/value?category=pedal_car&condition=unused&country=US&customVersion=none&era=late_soft_tires&lightsWorking=no&plate=azlk_1993&price=350&restored=no&steeringWheel=intact&windscreen=intact",
    );
    expect(
      popularValueHref(
        Object.fromEntries(new URLSearchParams(question.replace("steeringWheel", "steering_wheel"))),
      ),
    ).toBe(page);
    // Incomplete, wrong or prefilled from a listing: never counted.
    expect(popularValueHref({})).toBeNull();
    expect(popularValueHref({ category: "pedal_car", era: "made_up" })).toBeNull();
    expect(
      popularValueHref({ ...Object.fromEntries(new URLSearchParams(question)), price: "-5" }),
    ).toBeNull();
    expect(popularValueHref({ listing: "42" })).toBeNull();

    for (let i = 0; i < 2; i++) await recordPageAsked(page);
    expect(await rewriteOf(`/value?${question}`)).not.toMatch(cachedRoute);
    const answerPath = `/value/answer/${encodeURIComponent(page.slice("/value?".length))}`;
    expect(await statusOf(answerPath)).toBe(404);
    await recordPageAsked(page);
    expect(await rewriteOf(`/value?${question}`)).toMatch(
      new RegExp(`${answerPath.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`),
    );
    expect(await statusOf(answerPath)).toBe(200);
    // A repeated field is not that question; nor is another spelling of the path.
    expect(await rewriteOf(`/value?${question}&price=400`)).not.toMatch(cachedRoute);
    expect(await statusOf(`/value/answer/${encodeURIComponent(question)}`)).toBe(404);
  });

  it("never counts browsing, page two or unknown fields, and never promotes past the limit", async () => {
    expect(popularSearchHref({ category: "toy" })).toBeNull();
    expect(popularSearchHref({ q: "crane", after: "eyJ4IjoxfQ" })).toBeNull();
    expect(popularSearchHref({ q: "crane", utm_source: "mail" })).toBeNull();
    expect(popularSearchHref({ country: "EE", category: "part" })).toBe("/listings?category=part&country=EE");

    const room = popularPageRules.promotedLimit - (await promotedPages()).length;
    await database().db.execute(
      sql`insert into popular_pages (page, hits, promoted_at)
          select '/listings?q=filler' || g, 3, now() from generate_series(1, ${room}) g`,
    );
    const late = popularSearchHref({ q: "excavator" })!;
    for (let i = 0; i < 5; i++) expect(await recordPageAsked(late)).toBe(false);
    expect(await isPromotedPage(late)).toBe(false);
    expect((await rowsOf()).find((row) => row.page === late)).toMatchObject({ hits: 5, promoted: false });
    await database().db.execute(sql`delete from popular_pages where page like '/listings?q=filler%'`);
  });

  it("the scheduled job ends promotions after an hour, halves counts and forgets the unasked", async () => {
    await database().db.execute(sql`delete from popular_pages`);
    const t0 = new Date("2026-12-01T10:00:00Z");
    const popular = popularSearchHref({ q: "windscreen" })!;
    const once = popularSearchHref({ q: "bumper", max: "50" })!;
    for (let i = 0; i < 3; i++) await recordPageAsked(popular, { now: t0 });
    for (let i = 0; i < 2; i++) await recordPageAsked("/listings?q=tire", { now: t0 });
    await recordPageAsked(once, { now: t0 });

    // Ten minutes on: the promotion stands, "tire" keeps half its count, the one-off is forgotten.
    const tenMinutes = await runJob("refresh-popular-pages", { now: new Date(t0.getTime() + 600_000) });
    expect(tenMinutes).toEqual({ demoted: 0, dropped: 1 });
    expect(await rowsOf()).toEqual([
      { page: "/listings?q=tire", hits: 1, promoted: false },
      { page: popular, hits: 3, promoted: true },
    ]);

    // An hour and more after its promotion the search is counted afresh.
    const later = await runJob("refresh-popular-pages", { now: new Date(t0.getTime() + 3_700_000) });
    expect(later).toEqual({ demoted: 1, dropped: 2 });
    expect(await promotedPages()).toEqual([]);
    expect(await rowsOf()).toEqual([]);
  });
});
