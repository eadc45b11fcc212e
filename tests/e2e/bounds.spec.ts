import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { expect, test } from "./fixtures";

// Bounds seen from outside: hostile URLs get the site's own 4xx (or their results) and never a 500,
// free-form searches add nothing to the server's cache, and an oversized chunked body is cut off.

const distDir = process.env.E2E_DIST_DIR ?? ".next-e2e";
const impossibleCursor = Buffer.from(JSON.stringify(["newest", "2026-02-30T00:00:00Z", 1])).toString(
  "base64url",
);

test("hostile search values, cursors, segments and ids never answer 5xx", async ({ request }) => {
  const notFound = [
    "/listings/browse/%E0%A4%A",
    "/listings/browse/%ZZ",
    "/listings/browse/q%3Daleko",
    "/listings/browse/category%3D%00",
    "/listings/%00",
    "/listings/99999999999",
  ];
  const answered = [
    "/listings?q=a%00b",
    "/listings?q=%E0%A4%A",
    `/listings?after=${impossibleCursor}`,
    `/listings?sort=price_asc&after=${Buffer.from(JSON.stringify(["price_asc", "99999999999", 1])).toString("base64url")}`,
    "/listings?min=%00&max=1e309&country=%00%00&category=%07",
    "/parts?for=pedal_car&year=%00&after=%00",
    "/value?category=pedal_car&year=%00&price=%00",
    "/auctions?after=%00",
  ];
  for (const url of notFound) {
    const response = await request.get(url, { maxRedirects: 0 });
    expect(response.status(), url).toBe(404);
  }
  for (const url of answered) {
    const response = await request.get(url, { maxRedirects: 0 });
    expect(response.status(), url).toBeLessThan(500);
  }
  for (const url of [
    "/api/auctions/%00",
    "/api/auctions/99999999999",
    "/photos/%00",
    "/photos/..%2F..%2Fetc%2Fpasswd",
    "/checkout/test/%00",
    "/orders/%00",
  ]) {
    const response = await request.get(url, { maxRedirects: 0 });
    expect(response.status(), url).toBeGreaterThanOrEqual(300);
    expect(response.status(), url).toBeLessThan(500);
  }
});

function cacheEntries(): number {
  const count = (folder: string): number => {
    if (!fs.existsSync(folder)) return 0;
    return fs
      .readdirSync(folder, { withFileTypes: true })
      .reduce((n, entry) => n + (entry.isDirectory() ? count(path.join(folder, entry.name)) : 1), 0);
  };
  return (
    count(path.join(distDir, "cache", "fetch-cache")) + count(path.join(distDir, "server", "app", "listings"))
  );
}

test("200 distinct word searches and 200 made-up browse pages add no cache entries", async ({ request }) => {
  // Warm the pages every visitor shares, so only what the searches add is counted.
  await request.get("/listings?q=warm");
  await request.get("/listings");
  const before = cacheEntries();
  for (let i = 0; i < 200; i += 1) {
    expect((await request.get(`/listings?q=pedal${i}x&min=${i}`)).status()).toBe(200);
    expect((await request.get(`/listings/browse/made-up-${i}`)).status()).toBe(404);
  }
  expect(cacheEntries()).toBe(before);
});

test("a chunked POST far over the cap is answered 413 long before it is sent", async ({ baseURL }) => {
  const url = new URL("/api/valuation", baseURL);
  const chunk = Buffer.alloc(64 * 1024, 0x20);
  const outcome = await new Promise<{ status: number; sentBytes: number }>((resolve, reject) => {
    let sentBytes = 0;
    const req = http.request({
      host: url.hostname,
      port: url.port,
      path: url.pathname,
      method: "POST",
      headers: { "content-type": "application/json", "transfer-encoding": "chunked" },
    });
    req.on("response", (response) => {
      resolve({ status: response.statusCode ?? 0, sentBytes });
      response.resume();
      req.destroy();
    });
    req.on("error", (error) => (sentBytes > 0 ? undefined : reject(error)));
    const pump = () => {
      // 300 MB if nobody stops us; the server answers after its 64 KB cap.
      while (sentBytes < 300 * 1024 * 1024 && !req.destroyed) {
        sentBytes += chunk.length;
        if (!req.write(chunk)) return void req.once("drain", pump);
      }
      req.end();
    };
    pump();
  });
  expect(outcome.status).toBe(413);
  expect(outcome.sentBytes).toBeLessThan(300 * 1024 * 1024);
});

test("the test-payment mode says so on every page", async ({ page }) => {
  for (const url of ["/", "/listings", "/value"]) {
    await page.goto(url);
    await expect(page.getByRole("note", { name: "Test payments" })).toContainText("no real money");
  }
  for (const [device, width, height] of [
    ["desktop", 1280, 900],
    ["phone", 390, 844],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.goto("/");
    await page.screenshot({ path: `test-results/bounds-e2e/test-payment-banner-${device}.png` });
  }
});
