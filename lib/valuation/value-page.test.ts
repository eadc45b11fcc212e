import { describe, expect, it } from "vitest";
import { estimateValue } from "./engine/estimate";
import { listingIdFromReference } from "./listing-reference";
import { now, referenceCar } from "./engine/test-fixtures";
import { parseValueForm, valuePageHref, valuesFromItem, type ValueFormValues } from "./value-form";

const hosts = ["market.example", "127.0.0.1:3304"];

describe("pasting a listing link into /value", () => {
  it.each([
    ["https://market.example/listings/123", 123],
    ["http://127.0.0.1:3304/listings/7?from=search#photos", 7],
    ["market.example/listings/42/", 42],
    ["/listings/15", 15],
    ["  31 ", 31],
  ])("reads %s as listing %i", (reference, id) => {
    expect(listingIdFromReference(reference, hosts)).toEqual({ ok: true, listingId: id });
  });

  it.each([
    ["https://elsewhere.example/listings/123", "other_site"],
    ["https://market.example/sell/123", "not_a_listing_link"],
    ["/listings/", "not_a_listing_link"],
    ["/listings/abc", "not_a_listing_link"],
    ["javascript:alert(1)", "not_a_listing_link"],
    ["ftp://market.example/listings/3", "not_a_listing_link"],
    ["0", "not_a_listing_link"],
    ["99999999999", "not_a_listing_link"],
    ["", "not_a_listing_link"],
  ])("refuses %s (%s)", (reference, reason) => {
    expect(listingIdFromReference(reference, hosts)).toEqual({ ok: false, reason });
  });
});

const reference: ValueFormValues = { ...valuesFromItem(referenceCar), country: "US" };

describe("the /value form's edge cases", () => {
  it("asks nothing of an empty form", () => {
    expect(parseValueForm({}).status).toBe("empty");
  });

  it("values an item without a price, and gives no verdict", () => {
    const form = parseValueForm(reference);
    expect(form.status).toBe("ok");
    if (form.status !== "ok") return;
    expect(form.request.priceCents).toBe(undefined);
    expect(estimateValue({ ...form.request, currency: "USD", now }).verdict).toBe(null);
  });

  it("takes a price of 0 as a price (a gift is a great deal), not as no price", () => {
    const form = parseValueForm({ ...reference, price: "0" });
    expect(form.status === "ok" && form.request.priceCents).toBe(0);
    if (form.status === "ok")
      expect(estimateValue({ ...form.request, currency: "USD", now }).verdict).toBe("great_deal");
  });

  it("values an unknown era a little under the late reference, with a reason", () => {
    const form = parseValueForm({ ...reference, era: "unknown", price: "350" });
    expect(form.status).toBe("ok");
    if (form.status !== "ok") return;
    const valuation = estimateValue({ ...form.request, currency: "USD", now });
    const known = estimateValue({ item: referenceCar, now });
    expect(valuation.fairValue.typicalCents).toBeLessThan(known.fairValue.typicalCents);
    expect(valuation.adjustments.map((a) => a.label)).toContain("Era");
  });

  it("names the form's own fields for bad answers", () => {
    const form = parseValueForm({ ...reference, price: "-5", year: "1969", from: "Estonia" });
    expect(form.status).toBe("invalid");
    if (form.status !== "invalid") return;
    expect(Object.keys(form.errors).sort()).toEqual(["from", "price", "year"]);
  });

  it("ships from the item's country when given, which changes the shipping", () => {
    const home = parseValueForm({ ...reference, from: "US" });
    const abroad = parseValueForm({ ...reference, from: "ee" });
    expect(abroad.status === "ok" && abroad.request.shipFrom).toEqual({ country: "EE" });
    if (home.status !== "ok" || abroad.status !== "ok") return;
    const shipping = (request: typeof home.request) =>
      estimateValue({ ...request, currency: "USD", itemCountry: request.shipFrom?.country, now })
        .shippingCents;
    expect(shipping(abroad.request)).toBeGreaterThan(shipping(home.request));
  });

  it("builds a share link that asks the same question", () => {
    const values = { ...reference, price: "350", issues: ["corrosion", "electrics"] };
    const href = valuePageHref(values);
    expect(href.startsWith("/value?")).toBe(true);
    const query = new URLSearchParams(href.slice("/value?".length));
    expect(query.get("era")).toBe("late_soft_tires");
    expect(query.getAll("issues")).toEqual(["corrosion", "electrics"]);
    expect(query.get("price")).toBe("350");
  });
});

describe("shared /value links from before the address used the API's names", () => {
  const old = {
    category: "pedal_car",
    era: "late_soft_tires",
    plate: "azlk_1993",
    condition: "unused",
    restored: "no",
    windscreen: "intact",
    steering_wheel: "missing",
    custom_version: "none",
    country: "US",
    postal_code: "07302",
  };

  it("read steering_wheel, custom_version and postal_code as the fields they named", () => {
    const form = parseValueForm(old);
    expect(form.status).toBe("ok");
    if (form.status !== "ok") return;
    expect(form.request.item).toMatchObject({
      category: "pedal_car",
      steeringWheel: "missing",
      customVersion: "none",
    });
    expect(form.request.shipTo).toEqual({ country: "US", postalCode: "07302" });
  });

  it("answer as the new address does, and share the new address", () => {
    const form = parseValueForm(old);
    const { steering_wheel: _s, custom_version: _c, postal_code: _p, ...rest } = old;
    const current = parseValueForm({
      ...rest,
      steeringWheel: "missing",
      customVersion: "none",
      postalCode: "07302",
    });
    expect(form.status === "ok" && current.status === "ok" && form.request).toEqual(
      current.status === "ok" && current.request,
    );
    const query = new URLSearchParams(valuePageHref(form.values).slice("/value?".length));
    expect(query.get("steeringWheel")).toBe("missing");
    expect(query.has("steering_wheel")).toBe(false);
  });

  it("read an old spare-part link's fits_category and part_condition", () => {
    const form = parseValueForm({
      category: "part",
      part_type: "windscreen",
      source: "reproduction",
      part_condition: "good",
      fits_category: "pedal_car",
      fits_era: "plastic_bumpers",
    });
    expect(form.status === "ok" && form.request.item).toEqual({
      category: "part",
      partType: "windscreen",
      source: "reproduction",
      condition: "good",
      fits: [{ category: "pedal_car", era: "plastic_bumpers" }],
    });
  });
});
