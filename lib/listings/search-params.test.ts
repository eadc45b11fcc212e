import { describe, expect, it } from "vitest";
import { browseSegmentFor, paramsFromBrowseSegment, parseListingSearchParams } from "./search-params";

describe("browse pages for searches without words", () => {
  it("gives plain browsing one canonical cached page, whatever the order of the query", () => {
    const a = browseSegmentFor({ era: "plastic_bumpers", category: "pedal_car", sort: "best_deal" });
    const b = browseSegmentFor({ sort: "best_deal", category: "pedal_car", era: "plastic_bumpers" });
    expect(a).not.toBeNull();
    expect(a).toBe(b);
    expect(paramsFromBrowseSegment(a!)).toEqual(
      parseListingSearchParams({ category: "pedal_car", era: "plastic_bumpers", sort: "best_deal" }),
    );
    expect(browseSegmentFor({})).toBe("all");
    expect(paramsFromBrowseSegment("all")).toEqual(parseListingSearchParams({}));
  });

  it("leaves words, price ranges, cursors and unknown fields to the on-demand page", () => {
    expect(browseSegmentFor({ q: "aleko" })).toBeNull();
    expect(browseSegmentFor({ category: "part", max: "50" })).toBeNull();
    expect(browseSegmentFor({ after: "abc" })).toBeNull();
    expect(browseSegmentFor({ category: "toy", utm_source: "forum" })).toBeNull();
  });

  it("drops bad values, so a mistyped link shares the wider page", () => {
    expect(browseSegmentFor({ category: "pedal_car", era: "steam_age" })).toBe(
      browseSegmentFor({ category: "pedal_car" }),
    );
  });

  it("never lets a crafted segment smuggle in words or break the page", () => {
    expect(paramsFromBrowseSegment(encodeURIComponent("q=aleko&category=toy"))).toMatchObject({
      q: undefined,
      category: "toy",
    });
    expect(paramsFromBrowseSegment("%E0%A4%A")).toEqual(parseListingSearchParams({}));
  });
});

describe("year, restored and sale-format filters", () => {
  it("reads a year range in either order, and drops years no Moskvitch could carry", () => {
    expect(parseListingSearchParams({ year_from: "1991", year_to: "1978" })).toMatchObject({
      year_from: 1978,
      year_to: 1991,
    });
    expect(parseListingSearchParams({ year_from: "19", year_to: "3000" })).toMatchObject({
      year_from: undefined,
      year_to: undefined,
    });
  });

  it("keeps restored-or-original for pedal cars only, and the year range off for parts", () => {
    expect(parseListingSearchParams({ category: "pedal_car", restored: "yes" }).restored).toBe("yes");
    expect(parseListingSearchParams({ category: "toy", restored: "yes" }).restored).toBeUndefined();
    expect(parseListingSearchParams({ category: "part", year_from: "1980" }).year_from).toBeUndefined();
    expect(parseListingSearchParams({ format: "lottery" }).format).toBeUndefined();
  });

  it("caches the closed lists (format, restored) as browse pages, and leaves typed years on demand", () => {
    expect(browseSegmentFor({ category: "pedal_car", restored: "no", format: "auction" })).not.toBeNull();
    expect(browseSegmentFor({ year_from: "1980" })).toBeNull();
  });
});
