import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { listings, partFits } from "@/db/schema";
import { getListingForEdit, listListingsBySeller } from "@/lib/listings/dashboard-queries";
import type { Actor } from "@/lib/auth/actor";
import {
  deleteListing,
  markListingSold,
  publishListing,
  saveListing,
  unpublishListing,
} from "@/lib/selling/listings";
import { addListingPhoto } from "@/lib/selling/photos";
import { createTestUser, restoredPedalCarForm, withPrivateDataDir } from "../fixtures/listings";
import { makePng } from "../fixtures/photos";
import { setupResult } from "../support/setup-results";
import { withTestDatabase } from "../support/test-database";

const database = withTestDatabase();
withPrivateDataDir();
let seller: Actor;

beforeAll(async () => {
  seller = await createTestUser(database());
});

async function readListing(id: number) {
  const [row] = await database().db.select().from(listings).where(eq(listings.id, id));
  return row!;
}

async function countListings() {
  return (await database().db.select({ id: listings.id }).from(listings)).length;
}

describe("a seller lists a restored pedal car", () => {
  let listingId: number;

  it("saves a draft with only a title, keeping 0 and '' in the unset columns", async () => {
    const result = await saveListing({
      actor: seller,
      input: { category: "pedal_car", title: "Early AZLK pedal car" },
    });
    expect(result).toMatchObject({ ok: true, status: "draft" });
    listingId = setupResult(result, "saving the draft").listingId;
    const row = await readListing(listingId);
    expect(row).toMatchObject({
      status: "draft",
      sellerId: seller.id,
      askingPriceCents: 0,
      country: "",
      era: null,
    });
    expect(row.attributes).toEqual({ category: "pedal_car" });
  });

  it("refuses a draft without a title, and a draft's present fields are still checked", async () => {
    const before = await countListings();
    const noTitle = await saveListing({
      actor: seller,
      input: { category: "pedal_car", era: "early_aluminum_bumpers" },
    });
    expect(noTitle).toMatchObject({
      ok: false,
      reason: "invalid",
      fieldErrors: { title: expect.any(String) },
    });
    const badYear = await saveListing({
      actor: seller,
      input: {
        category: "pedal_car",
        title: "Late pedal car",
        era: "early_aluminum_bumpers",
        year: "1992",
        price: "lots",
      },
    });
    expect(badYear.ok).toBe(false);
    expect(!badYear.ok && Object.keys(badYear.fieldErrors).sort()).toEqual(["price", "year"]);
    expect(await countListings()).toBe(before);
  });

  it("refuses to publish an incomplete draft, naming every missing field, and changes nothing", async () => {
    const result = await publishListing({ actor: seller, listingId });
    expect(result.ok).toBe(false);
    const fields = result.ok ? [] : Object.keys(result.fieldErrors);
    expect(fields).toEqual(
      expect.arrayContaining([
        "description",
        "price",
        "country",
        "era",
        "plate",
        "condition",
        "restored",
        "windscreen",
        "steeringWheel",
        "customVersion",
        "photos",
      ]),
    );
    expect(result.ok ? "" : result.message).toContain("era");
    expect((await readListing(listingId)).status).toBe("draft");
  });

  it("refuses a 'publish' save of incomplete values and stores none of them", async () => {
    const result = await saveListing({
      actor: seller,
      listingId,
      input: { category: "pedal_car", title: "Changed title here", era: "plastic_bumpers" },
      intent: "publish",
    });
    expect(result.ok).toBe(false);
    const row = await readListing(listingId);
    expect(row.title).toBe("Early AZLK pedal car");
    expect(row.era).toBeNull();
  });

  it("edits the draft with every field, promoting era, condition and year and converting the price to cents", async () => {
    const result = await saveListing({ actor: seller, listingId, input: restoredPedalCarForm() });
    expect(result).toMatchObject({ ok: true, listingId });
    const row = await readListing(listingId);
    expect(row).toMatchObject({
      askingPriceCents: 125050,
      country: "US",
      city: "Jersey City",
      era: "early_aluminum_bumpers",
      condition: "excellent",
      year: 1978,
      model: null,
      shippingOptions: [
        { destination: "US", priceCents: 9500 },
        { destination: "WORLD", priceCents: 24000 },
      ],
    });
    expect(row.attributes).toMatchObject({
      category: "pedal_car",
      restored: true,
      restoredBy: "Sergei's garage",
      lightsWorking: true,
    });
    expect(row.searchAliases).toContain("moskvich");
    expect(row.searchAliases).toContain("москвич");
    // Descriptions are stored as typed; pages render them as text.
    expect(row.description).toContain("<b>New</b>");
  });

  it("gives the edit form back what was saved", async () => {
    const editable = await getListingForEdit({ actor: seller, listingId });
    expect(editable?.values).toMatchObject({
      price: "1250.50",
      country: "US",
      era: "early_aluminum_bumpers",
      restored: true,
    });
    expect(editable?.photos).toEqual([]);
  });

  it("publishes once the listing is complete and has a photo", async () => {
    expect((await addListingPhoto({ actor: seller, listingId, bytes: await makePng() })).ok).toBe(true);
    const result = await publishListing({ actor: seller, listingId });
    expect(result).toEqual({ ok: true, listingId, status: "live" });
    const row = await readListing(listingId);
    expect(row.status).toBe("live");
    expect(row.publishedAt).toBeInstanceOf(Date);
  });

  it("keeps a live listing complete: an edit that empties a field is refused", async () => {
    const result = await saveListing({
      actor: seller,
      listingId,
      input: restoredPedalCarForm({ era: "", price: "" }),
    });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.fieldErrors).toMatchObject({
      era: expect.any(String),
      price: expect.any(String),
    });
    expect((await readListing(listingId)).era).toBe("early_aluminum_bumpers");
  });

  it("unpublishes (live → withdrawn), publishes again, then marks it sold", async () => {
    expect(await unpublishListing({ actor: seller, listingId })).toMatchObject({
      ok: true,
      status: "withdrawn",
    });
    expect(await unpublishListing({ actor: seller, listingId })).toMatchObject({
      ok: false,
      reason: "wrong_status",
    });
    expect(await publishListing({ actor: seller, listingId })).toMatchObject({ ok: true, status: "live" });
    expect(await markListingSold({ actor: seller, listingId })).toMatchObject({ ok: true, status: "sold" });
    const row = await readListing(listingId);
    expect(row.status).toBe("sold");
    expect(row.soldAt).toBeInstanceOf(Date);
    expect(await saveListing({ actor: seller, listingId, input: restoredPedalCarForm() })).toMatchObject({
      ok: false,
      reason: "wrong_status",
    });
  });

  it("soft-deletes: the row stays, the dashboard no longer shows it", async () => {
    expect((await listListingsBySeller({ sellerId: seller.id })).map((l) => l.id)).toContain(listingId);
    expect(await deleteListing({ actor: seller, listingId })).toMatchObject({ ok: true });
    expect((await readListing(listingId)).deletedAt).toBeInstanceOf(Date);
    expect((await listListingsBySeller({ sellerId: seller.id })).map((l) => l.id)).not.toContain(listingId);
    expect(await publishListing({ actor: seller, listingId })).toMatchObject({
      ok: false,
      reason: "not_found",
    });
  });
});

describe("other categories", () => {
  it("writes one part_fits row per model or era a part fits, and rewrites them on edit", async () => {
    const input = {
      category: "part",
      title: "Windscreen, new old stock",
      partType: "windscreen",
      source: "new_old_stock",
      condition: "new",
      quantity: "4",
      fits: [
        { category: "pedal_car", era: "early_aluminum_bumpers" },
        { category: "pedal_car", era: "plastic_bumpers" },
        { category: "classic_car", model: "412" },
        { category: "toy" },
      ],
    };
    const result = await saveListing({ actor: seller, input });
    expect(result.ok).toBe(true);
    const id = setupResult(result, "saving the part").listingId;
    const fits = await database().db.select().from(partFits).where(eq(partFits.listingId, id));
    expect(fits.map((f) => `${f.fitsCategory}/${f.fitsModel}/${f.fitsEra}`).sort()).toEqual([
      "classic_car/412/any",
      "pedal_car//early_aluminum_bumpers",
      "pedal_car//plastic_bumpers",
      "toy//any",
    ]);
    expect((await readListing(id)).quantity).toBe(4);

    await saveListing({
      actor: seller,
      listingId: id,
      input: { ...input, fits: [{ category: "classic_car" }] },
    });
    const after = await database().db.select().from(partFits).where(eq(partFits.listingId, id));
    expect(after.map((f) => `${f.fitsCategory}/${f.fitsModel}/${f.fitsEra}`)).toEqual(["classic_car//any"]);
  });

  it("promotes a classic car's model, grade and year and adds the model's nicknames", async () => {
    const result = await saveListing({
      actor: seller,
      input: {
        category: "classic_car",
        title: "Moskvitch 2141 hatchback",
        model: "2141",
        body: "hatchback",
        year: "1991",
        conditionGrade: "3",
        knownIssues: ["electrics"],
        vin: "XTB2141-123",
      },
    });
    expect(result.ok).toBe(true);
    const row = await readListing(setupResult(result, "saving the classic car").listingId);
    expect(row).toMatchObject({ model: "2141", condition: "3", year: 1991, era: null });
    expect(row.searchAliases).toContain("aleko");
    expect(row.searchAliases).toContain("алеко");
  });

  it("answers nonsense input with field errors instead of throwing", async () => {
    const inputs: unknown[] = [
      null,
      "a string",
      { category: "spaceship", title: "x" },
      { category: "pedal_car", title: 42 },
      {
        category: "classic_car",
        title: "Some car title",
        model: "zaporozhets",
        conditionGrade: "seven",
        year: "-5",
      },
      { category: "part", title: "A part title", fits: "everything", quantity: "1.5" },
      {
        category: "pedal_car",
        title: "Pedal car title",
        shipping: [{ destination: "Mars", price: "-3" }],
        price: "1e9",
      },
    ];
    for (const input of inputs) {
      const result = await saveListing({ actor: seller, input });
      expect(result.ok).toBe(false);
      expect(result.ok ? {} : result.fieldErrors).not.toEqual({});
    }
    expect(await saveListing({ actor: seller, listingId: -1, input: restoredPedalCarForm() })).toMatchObject({
      ok: false,
      reason: "not_found",
    });
  });
});
