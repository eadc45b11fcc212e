import type { Page } from "@playwright/test";
import { expect, findAccessibilityProblems, test } from "./fixtures";

// Finding things on the demo catalogue: the search page with its filters and sorts, a listing page's
// fair value and what sits below it, and the parts finder.

/** Asking prices of the fixed-price cards (an auction card shows its current bid instead). */
async function fixedPrices(page: Page): Promise<number[]> {
  const cards = page
    .getByRole("list", { name: "Listings found" })
    .locator(".listing-card")
    .filter({ hasNot: page.locator(".auction-summary") });
  const texts = await cards.locator(".listing-card__price").allTextContents();
  return texts.map((t) => Number(t.replace(/[^0-9.]/g, "")));
}

test("a buyer filters pedal cars that ship to the US, sorts by price and opens one", async ({ page }) => {
  await page.goto("/listings");
  await expect(page.getByRole("heading", { level: 1, name: "Everything for sale" })).toBeVisible();
  expect(await findAccessibilityProblems(page)).toEqual([]);

  const filters = page.getByRole("search", { name: "Filter listings" });
  await filters.getByLabel("Category").selectOption("pedal_car");
  await filters.getByLabel("Ships to").selectOption("US");
  await page.getByLabel("Sort by").selectOption("price_asc");
  await filters.getByRole("button", { name: "Show results" }).click();

  await expect(page).toHaveURL(/category=pedal_car/);
  await expect(page).toHaveURL(/ships_to=US/);
  await expect(page).toHaveURL(/sort=price_asc/);
  const chips = page.getByRole("list", { name: "Filters in use" });
  await expect(chips.getByRole("link", { name: "Remove filter: Pedal cars" })).toBeVisible();
  await expect(chips.getByRole("link", { name: "Remove filter: Ships to United States" })).toBeVisible();
  // Within the visible results: while the router swaps pages, a hidden copy of the old one may linger.
  await expect(page.getByRole("region", { name: "Results" }).getByTestId("result-count")).toHaveText(
    /^\d+ listings?$/,
  );
  const prices = await fixedPrices(page);
  expect(prices.length).toBeGreaterThan(1);
  expect(prices).toEqual([...prices].sort((a, b) => a - b));
  // Now that the category is pedal cars, the form offers the era.
  await expect(filters.getByLabel("Pedal-car era")).toBeVisible();
  await expect(page.getByTestId("card-fair-value").first()).toContainText("fair value ≈ $");
  await page.screenshot({ path: "test-results/find-results-desktop.png", fullPage: true });

  // Removing a chip keeps the other filter and the sort.
  await chips.getByRole("link", { name: "Remove filter: Ships to United States" }).click();
  await expect(page).toHaveURL(/category=pedal_car&sort=price_asc$/);

  const first = page.getByRole("list", { name: "Listings found" }).getByRole("link").first();
  const title = (await first.locator(".listing-card__title").textContent())!;
  await first.click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(page.locator(".listing-fair-value [data-verdict]").first()).toBeVisible();
  await expect(page.locator(".listing-fair-value")).toContainText("Fair value $");
  await expect(page.getByRole("heading", { name: "Parts that fit" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "More pedal cars" })).toBeVisible();
  await expect(
    page.getByRole("complementary", { name: "Price and details" }).getByText("Era", { exact: true }),
  ).toBeVisible();
  const ogImage = await page.locator('meta[property="og:image"]').getAttribute("content");
  expect(ogImage).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/photos\//);
  expect(await findAccessibilityProblems(page)).toEqual([]);
  await page.screenshot({ path: "test-results/find-listing-desktop.png", fullPage: true });
});

test("search mends a typo, sorts by best deal, and pages with a cursor", async ({ page }) => {
  await page.goto("/listings?q=moskvitch+pedel+car");
  // The results stream in behind loading.tsx: until React reveals them, the streamed copy waits hidden
  // beside the page. The finished page holds them once, and only then is anything in them read.
  await expect(page.locator("h1")).toHaveCount(1);
  await expect(page.getByRole("list", { name: "Listings found", includeHidden: true })).toHaveCount(1);
  await expect(page.getByText("Did you mean")).toContainText("moskvitch pedal car");
  await expect(
    page.getByRole("list", { name: "Listings found" }).getByRole("listitem").first(),
  ).toBeVisible();

  await page.goto("/listings?sort=best_deal");
  await expect(
    page.getByText("Best deal puts the fixed prices furthest under their fair value first"),
  ).toBeVisible();
  const verdicts = await page
    .locator("[data-testid=card-fair-value] [data-verdict]")
    .evaluateAll((els) => els.map((el) => el.getAttribute("data-verdict")));
  expect(verdicts[0]).toBe("great_deal");

  await page.getByRole("link", { name: "Next page →" }).click();
  await expect(page).toHaveURL(/after=/);
  await expect(page.getByRole("link", { name: "← Back to first page" })).toBeVisible();

  await page.goto("/listings?q=zzqqxxyy");
  await expect(page.getByRole("heading", { name: "Nothing matches this search yet" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Москвич" })).toBeVisible();
});

test("the filters fold away on a phone", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/listings?category=part");
  const filters = page.getByRole("search", { name: "Filter listings" });
  await expect(filters).toBeHidden();
  await page.getByText("Filters (1 on)").click();
  await expect(filters.getByLabel("Fits pedal-car era")).toBeVisible();
  await page.screenshot({ path: "test-results/find-results-phone.png", fullPage: true });
});

test("the parts finder finds parts for a pedal car by year and explains a bad year", async ({ page }) => {
  await page.goto("/");
  await page
    .getByRole("navigation", { name: "Categories" })
    .getByRole("link", { name: "Parts finder" })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: "Parts finder" })).toBeVisible();

  const pedalForm = page.getByRole("form", { name: "For a pedal car" });
  await pedalForm.getByLabel("Year made").fill("1986");
  await pedalForm.getByRole("button", { name: "Find pedal-car parts" }).click();
  await expect(page).toHaveURL(/for=pedal_car&year=1986/);
  await expect(
    page.getByRole("heading", { name: "Parts for a 1986 pedal car (plastic bumpers or late, soft tires)" }),
  ).toBeVisible();
  await expect(
    page.getByRole("list", { name: "Parts that fit" }).getByRole("listitem").first(),
  ).toBeVisible();
  expect(await findAccessibilityProblems(page)).toEqual([]);

  const carForm = page.getByRole("form", { name: "For a classic car" });
  await carForm.getByLabel("Model").selectOption("412");
  await carForm.getByRole("button", { name: "Find car parts" }).click();
  await expect(page.getByRole("heading", { name: "Parts for Moskvitch 412" })).toBeVisible();

  await page.goto("/parts?for=pedal_car&year=1960");
  await expect(page.getByLabel("Year made")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("AZLK made the pedal car from 1973 to 1994.")).toBeVisible();
});
