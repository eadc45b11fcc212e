import { describe, expect, it } from "vitest";
import { countryCodeSchema, countryCodes, shippingDestinationSchema, toCountryCode } from "./countries";

describe("country codes", () => {
  it("holds the 249 ISO 3166-1 alpha-2 codes", () => {
    expect(countryCodes).toHaveLength(249);
    expect(new Set(countryCodes).size).toBe(249);
    expect(countryCodes).toEqual(expect.arrayContaining(["GB", "US", "EE", "RU", "UA", "DE"]));
  });

  it("reads any case and UK as GB, and refuses codes that name no country", () => {
    expect(countryCodeSchema.parse("gb")).toBe("GB");
    expect(countryCodeSchema.parse(" uk ")).toBe("GB");
    expect(countryCodeSchema.parse("UK")).toBe("GB");
    expect(countryCodeSchema.safeParse("ZZ").success).toBe(false);
    expect(countryCodeSchema.safeParse("XK").success).toBe(false);
    expect(countryCodeSchema.safeParse("").success).toBe(false);
    expect(countryCodeSchema.safeParse("Britain").success).toBe(false);
    expect(countryCodeSchema.safeParse(44).success).toBe(false);
    expect(toCountryCode("zz")).toBeNull();
  });

  it("keeps WORLD for a seller's worldwide shipping price, and nowhere else", () => {
    expect(shippingDestinationSchema.parse("world")).toBe("WORLD");
    expect(shippingDestinationSchema.parse("uk")).toBe("GB");
    expect(shippingDestinationSchema.safeParse("ZZ").success).toBe(false);
    expect(countryCodeSchema.safeParse("WORLD").success).toBe(false);
  });
});
