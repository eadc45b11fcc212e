import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/session";
import { bodyLimits } from "@/lib/http/body";
import { photoRules } from "@/lib/photos/inspect";
import { saveListing } from "@/lib/selling/listings";
import { createTestUser, withPrivateDataDir } from "../fixtures/listings";
import { endlessBody, streamingPost } from "../support/endless-body";
import { setupResult } from "../support/setup-results";
import { withTestDatabase } from "../support/test-database";

// Every route handler that reads a body, fed one far larger than its cap: it must answer 413 having
// read no more than the cap (plus the chunk in hand) and hang up on the rest.
const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => session.user }));
vi.mock("next/cache", () => ({ revalidateTag: vi.fn() }));
// Test files share a worker: the next file gets the real modules again.
afterAll(() => {
  vi.doUnmock("@/lib/auth/session");
  vi.doUnmock("next/cache");
});
const valuation = await import("@/app/api/valuation/route");
const webhook = await import("@/app/api/stripe/webhook/route");
const photos = await import("@/app/api/listings/[id]/photos/route");
const auth = await import("@/app/api/auth/[...nextauth]/route");

const database = withTestDatabase();
withPrivateDataDir();
let listingId = 0;

beforeAll(async () => {
  const seller = await createTestUser(database());
  session.user = { id: seller.id, role: seller.role, name: "Tester", email: "t@example.com" };
  const saved = await saveListing({ actor: seller, input: { category: "toy", title: "AZLK crane" } });
  listingId = setupResult(saved, "saving the test listing").listingId;
});

const chunkBytes = 64 * 1024;
type Route = {
  name: string;
  maxBytes: number;
  contentType: string;
  call: (request: Request) => Promise<Response>;
};
const routes: Route[] = [
  {
    name: "POST /api/valuation",
    maxBytes: bodyLimits.json,
    contentType: "application/json",
    call: (r) => valuation.POST(r),
  },
  {
    name: "POST /api/stripe/webhook",
    maxBytes: bodyLimits.webhook,
    contentType: "application/json",
    call: (r) => webhook.POST(r),
  },
  {
    name: "POST /api/listings/[id]/photos",
    maxBytes: photoRules.maxBytes + 64 * 1024,
    contentType: "multipart/form-data; boundary=x",
    call: (r) => photos.POST(r, { params: Promise.resolve({ id: String(listingId) }) }),
  },
  {
    name: "POST /api/auth/callback/credentials",
    maxBytes: bodyLimits.form,
    contentType: "application/x-www-form-urlencoded",
    call: (r) => auth.POST(r, { params: Promise.resolve({ nextauth: ["callback", "credentials"] }) }),
  },
];

describe.each(routes)("$name", ({ maxBytes, contentType, call }) => {
  const totalBytes = maxBytes * 4 + chunkBytes;

  it("refuses a chunked body past its cap with 413, without reading the rest", async () => {
    const { stream, tally } = endlessBody({ totalBytes, chunkBytes });
    const response = await call(
      streamingPost("http://test/api/x", stream, {
        "content-type": contentType,
        "stripe-signature": "t=1,v1=0",
      }),
    );
    expect(response.status).toBe(413);
    expect(tally.pulledBytes).toBeLessThanOrEqual(maxBytes + chunkBytes);
    expect(tally.cancelled).toBe(true);
  });

  it("refuses a body that is longer than its Content-Length claims, the same way", async () => {
    const { stream, tally } = endlessBody({ totalBytes, chunkBytes });
    const headers = { "content-type": contentType, "content-length": "200", "stripe-signature": "t=1,v1=0" };
    const response = await call(streamingPost("http://test/api/x", stream, headers));
    expect(response.status).toBe(413);
    expect(tally.pulledBytes).toBeLessThanOrEqual(maxBytes + chunkBytes);
    expect(tally.cancelled).toBe(true);
  });

  it("refuses a declared length over the cap before reading a byte", async () => {
    const { stream, tally } = endlessBody({ totalBytes, chunkBytes });
    const response = await call(
      streamingPost("http://test/api/x", stream, {
        "content-type": contentType,
        "content-length": String(totalBytes),
      }),
    );
    expect(response.status).toBe(413);
    expect(tally.pulledBytes).toBe(0);
  });
});
