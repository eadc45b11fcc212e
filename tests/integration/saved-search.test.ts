import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { notifications } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { publishListing, saveListing, unpublishListing } from "@/lib/selling/listings";
import { addListingPhoto } from "@/lib/selling/photos";
import {
  deleteSavedSearch,
  listSavedSearches,
  saveSearch,
  setSavedSearchAlert,
} from "@/lib/saved-searches/saved-searches";
import { createTestUser, restoredPedalCarForm, withPrivateDataDir } from "../fixtures/listings";
import { makePng } from "../fixtures/photos";
import { withTestDatabase } from "../support/test-database";

const database = withTestDatabase();
withPrivateDataDir();
let seller: Actor;
let collector: Actor;
let other: Actor;

beforeAll(async () => {
  seller = await createTestUser(database());
  collector = await createTestUser(database());
  other = await createTestUser(database());
});

async function alertsFor(userId: string) {
  return database()
    .db.select({ kind: notifications.kind, title: notifications.title, href: notifications.href })
    .from(notifications)
    .where(eq(notifications.userId, userId));
}

async function publishPedalCar(price: string): Promise<number> {
  const saved = await saveListing({ actor: seller, input: restoredPedalCarForm({ price }) });
  if (!saved.ok) throw new Error(saved.message);
  await addListingPhoto({ actor: seller, listingId: saved.listingId, bytes: await makePng() });
  const published = await publishListing({ actor: seller, listingId: saved.listingId });
  if (!published.ok) throw new Error(published.message);
  return saved.listingId;
}

describe("saved searches", () => {
  it("saves the search as the catalogue reads it, once, and names it in the collector's words", async () => {
    const first = await saveSearch({
      userId: collector.id,
      query: "/listings?max=2000&category=pedal_car&q=police&after=abc&bogus=1",
    });
    expect(first).toMatchObject({
      ok: true,
      created: true,
      search: { query: "q=police&category=pedal_car&max=2000", name: "“police” · Pedal cars · up to $2,000" },
    });
    const again = await saveSearch({ userId: collector.id, query: "q=police&category=pedal_car&max=2000" });
    expect(again).toMatchObject({ ok: true, created: false });
    expect(await listSavedSearches({ userId: collector.id })).toHaveLength(1);
    expect(await listSavedSearches({ userId: other.id })).toEqual([]);
  });

  it("alerts when a matching listing is published under its fair value, once, and never the seller or a search that does not match", async () => {
    await saveSearch({ userId: other.id, query: "category=toy" });
    await saveSearch({ userId: seller.id, query: "category=pedal_car" });
    const listingId = await publishPedalCar("150");
    const alerts = await alertsFor(collector.id);
    expect(alerts).toEqual([
      {
        kind: "saved_search_match",
        title: expect.stringContaining("Under fair value"),
        href: `/listings/${listingId}`,
      },
    ]);
    expect(await alertsFor(other.id)).toEqual([]);
    expect(await alertsFor(seller.id)).toEqual([]);

    await unpublishListing({ actor: seller, listingId });
    await publishListing({ actor: seller, listingId });
    expect(await alertsFor(collector.id)).toHaveLength(1);
    const [search] = await listSavedSearches({ userId: collector.id });
    expect(search!.lastNotifiedAt).not.toBeNull();
  });

  it("stays quiet for a listing priced over its fair value, over the search's price limit, or with alerts off", async () => {
    await publishPedalCar("1900");
    expect(await alertsFor(collector.id)).toHaveLength(1);
    const [search] = await listSavedSearches({ userId: collector.id });
    expect(await setSavedSearchAlert({ userId: other.id, id: search!.id, on: false })).toBe(false);
    expect(await setSavedSearchAlert({ userId: collector.id, id: search!.id, on: false })).toBe(true);
    await publishPedalCar("140");
    expect(await alertsFor(collector.id)).toHaveLength(1);
  });

  it("lets only the owner delete a saved search", async () => {
    const [search] = await listSavedSearches({ userId: collector.id });
    expect(await deleteSavedSearch({ userId: other.id, id: search!.id })).toBe(false);
    expect(await deleteSavedSearch({ userId: collector.id, id: search!.id })).toBe(true);
    expect(await listSavedSearches({ userId: collector.id })).toEqual([]);
  });
});
