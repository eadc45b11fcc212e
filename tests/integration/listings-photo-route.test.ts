import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { sessions } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { saveListing } from "@/lib/selling/listings";
import { createTestUser, withPrivateDataDir } from "../fixtures/listings";
import { makeJpegWithGps, makeTextFileNamedJpeg } from "../fixtures/photos";
import { setupResult } from "../support/setup-results";
import { signInAs } from "../support/sign-in";
import { withTestDatabase } from "../support/test-database";

// The upload route handler called directly, signed in through a real sessions row and cookie. Only
// Next's request cookies and cache are swapped, at the framework's module boundary.
vi.mock("next/headers", async () => (await import("../support/request-cookies")).nextHeaders);
vi.mock("next/cache", () => ({ revalidateTag: vi.fn() }));
// Test files share a worker: the next file gets the real modules again.
afterAll(() => {
  vi.doUnmock("next/headers");
  vi.doUnmock("next/cache");
});
const { POST } = await import("@/app/api/listings/[id]/photos/route");

const database = withTestDatabase();
withPrivateDataDir();
let seller: Actor;
let stranger: Actor;
let listingId: number;

beforeAll(async () => {
  seller = await createTestUser(database());
  stranger = await createTestUser(database());
  const saved = await saveListing({ actor: seller, input: { category: "toy", title: "ZiL-130 dump truck" } });
  listingId = setupResult(saved, "saving the seller's draft").listingId;
});

async function upload(id: string, body: BodyInit | null, headers: Record<string, string> = {}) {
  const response = await POST(
    new Request(`http://test/api/listings/${id}/photos`, { method: "POST", body, headers }),
    { params: Promise.resolve({ id }) },
  );
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}

function photoForm(bytes: Buffer, name = "truck.jpg", type = "image/jpeg") {
  const form = new FormData();
  form.set("photo", new File([new Uint8Array(bytes)], name, { type }));
  return form;
}

describe("POST /api/listings/[id]/photos", () => {
  it("answers 401 without a session", async () => {
    await signInAs(null);
    expect((await upload(String(listingId), photoForm(await makeJpegWithGps()))).status).toBe(401);
  });

  it("answers 403 for another user's listing and 404 for a missing one", async () => {
    await signInAs(stranger);
    expect((await upload(String(listingId), photoForm(await makeJpegWithGps()))).status).toBe(403);
    expect((await upload("999999", photoForm(await makeJpegWithGps()))).status).toBe(404);
    expect((await upload("not-a-number", photoForm(await makeJpegWithGps()))).status).toBe(404);
  });

  it("answers 4xx with a message for bad input, never 500", async () => {
    await signInAs(seller);
    const cases = [
      await upload(String(listingId), "plain text body", { "content-type": "text/plain" }),
      await upload(String(listingId), new FormData()),
      await upload(String(listingId), photoForm(makeTextFileNamedJpeg())),
    ];
    expect(cases.map((c) => c.status)).toEqual([400, 400, 415]);
    for (const c of cases) expect(c.json.error).toEqual(expect.any(String));
  });

  it("stores a photo for the owner", async () => {
    await signInAs(seller);
    const result = await upload(String(listingId), photoForm(await makeJpegWithGps()));
    expect(result).toMatchObject({ status: 201, json: { photoId: expect.any(String), position: 0 } });
  });

  it("answers 401 once the seller's session is revoked", async () => {
    await signInAs(seller);
    await database().db.update(sessions).set({ revokedAt: new Date() }).where(eq(sessions.userId, seller.id));
    expect((await upload(String(listingId), photoForm(await makeJpegWithGps()))).status).toBe(401);
  });
});
