import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { selectRows } from "@/db/transaction";
import { runJob } from "@/lib/jobs/catalogue";
import { searchListings } from "@/lib/listings/search";
import { parseListingSearchParams } from "@/lib/listings/search-params";
import { createTestUser } from "../fixtures/listings";
import { withTestDatabase } from "../support/test-database";
import { addListing, pedalCar, toy } from "./search-seed";

// "Did you mean" reads the words of the catalogue from search_vocabulary, which the scheduled job
// fills; a search never gathers them itself (that reads every live listing). So a listing's new word
// is mendable once the job has run, and not before.

const database = withTestDatabase();
let sellerId: string;

const search = (query: string) =>
  searchListings(parseListingSearchParams(Object.fromEntries(new URLSearchParams(query))));

beforeAll(async () => {
  sellerId = (await createTestUser(database())).id;
  await addListing(database().db, pedalCar("AZLK Moskvitch pedal car, late soft tires", "350"), { sellerId });
  await runJob("refresh-search-vocabulary");
});

describe("the search vocabulary", () => {
  it("holds the title and alias words of live listings, without numbers, with how many listings use each", async () => {
    const words = await selectRows<{ word: string; listings: number }>(
      database().db,
      sql`select word, listings from search_vocabulary order by word`,
    );
    expect(words).toEqual(expect.arrayContaining([{ word: "pedal", listings: 1 }]));
    expect(words.map((w) => w.word)).toContain("москвич");
    expect(words.some((w) => /^\d+$/.test(w.word))).toBe(false);
  });

  it("makes a new listing's word mendable after the job runs, and not before", async () => {
    const dumpTruck = await addListing(database().db, toy("Kremlin souvenir dump truck", "300"), {
      sellerId,
    });
    // The listing is found by its own words at once; only the typo waits for the vocabulary.
    expect((await search("q=souvenir")).listings.map((l) => l.id)).toEqual([dumpTruck]);
    const before = await search("q=souvenjr");
    expect(before.mendedQuery).toBeNull();
    expect(before.listings).toEqual([]);

    expect(await runJob("refresh-search-vocabulary")).toMatchObject({ words: expect.any(Number) });

    const after = await search("q=souvenjr");
    expect(after.mendedQuery).toBe("souvenir");
    expect(after.listings.map((l) => l.id)).toEqual([dumpTruck]);
  });

  it("forgets the words of listings no longer live at the next run", async () => {
    await database().db.execute(sql`update listings set status = 'withdrawn' where title like 'Kremlin%'`);
    await runJob("refresh-search-vocabulary");
    expect((await search("q=souvenjr")).mendedQuery).toBeNull();
    // Running it again changes nothing.
    const words = await selectRows<{ n: number }>(
      database().db,
      sql`select count(*)::int as n from search_vocabulary`,
    );
    await runJob("refresh-search-vocabulary");
    expect(
      await selectRows<{ n: number }>(database().db, sql`select count(*)::int as n from search_vocabulary`),
    ).toEqual(words);
  });
});
