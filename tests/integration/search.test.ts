import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { listings } from "@/db/schema";
import { searchListings, type ListingSearchResult } from "@/lib/listings/search";
import { parseListingSearchParams } from "@/lib/listings/search-params";
import { refreshSearchVocabulary } from "@/lib/listings/vocabulary";
import { createTestUser } from "../fixtures/listings";
import { withTestDatabase } from "../support/test-database";
import { addListing, classicCar, part, pedalCar, toy } from "./search-seed";

// Words, near-misses and every filter of the catalogue search, on a small catalogue of our own.

const database = withTestDatabase();
const id: Record<string, number> = {};

beforeAll(async () => {
  const db = database().db;
  const { id: sellerId } = await createTestUser(database());
  const add = async (
    key: string,
    input: Record<string, unknown>,
    options: Omit<Parameters<typeof addListing>[2], "sellerId"> = {},
  ) => {
    id[key] = await addListing(db, input, { sellerId, ...options });
  };
  await add("latePedalCar", pedalCar("AZLK Moskvitch pedal car, late soft tires", "350"), {
    ageMinutes: 10,
    fairValueCents: 33000,
  });
  await add(
    "earlyPedalCar",
    pedalCar("Early aluminum-bumper pedal car, restored", "1200", {
      era: "early_aluminum_bumpers",
      year: "1978",
      condition: "good",
      restored: "yes",
      country: "DE",
      city: "Berlin",
      shipping: [{ destination: "WORLD", price: "240" }],
    }),
    { ageMinutes: 20, photos: 0, fairValueCents: 90000 },
  );
  await add("sedan412", classicCar("Moskvitch 412 sedan, 1975", "4500"), {
    ageMinutes: 30,
    fairValueCents: 500000,
  });
  await add(
    "aleko",
    classicCar("Moskvitch 2141 hatchback, one owner", "2500", {
      model: "2141",
      body: "hatchback",
      year: "1991",
      conditionGrade: "2",
      country: "EE",
      city: "Tallinn",
      shipping: [{ destination: "GB", price: "600" }],
    }),
    { ageMinutes: 40 },
  );
  await add("steeringWheel", part("Steering wheel for the pedal car", "38", { partType: "steering_wheel" }), {
    ageMinutes: 50,
    fairValueCents: 4000,
  });
  await add(
    "pedalCarProject",
    pedalCar("Pedal car project for spares", "90", {
      condition: "project",
      description:
        "Missing its windscreen, but the original steering wheel comes with it, cracked at one spoke.",
      steeringWheel: "damaged",
      windscreen: "missing",
    }),
    { ageMinutes: 55 },
  );
  await add(
    "brakeCylinder",
    part("Brake wheel cylinder, new old stock", "30", {
      partType: "brake_wheel_cylinder",
      source: "new_old_stock",
      fits: [{ category: "classic_car", model: "412" }],
      country: "EE",
      city: "Tallinn",
      shipping: [{ destination: "WORLD", price: "25" }],
    }),
    { ageMinutes: 60 },
  );
  await add(
    "earlyBumper",
    part("Rear bumper, polished aluminum", "120", {
      partType: "bumper",
      condition: "good",
      fits: [{ category: "pedal_car", era: "early_aluminum_bumpers" }],
    }),
    { ageMinutes: 70 },
  );
  await add("dumpTruck", toy("AZLK ZiL-130 dump truck", "300"), { ageMinutes: 80 });
  // Never shown: a draft, a withdrawn listing, a deleted one.
  await add("draft", pedalCar("Unfinished pedal car draft", "100"), { status: "draft" });
  await add("withdrawn", pedalCar("Withdrawn pedal car", "100"), { status: "withdrawn" });
  await add("deleted", pedalCar("Deleted pedal car listing", "100"));
  await db.update(listings).set({ deletedAt: new Date() }).where(eq(listings.id, id.deleted!));
  // "Did you mean" knows the words the scheduled job last gathered.
  await refreshSearchVocabulary(db);
});

async function search(query: string, pageSize = 50): Promise<ListingSearchResult> {
  return searchListings(parseListingSearchParams(Object.fromEntries(new URLSearchParams(query))), {
    pageSize,
  });
}

async function idsFor(query: string): Promise<number[]> {
  return (await search(query)).listings.map((l) => l.id);
}

const ids = (...keys: string[]) => keys.map((k) => id[k]!);

describe("words", () => {
  it("ranks a title match above a description match", async () => {
    const found = await idsFor("q=steering+wheel");
    expect(found.slice(0, 2)).toEqual(ids("steeringWheel", "pedalCarProject"));
  });

  it("puts the 412 sedan first for “moskvich 412”, though every listing carries the brand", async () => {
    const found = await idsFor("q=moskvich+412");
    expect(found[0]).toBe(id.sedan412);
    expect(found).toContain(id.brakeCylinder);
  });

  it("finds Moskvitch listings by the Cyrillic name, in capitals too", async () => {
    const found = await idsFor(`q=${encodeURIComponent("Москвич")}&category=classic_car`);
    expect(found.sort()).toEqual(ids("sedan412", "aleko").sort());
  });

  it("finds the 2141 by its nickname, in Latin or Cyrillic letters", async () => {
    expect(await idsFor("q=aleko")).toEqual(ids("aleko"));
    expect(await idsFor(`q=${encodeURIComponent("алеко")}`)).toEqual(ids("aleko"));
  });

  it("mends a typo and says what it searched for", async () => {
    const result = await search("q=moskvitch+pedel+car");
    expect(result.mendedQuery).toBe("moskvitch pedal car");
    expect(result.listings.map((l) => l.id)).toEqual(
      expect.arrayContaining(ids("latePedalCar", "earlyPedalCar")),
    );
    const wheel = await search("q=steerin+wheel");
    expect(wheel.mendedQuery).toBe("steering wheel");
    expect(wheel.listings[0]?.id).toBe(id.steeringWheel);
    expect((await search("q=alekko")).listings.map((l) => l.id)).toEqual(ids("aleko"));
  });

  it("leaves correct words alone and finds nothing for gibberish, without error", async () => {
    expect((await search("q=dump+truck")).mendedQuery).toBeNull();
    expect(await idsFor("q=dump+truck")).toEqual(ids("dumpTruck"));
    const nothing = await search("q=qqxxzzqq");
    expect(nothing.listings).toEqual([]);
    expect(nothing.total).toEqual({ count: 0, capped: false });
  });

  it("treats search syntax and quotes in the words as plain text", async () => {
    const words = async (q: string) => (await idsFor(`q=${encodeURIComponent(q)}`)).sort();
    // Operators and a stray quote or bracket are dropped, and the words around them still find their listings.
    const pedalCars = await words("pedal car");
    expect(pedalCars).toEqual(expect.arrayContaining(ids("latePedalCar", "earlyPedalCar")));
    expect(await words('"pedal car')).toEqual(pedalCars);
    expect(await words("pedal & | ! car")).toEqual(pedalCars);
    expect(await words("(moskvich")).toEqual(await words("moskvich"));
    // Nothing but syntax, or SQL typed as words, is an ordinary search: an answer, and the catalogue untouched.
    for (const q of ["-", "or", "' ; drop table listings; --"]) {
      const result = await search(`q=${encodeURIComponent(q)}`);
      expect(result.total.count).toBe(result.listings.length);
    }
    expect(await idsFor("")).toHaveLength(9);
  });
});

describe("filters", () => {
  it("shows only live listings that are not deleted", async () => {
    const found = await idsFor("");
    expect(found).toHaveLength(9);
    expect(found).not.toEqual(expect.arrayContaining([id.draft]));
    expect(found).not.toContain(id.withdrawn);
    expect(found).not.toContain(id.deleted);
  });

  it("filters by category, model and era; for parts model and era mean “fits”", async () => {
    expect((await idsFor("category=pedal_car")).sort()).toEqual(
      ids("latePedalCar", "earlyPedalCar", "pedalCarProject").sort(),
    );
    expect(await idsFor("category=classic_car&model=412")).toEqual(ids("sedan412"));
    expect(await idsFor("category=part&model=412")).toEqual(ids("brakeCylinder"));
    expect(await idsFor("category=pedal_car&era=early_aluminum_bumpers")).toEqual(ids("earlyPedalCar"));
    // A part for every era fits an early car too.
    expect((await idsFor("category=part&era=early_aluminum_bumpers")).sort()).toEqual(
      ids("steeringWheel", "earlyBumper").sort(),
    );
  });

  it("filters by condition, in the words of each category", async () => {
    expect((await idsFor("condition=good")).sort()).toEqual(
      ids("earlyPedalCar", "earlyBumper", "dumpTruck").sort(),
    );
    expect(await idsFor("category=classic_car&condition=2")).toEqual(ids("aleko"));
  });

  it("filters by price in whole dollars, both ends included", async () => {
    expect((await idsFor("min=120&max=350")).sort()).toEqual(
      ids("latePedalCar", "earlyBumper", "dumpTruck").sort(),
    );
    expect(await idsFor("min=4500")).toEqual(ids("sedan412"));
    expect((await idsFor("max=$38")).sort()).toEqual(ids("steeringWheel", "brakeCylinder").sort());
  });

  it("filters by the seller's country and by where the seller ships (worldwide counts)", async () => {
    expect((await idsFor("country=ee")).sort()).toEqual(ids("aleko", "brakeCylinder").sort());
    expect((await idsFor("ships_to=GB")).sort()).toEqual(
      ids("earlyPedalCar", "aleko", "brakeCylinder").sort(),
    );
  });

  it("filters by the year made, a range typed back to front meaning the years between", async () => {
    expect((await idsFor("year_from=1976")).sort()).toEqual(ids("earlyPedalCar", "aleko").sort());
    expect(await idsFor("year_from=1976&year_to=1990")).toEqual(ids("earlyPedalCar"));
    expect(await idsFor("year_from=1990&year_to=1976")).toEqual(ids("earlyPedalCar"));
    expect(await idsFor("year_to=1975")).toEqual(ids("sedan412"));
    // Parts carry no year, so the range is not offered for them and a typed one is dropped.
    expect((await idsFor("category=part&year_from=1990")).length).toBe(3);
  });

  it("filters pedal cars by restored or original, and by buy-now or auction", async () => {
    expect(await idsFor("category=pedal_car&restored=yes")).toEqual(ids("earlyPedalCar"));
    expect((await idsFor("category=pedal_car&restored=no")).sort()).toEqual(
      ids("latePedalCar", "pedalCarProject").sort(),
    );
    expect(await idsFor("format=buy_now")).toHaveLength(9);
    expect(await idsFor("format=auction")).toEqual([]);
    const db = database().db;
    await db.update(listings).set({ saleFormat: "auction" }).where(eq(listings.id, id.dumpTruck!));
    try {
      expect(await idsFor("format=auction")).toEqual(ids("dumpTruck"));
      expect(await idsFor("format=buy_now")).not.toContain(id.dumpTruck);
    } finally {
      await db.update(listings).set({ saleFormat: "fixed_price" }).where(eq(listings.id, id.dumpTruck!));
    }
  });

  it("leaves out listings without photos when asked", async () => {
    const found = await idsFor("photos=1");
    expect(found).toHaveLength(8);
    expect(found).not.toContain(id.earlyPedalCar);
  });

  it("combines words with filters", async () => {
    expect(await idsFor("q=pedal+car&category=pedal_car&max=400&photos=1&sort=price_asc")).toEqual(
      ids("pedalCarProject", "latePedalCar"),
    );
  });

  it("counts the matches, not just the page", async () => {
    const result = await search("category=part", 1);
    expect(result.listings).toHaveLength(1);
    expect(result.total).toEqual({ count: 3, capped: false });
    expect(result.nextCursor).not.toBeNull();
  });

  it("carries the stored fair value on each card", async () => {
    const [card] = (await search(`q=${encodeURIComponent("late soft tires")}&category=pedal_car`)).listings;
    expect(card).toMatchObject({
      id: id.latePedalCar,
      fairValueLowCents: 28050,
      fairValueCents: 33000,
      fairValueHighCents: 37950,
    });
  });
});
