import { describe, expect, it } from "vitest";
import {
  auctionTermsOf,
  changedAuctionTerms,
  checkFrozenTermsEdit,
  descriptionAddition,
  type ProposedAuctionEdit,
} from "./frozen-terms";

const listing = {
  category: "pedal_car",
  title: "AZLK pedal car, soft tires, 1993 plate",
  attributes: {
    category: "pedal_car",
    era: "late_soft_tires",
    plate: "azlk_1993",
    condition: "excellent",
    restored: true,
    year: 1989,
  },
  country: "US",
  city: "Jersey City",
  saleFormat: "auction",
  currency: "USD",
  shippingOptions: [
    { destination: "WORLD", priceCents: 24_000 },
    { destination: "US", priceCents: 5_000 },
  ],
  description: "Restored in the original red.",
};
const auction = {
  startPriceCents: 10_000,
  reservePriceCents: 30_000,
  lengthDays: 3,
  originalEndsAt: new Date("2026-12-04T12:00:00Z"),
};
const frozen = auctionTermsOf(listing, auction);
const same: ProposedAuctionEdit = { ...listing, startPriceCents: 10_000, reservePriceCents: 30_000 };

describe("frozen auction terms", () => {
  it("accepts the same terms back from the form, in any shipping order, with empty fields left out", () => {
    const roundTrip = {
      ...same,
      shippingOptions: [...listing.shippingOptions].reverse(),
      attributes: { ...listing.attributes, lightsWorking: undefined, restoredBy: "" },
    };
    expect(checkFrozenTermsEdit(frozen, roundTrip)).toEqual({ ok: true, descriptionAddition: null });
    expect(checkFrozenTermsEdit(frozen, { ...same, auctionLength: "3" })).toEqual({
      ok: true,
      descriptionAddition: null,
    });
  });

  it("names each refused field", () => {
    const result = checkFrozenTermsEdit(frozen, {
      ...same,
      currency: "GBP",
      shippingOptions: [{ destination: "US", priceCents: 90_000 }],
      startPriceCents: 9_000,
      reservePriceCents: 25_000,
      title: "Another car",
      attributes: { ...listing.attributes, era: "plastic_bumpers", condition: "good" },
      auctionLength: "10",
      country: "GB",
    });
    expect(result.ok).toBe(false);
    expect(Object.keys(result.ok ? {} : result.fieldErrors).sort()).toEqual([
      "auctionLength",
      "condition",
      "country",
      "currency",
      "era",
      "price",
      "reservePrice",
      "shipping",
      "title",
    ]);
  });

  it("refuses a new chosen end but accepts the form's minute-rounded copy of the old one", () => {
    const custom = auctionTermsOf(listing, { ...auction, lengthDays: null });
    expect(
      checkFrozenTermsEdit(custom, {
        ...same,
        auctionLength: "custom",
        auctionEndsAt: "2026-12-04T12:00:00.000Z",
      }).ok,
    ).toBe(true);
    expect(
      checkFrozenTermsEdit(custom, {
        ...same,
        auctionLength: "custom",
        auctionEndsAt: "2026-12-05T12:00:00.000Z",
      }),
    ).toMatchObject({ ok: false, fieldErrors: { auctionEndsAt: expect.any(String) } });
    expect(checkFrozenTermsEdit(custom, { ...same, auctionLength: "7" })).toMatchObject({
      ok: false,
      fieldErrors: { auctionLength: expect.any(String) },
    });
  });

  it("takes an addition after the original description, and refuses a rewrite", () => {
    expect(descriptionAddition("Red.\nNew tires.", "Red.\r\nNew tires.\r\n\r\nHorn works.")).toBe(
      "Horn works.",
    );
    expect(descriptionAddition("Red.", " Red. ")).toBe("");
    expect(descriptionAddition("Red.", "Blue.")).toBe(false);
    expect(
      checkFrozenTermsEdit(frozen, { ...same, description: `${listing.description} Horn works.` }),
    ).toEqual({ ok: true, descriptionAddition: "Horn works." });
    expect(checkFrozenTermsEdit(frozen, { ...same, description: "Blue now." })).toMatchObject({
      ok: false,
      fieldErrors: { description: expect.stringContaining("add to it") },
    });
  });

  it("lists what moved between two readings, attribute by attribute, and nothing for an extension by a late bid", () => {
    expect(changedAuctionTerms(frozen, auctionTermsOf(listing, auction))).toEqual([]);
    const moved = auctionTermsOf(
      { ...listing, currency: "GBP", attributes: { ...listing.attributes, year: 1990 } },
      { ...auction, reservePriceCents: null },
    );
    expect(changedAuctionTerms(frozen, moved)).toEqual(["attributes.year", "currency", "reservePriceCents"]);
  });
});
