import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { proxy } from "@/proxy";
import { hostileSegments } from "@/tests/fixtures/hostile-inputs";
import { browseSegmentFor } from "./search-params";

// Only canonical browse pages may be rendered (and so cached); anything else asked for directly is
// the site's 404, so made-up segments can neither fail nor fill the cache.
const call = async (path: string) => proxy(new NextRequest(`http://market.test${path}`));

describe("proxy: direct requests for browse pages", () => {
  it("lets canonical browse pages through", async () => {
    for (const segment of [
      browseSegmentFor({})!,
      browseSegmentFor({ category: "pedal_car", sort: "best_deal" })!,
    ]) {
      const response = await call(`/listings/browse/${segment}`);
      expect(response.status).toBe(200);
      expect(response.headers.get("x-middleware-rewrite")).toBeNull();
    }
  });

  it.each([...hostileSegments, "made-up-1", "sort%3Dnewest%26category%3Dtoy", "q%3Daleko"])(
    "answers /listings/browse/%s with the not-found page",
    async (segment) => {
      const response = await call(`/listings/browse/${segment}`);
      expect(response.status).toBe(404);
      expect(response.headers.get("x-middleware-rewrite")).toMatch(/\/not-found$/);
    },
  );

  // Word searches and the popular pages need the database: tests/integration/popular-searches.test.ts.
  it("still rewrites plain browsing on /listings", async () => {
    expect((await call("/listings?category=toy")).headers.get("x-middleware-rewrite")).toMatch(
      /\/listings\/browse\/category%3Dtoy$/,
    );
  });
});
