import { expect, findAccessibilityProblems, test } from "./fixtures";

// The results archive, and what search engines and phones read: a listing's structured data and
// canonical address, robots.txt, the sitemap and the web app manifest.

test("a collector searches the results archive, narrows it to pedal cars and opens a result", async ({
  page,
}) => {
  await page.goto("/results");
  await expect(page.getByRole("heading", { level: 1, name: "Results archive" })).toBeVisible();
  const results = page.getByRole("list", { name: "Results" });
  await expect(results.getByRole("listitem").first()).toBeVisible();
  expect(await findAccessibilityProblems(page)).toEqual([]);

  const form = page.getByRole("search", { name: "Search results" });
  await form.getByLabel("Category").selectOption("pedal_car");
  await form.getByRole("button", { name: "Show results" }).click();
  await expect(page).toHaveURL(/\/results\?.*category=pedal_car/);
  // Each result names where it comes from: the demo catalogue's synthetic sales say so, and a sale
  // paid for here (another journey's auction, say) says it happened on this site.
  const items = results.getByRole("listitem");
  await expect(items.first()).toContainText("Pedal car");
  const origins = ["demo (synthetic)", "On Moskvitch Market", "Public result from"];
  for (const text of await items.allInnerTexts())
    expect(
      origins.filter((origin) => text.includes(origin)),
      text,
    ).toHaveLength(1);
  const first = items.filter({ hasText: "demo (synthetic)" }).first();
  await expect(form.getByLabel("Era")).toBeVisible();

  await first.getByRole("link").click();
  await expect(page).toHaveURL(/\/results\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId("result-outcome")).toHaveText(/^Sold for \$[\d,]+/);
  await expect(page.getByText("demo (synthetic)")).toBeVisible();
  await expect(page.getByRole("link", { name: "Similar results" })).toHaveAttribute(
    "href",
    /category=pedal_car/,
  );
  expect(await findAccessibilityProblems(page)).toEqual([]);
});

test("impossible filters are said beside their field, and an unknown result is not found", async ({
  page,
}) => {
  const response = await page.goto("/results?from=2026-05-01&to=2026-04-01");
  expect(response?.status()).toBe(200);
  await expect(page.getByText("The end date is before the start date.")).toBeVisible();
  await expect(page.getByLabel("Ended by")).toHaveAttribute("aria-invalid", "true");

  expect((await page.goto("/results/not-a-result"))?.status()).toBe(404);
  expect((await page.goto("/results/00000000-0000-4000-8000-000000000000"))?.status()).toBe(404);
});

test("a listing page carries a schema.org Product with its Offer and a canonical address", async ({
  page,
}) => {
  await page.goto("/listings?category=pedal_car");
  await page.getByRole("list", { name: "Listings found" }).locator(".listing-card a").first().click();
  await expect(page).toHaveURL(/\/listings\/\d+$/);
  const id = new URL(page.url()).pathname.split("/").at(-1);

  const data = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? "{}");
  expect(data).toMatchObject({ "@context": "https://schema.org", "@type": "Product" });
  expect(data.offers).toMatchObject({ "@type": "Offer", priceCurrency: expect.stringMatching(/^[A-Z]{3}$/) });
  expect(data.offers.price).toMatch(/^\d+\.\d{2}$/);
  expect(data.offers.availability).toMatch(/^https:\/\/schema\.org\/(InStock|SoldOut)$/);
  // Until the router has swapped the pages, the search page's head may linger beside the listing's.
  await expect(page.locator('link[rel="canonical"]')).toHaveCount(1);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", new RegExp(`/listings/${id}$`));
  await expect(page.getByRole("link", { name: "Similar results" })).toHaveAttribute(
    "href",
    /\/results\?category=pedal_car/,
  );

  // A search's canonical address drops the sort and keeps its filters in order.
  await page.goto("/listings?sort=price_asc&era=plastic_bumpers&category=pedal_car");
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
    "href",
    /\/listings\?category=pedal_car&era=plastic_bumpers$/,
  );
});

test("robots.txt, the sitemap and the web app manifest answer", async ({ request, baseURL }) => {
  const robots = await request.get("/robots.txt");
  expect(robots.status()).toBe(200);
  const robotsText = await robots.text();
  expect(robotsText).toContain(`Sitemap: ${baseURL}/sitemap.xml`);
  expect(robotsText).toContain("Disallow: /api/");
  expect(robotsText).toContain("Disallow: /dashboard");

  const index = await request.get("/sitemap.xml");
  expect(index.status()).toBe(200);
  expect(index.headers()["content-type"]).toContain("xml");
  const indexText = await index.text();
  expect(indexText).toContain("<sitemapindex");
  const parts = [...indexText.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
  expect(parts).toContain(`${baseURL}/sitemaps/pages.xml`);
  expect(parts).toContain(`${baseURL}/sitemaps/listings-0.xml`);
  const pages = await (await request.get("/sitemaps/pages.xml")).text();
  expect(pages).toContain(`<loc>${baseURL}/results</loc>`);
  expect(pages).toContain(`<loc>${baseURL}/listings?category=pedal_car</loc>`);
  const listings = await (await request.get("/sitemaps/listings-0.xml")).text();
  expect(listings).toMatch(new RegExp(`<loc>${baseURL}/listings/\\d+</loc>`));
  expect((await request.get("/sitemaps/listings-999.xml")).status()).toBe(404);

  const manifest = await request.get("/manifest.webmanifest");
  expect(manifest.status()).toBe(200);
  const app = await manifest.json();
  expect(app).toMatchObject({ name: "Moskvitch Market", display: "standalone" });
  expect(app.icons.map((icon: { sizes: string }) => icon.sizes)).toEqual(
    expect.arrayContaining(["192x192", "512x512"]),
  );
  for (const icon of ["/icon-192.png", "/icon-512.png", "/apple-touch-icon.png"]) {
    const response = await request.get(icon);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("image/png");
  }
});
