import { beforeAll, describe, expect, it } from "vitest";
import { parsePartsFinderParams } from "@/lib/listings/parts-finder";
import { searchListings } from "@/lib/listings/search";
import { paramsFromBrowseSegment, parseListingSearchParams } from "@/lib/listings/search-params";
import { createTestUser } from "../fixtures/listings";
import { hostileSearches, hostileSegments, hostileValues } from "../fixtures/hostile-inputs";
import { withTestDatabase } from "../support/test-database";
import { addListing, part, pedalCar } from "./search-seed";

// What the search pages do with a URL, all the way to the database: no hostile value, cursor or
// segment may reach it in a form it refuses (that was a 500 for NUL and for a 30th of February).

const database = withTestDatabase();

beforeAll(async () => {
  const { id: sellerId } = await createTestUser(database());
  await addListing(database().db, pedalCar("AZLK pedal car, late soft tires", "350"), { sellerId });
  await addListing(database().db, part("Windscreen for a pedal car", "45"), { sellerId });
});

describe("searching with hostile input", () => {
  it("answers every hostile search parameter and cursor with results, not a database error", async () => {
    const failures: string[] = [];
    // One of each kind of field: words, a closed list, a number, a country, a flag, the sort and the cursor.
    for (const raw of hostileSearches(["q", "category", "min", "country", "photos", "sort"])) {
      await searchListings(parseListingSearchParams(raw), { pageSize: 2 }).catch((error: Error) =>
        failures.push(`${JSON.stringify(raw).slice(0, 80)}: ${error.message}`),
      );
    }
    expect(failures).toEqual([]);
  });

  it("answers every hostile browse segment and parts-finder value the same way", async () => {
    const failures: string[] = [];
    for (const segment of hostileSegments) {
      await searchListings(paramsFromBrowseSegment(segment)).catch((error: Error) =>
        failures.push(`${segment.slice(0, 40)}: ${error.message}`),
      );
    }
    for (const value of hostileValues) {
      const query = parsePartsFinderParams({ for: "pedal_car", year: value, after: value });
      if (query.status === "ok")
        await searchListings(query.params, query.options).catch((error: Error) =>
          failures.push(`parts ${value.slice(0, 40)}: ${error.message}`),
        );
    }
    expect(failures).toEqual([]);
  });
});
