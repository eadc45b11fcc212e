import { describe, expect, it } from "vitest";
import { canonicalSearchHref, parseListingSearchParams } from "./search-params";

const canonical = (raw: Record<string, string>) => canonicalSearchHref(parseListingSearchParams(raw));

describe("the canonical address of a search", () => {
  it("names the same search written in any order by one address, its fields in alphabetical order", () => {
    const a = canonical({ q: "moskvitch 412", category: "classic_car", model: "412", min: "100" });
    const b = canonical({ min: "100", model: "412", category: "classic_car", q: "moskvitch 412" });
    expect(a).toBe("/listings?category=classic_car&min=100&model=412&q=moskvitch+412");
    expect(b).toBe(a);
  });

  it("drops the sort and the page cursor: the same results in another order or further on", () => {
    expect(canonical({ category: "toy", sort: "price_asc", after: "eyJhIjoxfQ" })).toBe(
      "/listings?category=toy",
    );
  });

  it("drops empty and invalid fields, and writes the photos flag as 1", () => {
    expect(canonical({ q: "  ", category: "", era: "steam_age", photos: "1", country: "de" })).toBe(
      "/listings?country=DE&photos=1",
    );
  });

  it("is the plain catalogue address when nothing is left", () => {
    expect(canonical({ sort: "newest" })).toBe("/listings");
  });
});
