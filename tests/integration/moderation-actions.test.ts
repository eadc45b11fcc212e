import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { adminActions, listings } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { signInAs } from "../support/sign-in";
import { withTestDatabase } from "../support/test-database";
import { createListing, createUser, latePedalCar } from "./checkout-fixtures";

// The admin pages' server action called as a form posts it, signed in through a real session. Only
// Next's request cookies and cache are swapped, at the framework's module boundary.
const revalidateTag = vi.fn();
vi.mock("next/headers", async () => (await import("../support/request-cookies")).nextHeaders);
vi.mock("next/cache", () => ({ revalidateTag, revalidatePath: vi.fn(), updateTag: vi.fn() }));
afterAll(() => {
  vi.doUnmock("next/headers");
  vi.doUnmock("next/cache");
});
const { moderateAction } = await import("@/lib/moderation/actions");

const database = withTestDatabase();
let admin: Actor;
let seller: Actor;
let listingId: number;
const initial = { ok: true, message: "", fieldErrors: {} };

beforeAll(async () => {
  admin = await createUser(database(), { role: "admin" });
  seller = await createUser(database());
  listingId = await createListing(database(), { sellerId: seller.id, item: latePedalCar, priceCents: 30000 });
});
beforeEach(() => revalidateTag.mockClear());

function form(fields: Record<string, string>) {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
}

async function state() {
  const [row] = await database()
    .db.select({ hiddenAt: listings.hiddenAt })
    .from(listings)
    .where(eq(listings.id, listingId));
  const [log] = await database().db.select({ n: count() }).from(adminActions);
  return { hidden: Boolean(row!.hiddenAt), auditRows: log!.n };
}

describe("the moderation form's action", () => {
  it("refuses the signed-out and the seller, and stores nothing", async () => {
    const before = await state();
    const hide = form({ move: "listing.hide", listingId: String(listingId), reason: "Fake photos." });
    await signInAs(null);
    expect(await moderateAction(initial, hide)).toMatchObject({ ok: false });
    await signInAs(seller);
    expect(await moderateAction(initial, hide)).toMatchObject({
      ok: false,
      message: "Only an admin can do that.",
    });
    expect(await state()).toEqual(before);
    expect(revalidateTag).not.toHaveBeenCalled();
  });

  it("gives field errors for a missing reason and keeps what was typed", async () => {
    await signInAs(admin);
    const long = "x".repeat(501);
    expect(
      await moderateAction(
        initial,
        form({ move: "listing.hide", listingId: String(listingId), reason: long }),
      ),
    ).toMatchObject({ ok: false, fieldErrors: { reason: expect.any(String) }, reason: long });
    expect(
      await moderateAction(initial, form({ move: "listing.delete", listingId: String(listingId) })),
    ).toMatchObject({ ok: false });
  });

  it("hides for an admin and expires the listing's cache tags at once", async () => {
    const before = await state();
    await signInAs(admin);
    expect(
      await moderateAction(
        initial,
        form({ move: "listing.hide", listingId: String(listingId), reason: "Photos copied from elsewhere." }),
      ),
    ).toMatchObject({ ok: true });
    expect(await state()).toEqual({ hidden: true, auditRows: before.auditRows + 1 });
    expect(revalidateTag).toHaveBeenCalledWith(`listing-${listingId}`, { expire: 0 });
    expect(revalidateTag).toHaveBeenCalledWith("listings", { expire: 0 });
  });
});
