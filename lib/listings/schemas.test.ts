import { describe, expect, it } from "vitest";
import { formDataToListingInput } from "./form-input";
import { toListingColumns } from "./listing-columns";
import { centsToInput, parseListingInput } from "./schemas";

describe("listing schemas", () => {
  it("turns typed prices into integer cents without float error", () => {
    for (const [typed, cents] of [
      ["350", 35000],
      ["1,250.50", 125050],
      ["19.99", 1999],
      ["0.1", 10],
    ] as const) {
      const parsed = parseListingInput(
        { category: "toy", title: "ZiL-130 dump truck", price: typed },
        "draft",
      );
      expect(parsed.ok && parsed.value.price).toBe(cents);
    }
    expect(centsToInput(125050)).toBe("1250.50");
    expect(centsToInput(35000)).toBe("350");
  });

  it("lets a draft leave fields out but still checks the ones it has", () => {
    expect(parseListingInput({ category: "pedal_car", title: "Pedal car", era: "" }, "draft").ok).toBe(true);
    const parsed = parseListingInput(
      { category: "pedal_car", title: "Pedal car", era: "early_aluminum_bumpers", year: "1992" },
      "draft",
    );
    expect(parsed).toMatchObject({
      ok: false,
      fieldErrors: { year: expect.stringContaining("cannot be from this era") },
    });
  });

  it("names every missing field of a complete listing, including cross-field ones", () => {
    const parsed = parseListingInput(
      { category: "pedal_car", title: "Police pedal car", customVersion: "police" },
      "complete",
    );
    expect(parsed.ok).toBe(false);
    expect(Object.keys(parsed.ok ? {} : parsed.fieldErrors)).toEqual(
      expect.arrayContaining(["era", "price", "country", "lightsWorking"]),
    );
  });

  it("refuses an unknown category or country code by name", () => {
    expect(parseListingInput({ category: "tractor", title: "Belarus" }, "draft")).toMatchObject({
      ok: false,
      fieldErrors: { category: expect.any(String) },
    });
    expect(parseListingInput({ category: "toy", title: "Toy crane", country: "XX" }, "draft")).toMatchObject({
      ok: false,
      fieldErrors: { country: expect.any(String) },
    });
  });
});

describe("sell form data", () => {
  it("nests rows, collects ticked boxes and ignores crafted names", () => {
    const form = new FormData();
    form.set("category", "classic_car");
    form.set("shipping.0.destination", "US");
    form.set("shipping.0.price", "95");
    form.append("knownIssues", "corrosion");
    form.append("knownIssues", "electrics");
    form.set("__proto__.polluted", "yes");
    const input = formDataToListingInput(form);
    expect(input).toMatchObject({
      category: "classic_car",
      shipping: [{ destination: "US", price: "95" }],
      knownIssues: ["corrosion", "electrics"],
    });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe("listing columns", () => {
  it("promotes a toy's kind to the model column and adds Cyrillic aliases", () => {
    const parsed = parseListingInput(
      { category: "toy", title: "ZiL-130 dump truck", toy: "zil130_dump_truck", condition: "good" },
      "draft",
    );
    const columns = toListingColumns(parsed.ok ? parsed.value : { category: "toy", title: "" });
    expect(columns).toMatchObject({
      model: "zil130_dump_truck",
      condition: "good",
      askingPriceCents: 0,
      country: "",
    });
    expect(columns.searchAliases).toContain("самосвал");
  });
});

describe("the sell form's item checks", () => {
  const pedalCar = {
    category: "pedal_car",
    title: "Unused pedal car",
    era: "late_soft_tires",
    plate: "azlk_1993",
    condition: "unused",
    windscreen: "intact",
    steeringWheel: "intact",
    customVersion: "none",
  };

  it("refuses 'unused' together with 'restored', on the restored field, in drafts too", () => {
    for (const check of ["draft", "complete"] as const) {
      const parsed = parseListingInput({ ...pedalCar, restored: "yes" }, check);
      expect(parsed).toMatchObject({
        ok: false,
        fieldErrors: { restored: expect.stringContaining("never been restored") },
      });
    }
  });

  it("refuses an export name on the wrong model and a cabriolet outside its years, each by field", () => {
    const parsed = parseListingInput(
      {
        category: "classic_car",
        title: "Cabriolet",
        model: "400",
        body: "420a_cabriolet",
        year: "1946",
        exportVersion: "rila",
      },
      "draft",
    );
    expect(parsed).toMatchObject({
      ok: false,
      fieldErrors: {
        year: expect.stringContaining("1949 to 1954"),
        exportVersion: expect.stringContaining("Rila"),
      },
    });
  });
});
