import { beforeAll, describe, expect, it } from "vitest";
import { erasForYear, parsePartsFinderParams } from "@/lib/listings/parts-finder";
import { queryPartsThatFit, queryRelatedListings } from "@/lib/listings/related";
import { searchListings } from "@/lib/listings/search";
import { parseListingSearchParams } from "@/lib/listings/search-params";
import { refreshStoredFairValues } from "@/lib/valuation/stored-fair-value";
import { createTestUser } from "../fixtures/listings";
import { withTestDatabase } from "../support/test-database";
import { addListing, classicCar, part, pedalCar, toy } from "./search-seed";

// The parts finder (by pedal-car year or era, or by car model), and what a listing page shows below
// the item: related listings and the parts that fit.

const database = withTestDatabase();
const id: Record<string, number> = {};

beforeAll(async () => {
  const db = database().db;
  const { id: sellerId } = await createTestUser(database());
  let age = 0;
  const add = async (key: string, input: Record<string, unknown>) => {
    id[key] = await addListing(db, input, { sellerId, ageMinutes: (age += 5) });
  };
  await add("windscreen", part("Windscreen for every AZLK pedal car", "45"));
  const era = (era: string) => ({ category: "pedal_car", era });
  const model = (model: string) => ({ category: "classic_car", model });
  const toyModel = (model: string) => ({ category: "toy", model });
  const used = { source: "used", condition: "good" };
  // Each: title, price, part type, the one kind of car it fits, and anything else the seller says.
  const fitting: Record<string, [string, string, string, Record<string, string>, object?]> = {
    earlyBumper: ["Aluminum bumper for early pedal cars", "120", "bumper", era("early_aluminum_bumpers")],
    plasticBumper: ["Plastic bumper, 1980s pedal cars", "40", "bumper", era("plastic_bumpers")],
    softTires: ["Soft tires for late pedal cars", "22", "tire", era("late_soft_tires")],
    brakeCylinder: ["Brake wheel cylinder for the 412", "30", "brake_wheel_cylinder", model("412")],
    manual: ["Workshop manual for every Moskvitch", "25", "manual", { category: "classic_car" }, used],
    alekoWiring: ["Wiring loom for the 2141 Aleko", "80", "electrical", model("2141")],
    truckWheel: ["Wheel for the ZiL-130 toy truck", "15", "wheel", toyModel("zil130_dump_truck")],
  };
  for (const [key, [title, price, partType, fits, extra]] of Object.entries(fitting)) {
    await add(key, part(title, price, { partType, ...extra, fits: [fits] }));
  }
  await add("latePedalCar", pedalCar("AZLK pedal car, late, soft tires", "350"));
  await add("otherLatePedalCar", pedalCar("Another late AZLK pedal car", "330"));
  await add(
    "earlyPedalCar",
    pedalCar("Early AZLK pedal car", "900", { era: "early_aluminum_bumpers", year: "1977" }),
  );
  await add("sedan412", classicCar("Moskvitch 412 sedan", "4500"));
  await add("dumpTruck", toy("AZLK ZiL-130 dump truck", "300"));
});

async function find(query: Record<string, string>): Promise<{ description: string; ids: number[] }> {
  const parsed = parsePartsFinderParams(query);
  if (parsed.status !== "ok") throw new Error(`Expected a search, got ${JSON.stringify(parsed)}`);
  const result = await searchListings(parsed.params, { ...parsed.options, pageSize: 50 });
  return { description: parsed.description, ids: result.listings.map((l) => l.id).sort((a, b) => a - b) };
}

const ids = (...keys: string[]) => keys.map((k) => id[k]!).sort((a, b) => a - b);

describe("which eras a year means", () => {
  it("maps a year to its era, and a changeover year to both", () => {
    expect(erasForYear(1973)).toEqual(["early_aluminum_bumpers"]);
    expect(erasForYear(1982)).toEqual(["early_aluminum_bumpers", "plastic_bumpers"]);
    expect(erasForYear(1986)).toEqual(["plastic_bumpers", "late_soft_tires"]);
    expect(erasForYear(1994)).toEqual(["late_soft_tires"]);
  });
});

describe("parts finder", () => {
  it("finds parts for a pedal car by year, including parts for every era", async () => {
    expect(await find({ for: "pedal_car", year: "1973" })).toEqual({
      description: "Parts for a 1973 pedal car (aluminum bumpers)",
      ids: ids("windscreen", "earlyBumper"),
    });
    expect((await find({ for: "pedal_car", year: "1982" })).ids).toEqual(
      ids("windscreen", "earlyBumper", "plasticBumper"),
    );
  });

  it("finds parts by era, by year and era together, and for a pedal car of any era", async () => {
    expect((await find({ for: "pedal_car", era: "late_soft_tires" })).ids).toEqual(
      ids("windscreen", "softTires"),
    );
    expect((await find({ for: "pedal_car", year: "1986", era: "late_soft_tires" })).ids).toEqual(
      ids("windscreen", "softTires"),
    );
    expect((await find({ for: "pedal_car", era: "unknown" })).ids).toEqual(
      ids("windscreen", "earlyBumper", "plasticBumper", "softTires"),
    );
    expect((await find({ for: "pedal_car" })).ids).toEqual(
      ids("windscreen", "earlyBumper", "plasticBumper", "softTires"),
    );
  });

  it("narrows to one kind of part", async () => {
    expect(await find({ for: "pedal_car", year: "1982", part_type: "bumper" })).toEqual({
      description: "Bumper for a 1982 pedal car (aluminum bumpers or plastic bumpers)",
      ids: ids("earlyBumper", "plasticBumper"),
    });
  });

  it("finds parts for a classic car by model, including parts for every model", async () => {
    expect(await find({ for: "classic_car", model: "412" })).toEqual({
      description: "Parts for Moskvitch 412",
      ids: ids("brakeCylinder", "manual"),
    });
    expect((await find({ model: "2141" })).ids).toEqual(ids("alekoWiring", "manual"));
    expect((await find({ for: "classic_car" })).ids).toEqual(ids("brakeCylinder", "manual", "alekoWiring"));
  });

  it("answers a bad year or a contradiction with a message for that field", () => {
    expect(parsePartsFinderParams({ for: "pedal_car", year: "eighty" })).toMatchObject({
      status: "invalid",
      errors: { year: expect.stringContaining("four digits") },
    });
    expect(parsePartsFinderParams({ for: "pedal_car", year: "1965" })).toMatchObject({
      status: "invalid",
      errors: { year: expect.stringContaining("1973 to 1994") },
    });
    expect(
      parsePartsFinderParams({ for: "pedal_car", year: "1992", era: "early_aluminum_bumpers" }),
    ).toMatchObject({
      status: "invalid",
      errors: { era: expect.stringContaining("1973 to 1984") },
    });
  });

  it("asks nothing of an empty or nonsense query", () => {
    expect(parsePartsFinderParams({}).status).toBe("empty");
    expect(
      parsePartsFinderParams({
        for: "spaceship",
        model: "zaporozhets",
        part_type: "flux_capacitor",
        after: "!!",
      }).status,
    ).toBe("empty");
  });
});

describe("below a listing", () => {
  it("shows the same era or model first, then more of the category", async () => {
    const related = await queryRelatedListings(
      { id: id.latePedalCar!, category: "pedal_car", era: "late_soft_tires", model: null },
      2,
    );
    expect(related.map((c) => c.id)).toEqual([id.otherLatePedalCar, id.earlyPedalCar]);
    const relatedParts = await queryRelatedListings(
      { id: id.earlyBumper!, category: "part", era: null, model: null, partType: "bumper" },
      1,
    );
    expect(relatedParts.map((c) => c.id)).toEqual([id.plasticBumper]);
  });

  it("lists the parts that fit a pedal car's era, a car's model and a toy", async () => {
    const forEarly = await queryPartsThatFit(
      { category: "pedal_car", era: "early_aluminum_bumpers", model: null },
      10,
    );
    expect(forEarly.map((c) => c.id).sort((a, b) => a - b)).toEqual(ids("windscreen", "earlyBumper"));
    const for412 = await queryPartsThatFit({ category: "classic_car", era: null, model: "412" }, 10);
    expect(for412.map((c) => c.id).sort((a, b) => a - b)).toEqual(ids("brakeCylinder", "manual"));
    const forTruck = await queryPartsThatFit({ category: "toy", era: null, model: "zil130_dump_truck" }, 10);
    expect(forTruck.map((c) => c.id)).toEqual([id.truckWheel]);
    expect(await queryPartsThatFit({ category: "part", era: null, model: null })).toEqual([]);
  });
});

describe("stored fair values", () => {
  it("are written by the valuation engine and make listings sortable by best deal", async () => {
    const bestDeal = parseListingSearchParams({ sort: "best_deal", category: "pedal_car" });
    expect((await searchListings(bestDeal)).listings).toEqual([]);
    await refreshStoredFairValues({ listingIds: ids("latePedalCar", "otherLatePedalCar", "earlyPedalCar") });
    const cards = (await searchListings(bestDeal)).listings;
    expect(cards.map((c) => c.id).sort((a, b) => a - b)).toEqual(
      ids("latePedalCar", "otherLatePedalCar", "earlyPedalCar"),
    );
    for (const card of cards) {
      expect(card.fairValueLowCents!).toBeLessThanOrEqual(card.fairValueCents!);
      expect(card.fairValueCents!).toBeLessThanOrEqual(card.fairValueHighCents!);
    }
    // Two late cars of one value: the cheaper one is the better deal.
    expect(cards.findIndex((c) => c.id === id.otherLatePedalCar)).toBeLessThan(
      cards.findIndex((c) => c.id === id.latePedalCar),
    );
  });
});
