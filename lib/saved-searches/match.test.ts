import { describe, expect, it } from "vitest";
import { parseListingSearchParams } from "@/lib/listings/search-params";
import { describeSavedSearch, matchesFilters, type ListingForAlerts } from "./match";

const pedalCar: ListingForAlerts = {
  category: "pedal_car",
  model: null,
  era: "late_soft_tires",
  condition: "unused",
  askingPriceCents: 32_000,
  country: "US",
  shippingOptions: [
    { destination: "US", priceCents: 9_500 },
    { destination: "WORLD", priceCents: 24_000 },
  ],
  photoCount: 2,
  fits: [],
};

const windscreen: ListingForAlerts = {
  ...pedalCar,
  category: "part",
  era: null,
  condition: "new",
  askingPriceCents: 4_500,
  country: "EE",
  shippingOptions: [{ destination: "EE", priceCents: 900 }],
  fits: [{ fitsCategory: "pedal_car", fitsModel: "", fitsEra: "any" }],
};

const search = (query: Record<string, string>) => parseListingSearchParams(query);

describe("saved-search matching", () => {
  it("matches on category, era, condition, price range, country, ships-to and photos like the catalogue search", () => {
    expect(
      matchesFilters(
        pedalCar,
        search({ category: "pedal_car", era: "late_soft_tires", max: "400", ships_to: "GB", photos: "1" }),
      ),
    ).toBe(true);
    expect(matchesFilters(pedalCar, search({ category: "toy" }))).toBe(false);
    expect(matchesFilters(pedalCar, search({ category: "pedal_car", era: "early_aluminum_bumpers" }))).toBe(
      false,
    );
    expect(matchesFilters(pedalCar, search({ max: "300" }))).toBe(false);
    expect(matchesFilters(pedalCar, search({ min: "321" }))).toBe(false);
    expect(matchesFilters(pedalCar, search({ country: "EE" }))).toBe(false);
  });

  it("reads a part's era as what it fits, with 'any era' fitting every era", () => {
    expect(matchesFilters(windscreen, search({ category: "part", era: "early_aluminum_bumpers" }))).toBe(
      true,
    );
    expect(matchesFilters(windscreen, search({ category: "part", model: "412" }))).toBe(false);
    expect(matchesFilters(windscreen, search({ ships_to: "US" }))).toBe(false);
  });

  it("names a search in the collector's words", () => {
    expect(describeSavedSearch(search({ q: "police", category: "pedal_car", min: "100", max: "500" }))).toBe(
      "“police” · Pedal cars · $100 to $500",
    );
    expect(describeSavedSearch(search({ category: "pedal_car", era: "late_soft_tires" }))).toBe(
      "Pedal cars · Late, soft tires",
    );
    expect(describeSavedSearch(search({}))).toBe("Everything for sale");
  });
});
