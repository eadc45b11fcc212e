import type { Page } from "@playwright/test";
import { expect, findAccessibilityProblems, test } from "./fixtures";
import { SellPage } from "./pages/sell-page";
import { unusedLatePedalCar } from "@/lib/catalogue/examples";

// Fair value where collectors meet it: the listing's verdict, the /value check with its reasons and
// share link, the seller's live estimate, and the public JSON API.

const seededTitle = "Unused Moskvitch pedal car, AZLK 1993 plate, blue, never pedalled";

/** Collects uncaught errors, console errors and failed requests (by address; the browser's own favicon probe aside). */
function watchForErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(`pageerror: ${error.message}`));
  page.on("console", (message) => {
    // A failed load is reported below with its address.
    if (message.type() === "error" && !message.text().startsWith("Failed to load resource"))
      errors.push(`console: ${message.text()}`);
  });
  page.on("response", (response) => {
    if (response.status() >= 400 && !response.url().endsWith("/favicon.ico"))
      errors.push(`${response.status()}: ${response.url()}`);
  });
  return errors;
}

async function openSeededListing(page: Page) {
  await page.goto("/listings?q=never+pedalled");
  await page
    .getByRole("link", { name: new RegExp(seededTitle) })
    .first()
    .click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(seededTitle);
}

const verdictOf = (page: Page) =>
  page.getByTestId("verdict").locator("[data-verdict]").getAttribute("data-verdict");

test("a buyer reads a listing's verdict, checks other prices on /value, reads why, and shares the answer", async ({
  page,
}) => {
  const errors = watchForErrors(page);
  await openSeededListing(page);
  const listingId = /\/listings\/(\d+)/.exec(page.url())![1];

  const badge = page.getByTestId("listing-fair-value");
  const headline = page.getByTestId("listing-verdict").locator("[data-verdict]");
  await expect(headline).toBeVisible();
  const listingVerdict = await headline.getAttribute("data-verdict");
  expect(["great_deal", "fair"]).toContain(listingVerdict);
  await badge.getByText("Why this verdict").click();
  await expect(badge.getByRole("list", { name: "Why" }).getByText("Reference value")).toBeVisible();

  await badge.getByRole("link", { name: "Check fair value at another price" }).click();
  await expect(page).toHaveURL(new RegExp(`/value\\?listing=${listingId}$`));
  await expect(page.getByLabel("Era")).toHaveValue("late_soft_tires");
  await expect(page.getByLabel("Price or current bid")).toHaveValue("360");
  expect(await verdictOf(page)).toBe(listingVerdict);

  // A higher price never earns a better verdict.
  await page.getByLabel("Price or current bid").fill("1200");
  await page.getByRole("button", { name: "Check fair value" }).click();
  await expect(page).toHaveURL(/price=1200/);
  expect(await verdictOf(page)).toBe("overpriced");

  // A missing windscreen costs what finding and fitting one costs; shipping is padded for it.
  await page.getByLabel("Windscreen").selectOption("missing");
  await page.getByLabel("Price or current bid").fill("200");
  await page.getByRole("button", { name: "Check fair value" }).click();
  const reasons = page.getByRole("list", { name: "Why" });
  await expect(reasons.getByText("Windscreen missing", { exact: true })).toBeVisible();
  await expect(reasons.getByText(/new reproduction costs about \$\d+/)).toBeVisible();
  await expect(reasons.getByText(/windscreen and steering wheel padded/)).toBeVisible();
  await expect(reasons.getByText(/^Our estimate/).first()).toBeVisible();
  expect(await verdictOf(page)).not.toBe("overpriced");
  await expect(page.getByTestId("shipping")).not.toHaveText("$0");

  // The sales it leaned on, with weights, and the price history.
  const comparables = page.getByTestId("comparables");
  await expect(comparables.getByRole("columnheader", { name: "Weight" })).toBeVisible();
  await expect(comparables.getByRole("row").nth(1).getByRole("cell").nth(1)).toHaveText(/^\d{1,3}%$/);
  await expect(page.getByTestId("price-history").getByRole("img", { name: /similar sales/ })).toBeVisible();
  await expect(page.locator(".recharts-scatter-symbol").first()).toBeVisible();

  const answer = {
    verdict: await verdictOf(page),
    range: await page.getByTestId("fair-value-range").textContent(),
    maxBid: await page.getByTestId("max-bid").textContent(),
  };
  const shareHref = await page.getByTestId("share-link").getAttribute("href");
  expect(shareHref).toMatch(/^\/value\?.*windscreen=missing/);

  // A second visitor opening the shared link sees the same answer.
  const other = await page.context().newPage();
  await other.goto(shareHref!);
  expect(await verdictOf(other)).toBe(answer.verdict);
  await expect(other.getByTestId("fair-value-range")).toHaveText(answer.range!);
  await expect(other.getByTestId("max-bid")).toHaveText(answer.maxBid!);
  await other.close();

  expect(await findAccessibilityProblems(page)).toEqual([]);
  expect(errors).toEqual([]);
});

test("/value calls the article's car fair at $399 whatever the shipping, and marks our own figures as ours", async ({
  page,
}) => {
  const errors = watchForErrors(page);
  const article =
    "/value?category=pedal_car&era=late_soft_tires&plate=azlk_1993&condition=unused&restored=no&windscreen=intact&steering_wheel=intact&custom_version=none";
  for (const country of ["US", "GB", "JP"]) {
    await page.goto(`${article}&country=${country}&price=399`);
    expect(await verdictOf(page)).toBe("fair");
    await expect(page.getByTestId("max-bid")).toContainText("$399");
  }
  const reasons = page.getByRole("list", { name: "Why" });
  const reference = reasons.getByRole("listitem").filter({ hasText: "Reference value" });
  await expect(reference.locator("[data-basis]")).toHaveAttribute("data-basis", "estimate");
  await expect(reference.getByText(/^Our estimate/)).toBeVisible();
  const rule = reasons.getByRole("listitem").filter({ hasText: "The article's fair price" });
  await expect(
    rule.getByText(/^From the collector's article on the AZLK pedal car: Anything under \$400/),
  ).toBeVisible();

  await page.goto(`${article.replace("late_soft_tires", "early_aluminum_bumpers")}&country=US&price=399`);
  await expect(page.getByTestId("valuation-warnings")).toContainText("no premium");
  await expect(
    reasons
      .getByRole("listitem")
      .filter({ hasText: "Era" })
      .getByText(/^Our estimate/),
  ).toBeVisible();
  expect(await findAccessibilityProblems(page)).toEqual([]);
  expect(errors).toEqual([]);
});

test("/value fills itself from a pasted listing link, handles edge input, and reads well on a desktop and a phone", async ({
  page,
  baseURL,
}) => {
  const errors = watchForErrors(page);
  await openSeededListing(page);
  const path = new URL(page.url()).pathname;

  for (const pasted of [`${baseURL}${path}`, path]) {
    await page.goto("/value");
    await page.getByLabel("Paste a listing link from this site").fill(pasted);
    await page.getByRole("button", { name: "Fill in" }).click();
    await expect(page.getByLabel("Plate")).toHaveValue("azlk_1993");
    await expect(page.getByTestId("verdict")).toBeVisible();
  }

  await page.goto("/value?listing=https://elsewhere.example/listings/1");
  await expect(page.getByRole("alert").filter({ hasText: "another site" })).toBeVisible();

  const base =
    "/value?category=pedal_car&plate=azlk_1993&condition=unused&restored=no&windscreen=intact&steering_wheel=intact&custom_version=none&country=US";
  await page.goto(`${base}&era=late_soft_tires`);
  await expect(page.getByTestId("no-verdict")).toBeVisible();
  await expect(page.getByTestId("fair-value-range")).toBeVisible();

  await page.goto(`${base}&era=late_soft_tires&price=0`);
  expect(await verdictOf(page)).toBe("great_deal");

  await page.goto(`${base}&era=unknown&price=350`);
  await expect(page.getByRole("list", { name: "Why" }).getByText("Era", { exact: true })).toBeVisible();
  await expect(page.getByTestId("verdict")).toBeVisible();

  await page.goto(`${base}&era=early_aluminum_bumpers&year=1992&price=-5`);
  await expect(page.getByText("Some answers need a look")).toBeVisible();
  await expect(page.getByLabel("Year, if known")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Price or current bid")).toHaveAttribute("aria-invalid", "true");

  for (const [device, width, height] of [
    ["desktop", 1280, 900],
    ["phone", 390, 844],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.goto(path);
    await page.getByTestId("listing-fair-value").getByText("Why this verdict").click();
    await page.screenshot({ path: `test-results/listing-fair-value-${device}.png`, fullPage: true });
    await page.goto(`${base}&era=late_soft_tires&price=450`);
    await expect(page.getByTestId("verdict")).toBeVisible();
    expect(await findAccessibilityProblems(page)).toEqual([]);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: `test-results/value-${device}.png`, fullPage: true });
  }
  expect(errors).toEqual([]);
});

test("the sell form shows a live estimate and warns of an absurd asking price", async ({
  page,
  signedIn,
}) => {
  const errors = watchForErrors(page);
  await signedIn("seller", { page });

  const sell = new SellPage(page);
  await sell.goto();
  const estimate = page.getByTestId("live-estimate");
  await expect(estimate).toContainText("Fill in the era, the licence plate");

  await page.getByLabel("Category").selectOption("pedal_car");
  await page.getByLabel("Era", { exact: true }).selectOption("late_soft_tires");
  await page.getByLabel("Licence plate").selectOption("azlk_1993");
  await page.getByLabel("Condition", { exact: true }).selectOption("unused");
  await page.getByLabel("Restored?").selectOption("no");
  await page.getByLabel("Windscreen").selectOption("intact");
  await page.getByLabel("Steering wheel").selectOption("intact");
  await expect(estimate).toContainText("Fill in the custom version");
  await page.getByLabel("Custom emergency version").selectOption("none");
  await page.getByLabel("Country (two letters)").fill("US");
  await expect(page.getByTestId("live-estimate-range")).toContainText("Fair value");
  await expect(estimate).toContainText("Enter an asking price");

  await page.getByLabel("Asking price").fill("350");
  await expect(page.getByTestId("live-estimate-verdict").locator("[data-verdict]")).toHaveAttribute(
    "data-verdict",
    /great_deal|fair/,
  );
  await expect(page.getByTestId("price-warning")).toHaveCount(0);

  await page.getByLabel("Asking price").fill("2,500");
  const warning = page.getByTestId("price-warning");
  await expect(warning).toContainText("Overpriced:");
  await expect(warning).toContainText(/\$2,500 is \$[\d,]+ \(\d+%\) above the typical value of \$\d+/);
  await expect(warning.getByRole("listitem").first()).toBeVisible();
  await expect(estimate.getByRole("link", { name: /See every reason/ })).toHaveAttribute(
    "href",
    /\/value\?.*price=2500/,
  );

  // Missing parts move the estimate as the seller types.
  await page.getByLabel("Windscreen").selectOption("missing");
  await expect(warning).toContainText("Windscreen missing");

  // The estimate never blocks saving.
  await sell.describe({ title: "Unused late AZLK pedal car, priced to test the market" });
  await sell.saveDraft();

  expect(await findAccessibilityProblems(page)).toEqual([]);
  for (const [device, width, height] of [
    ["desktop", 1280, 900],
    ["phone", 390, 844],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: `test-results/sell-live-estimate-${device}.png`, fullPage: true });
  }
  expect(errors).toEqual([]);
});

test("POST /api/valuation answers bad input with field errors and good input with the contract", async ({
  request,
}) => {
  const notJson = await request.post("/api/valuation", {
    headers: { "content-type": "application/json" },
    data: Buffer.from("{not json"),
  });
  expect(notJson.status()).toBe(400);
  expect((await notJson.json()).errors.body).toMatch(/JSON/);

  const item = unusedLatePedalCar;
  const bad = await request.post("/api/valuation", {
    data: { item: { ...item, era: "early_aluminum_bumpers", year: 1992 }, priceCents: -1 },
  });
  expect(bad.status()).toBe(400);
  const { errors } = await bad.json();
  expect(Object.keys(errors).sort()).toEqual(["item.year", "priceCents"]);

  const good = await request.post("/api/valuation", {
    data: { item, priceCents: 35_000, currency: "USD", shipTo: { country: "US", postalCode: "07302" } },
  });
  expect(good.status()).toBe(200);
  const body = await good.json();
  expect(body.verdict).toBe("fair");
  expect(body.fairValue.typicalCents).toBeLessThan(40_000);
  expect(body.shippingCents).toBeGreaterThan(0);
  expect(body.comparables.length).toBeGreaterThan(0);
});

test("a listing priced in euros shows its fair value and badge in euros, and demo sales are labelled demo", async ({
  page,
  request,
}) => {
  const errors = watchForErrors(page);
  await page.goto("/listings?q=priced+in+euros");
  const card = page.getByRole("link", { name: /^1985 AZLK pedal car, plastic bumpers, priced in euros/ });
  await expect(card.getByTestId("card-fair-value")).toContainText("€");
  await card.click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "1985 AZLK pedal car, plastic bumpers, priced in euros",
  );

  const fair = page.getByTestId("listing-fair-value");
  await expect(fair.getByTestId("listing-verdict").locator("[data-verdict]")).toBeVisible();
  await expect(fair.getByTestId("listing-verdict")).toContainText("€");
  await fair.getByText("Why this verdict").click();
  await expect(fair.getByTestId("rates")).toContainText("EUR per dollar");
  await expect(fair.getByTestId("comparables").locator('[data-origin="demo"]').first()).toHaveText(
    "Demo sale (synthetic, not market evidence)",
  );
  await expect(fair.getByRole("list", { name: "Why" })).toContainText(
    "demo sales (synthetic, not market evidence)",
  );
  await expect(fair.getByTestId("accuracy")).toContainText("How accurate this is");

  // /value, opened from the listing, keeps the euro price and answers in euros.
  await fair.getByRole("link", { name: "Check fair value at another price" }).click();
  await expect(page.getByLabel("Currency")).toHaveValue("EUR");
  await expect(page.getByTestId("fair-value-range")).toContainText("€");
  await expect(page.getByTestId("price-history-demo")).toContainText("demo sale");
  await expect(page.getByTestId("accuracy")).toContainText("demo sales (synthetic, not market evidence)");
  for (const [device, width, height] of [
    ["desktop", 1280, 900],
    ["phone", 390, 844],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.screenshot({ path: `test-results/value-euros-${device}.png`, fullPage: true });
  }

  const api = await request.post("/api/valuation", {
    data: {
      item: {
        category: "pedal_car",
        era: "plastic_bumpers",
        plate: "none",
        condition: "good",
        restored: false,
        windscreen: "intact",
        steeringWheel: "intact",
        customVersion: "none",
      },
      priceCents: 29_000,
      currency: "EUR",
    },
  });
  const body = await api.json();
  expect(body.currency).toBe("EUR");
  expect(body.rates).toMatchObject({ currency: "EUR", date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
  expect(new Set(body.comparables.map((c: { origin: string }) => c.origin))).toEqual(new Set(["demo"]));
  expect(errors).toEqual([]);
});
