import { describe, expect, it } from "vitest";
import {
  hostileCursors,
  hostileSearches,
  hostileSegments,
  hostileValues,
} from "@/tests/fixtures/hostile-inputs";
import { parsePartsFinderParams } from "./parts-finder";
import {
  browseSegmentFor,
  decodeCursor,
  listingSorts,
  paramsFromBrowseSegment,
  parseListingSearchParams,
  searchParamNames,
} from "./search-params";

// Control characters are what PostgreSQL refuses in text (NUL) or what ends up in logs and headers.
const controlCharacter = /[\p{Cc}]/u;

function textValues(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (value && typeof value === "object") return Object.values(value).flatMap(textValues);
  return [];
}

describe("search parsers under hostile input", () => {
  it.each(hostileSearches(searchParamNames))(
    "parseListingSearchParams(%o) keeps no control character and never throws",
    (raw) => {
      const params = parseListingSearchParams(raw);
      for (const text of textValues(params)) expect(text).not.toMatch(controlCharacter);
      expect(() => browseSegmentFor(raw)).not.toThrow();
    },
  );

  it("turns NUL in the words into a space rather than an error", () => {
    expect(parseListingSearchParams({ q: "a\u0000b" }).q).toBe("a b");
  });

  it.each(hostileCursors)("decodeCursor(%s) is null or a cursor the database can read", (cursor) => {
    for (const sort of listingSorts) {
      const decoded = decodeCursor(cursor, sort);
      if (decoded === null) continue;
      expect(decoded.id).toBeLessThanOrEqual(2_147_483_647);
      if (sort === "newest")
        expect(new Date(decoded.key).toISOString().slice(0, 19)).toBe(decoded.key.slice(0, 19));
    }
  });

  it("refuses a cursor on a day that does not exist", () => {
    const cursor = (key: string) => Buffer.from(JSON.stringify(["newest", key, 1])).toString("base64url");
    expect(decodeCursor(cursor("2026-02-30T00:00:00Z"), "newest")).toBeNull();
    expect(decodeCursor(cursor("2026-02-28T23:59:59.5Z"), "newest")).toEqual({
      sort: "newest",
      key: "2026-02-28T23:59:59.5Z",
      id: 1,
    });
  });

  it.each(hostileSegments)(
    "paramsFromBrowseSegment(%s) gives a search without words or control characters",
    (segment) => {
      const params = paramsFromBrowseSegment(segment);
      expect(params.q).toBeUndefined();
      for (const text of textValues(params)) expect(text).not.toMatch(controlCharacter);
    },
  );

  it.each(hostileValues)(
    "the parts finder reads %j without throwing or keeping control characters",
    (value) => {
      for (const name of ["for", "year", "era", "model", "part_type", "sort", "after"]) {
        const query = parsePartsFinderParams({ [name]: value, for: name === "for" ? value : "pedal_car" });
        for (const text of textValues(query)) expect(text).not.toMatch(controlCharacter);
      }
    },
  );
});
