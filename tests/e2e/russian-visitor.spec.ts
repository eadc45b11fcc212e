import { expect, findAccessibilityProblems, test } from "./fixtures";

// A collector whose browser asks for Russian: the site answers in Russian under /ru, finds a 412 by
// its Cyrillic name, and shows what it is worth in roubles beside the seller's own currency. The
// switch in the header takes them to the same page in English, and English is remembered.

test.use({ locale: "ru-RU" });

test("a Russian-speaking visitor lands on /ru, finds a Moskvitch 412 and reads its fair value in roubles", async ({
  page,
}) => {
  await page.goto("/");
  await expect(page).toHaveURL(/\/ru$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "ru");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Площадка");
  await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveCount(1);
  await expect(page.locator('link[rel="alternate"][hreflang="x-default"]')).toHaveCount(1);

  const search = page.getByRole("search").first();
  await search.getByLabel("Поиск по каталогу").fill("Москвич 412");
  await search.getByRole("button", { name: "Найти" }).click();
  await expect(page).toHaveURL(/\/ru\/listings\?q=/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Результаты по запросу «Москвич 412»");
  await expect(page.getByTestId("result-count")).toContainText(/объявлени/);

  const results = page.getByRole("list", { name: "Найденные объявления" });
  await results.getByRole("link").first().click();
  await expect(page).toHaveURL(/\/ru\/listings\/\d+$/);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", /\/ru\/listings\/\d+$/);

  const fairValue = page.getByTestId("listing-fair-value");
  await expect(fairValue).toContainText("Справедливая цена");
  // Roubles without having chosen them: the default for a Russian reader (or the listing's own currency).
  await expect(fairValue).toContainText("₽");
  await expect(page.getByText("Показывать цены также в")).toBeVisible();
  expect(await findAccessibilityProblems(page)).toEqual([]);

  const listingPath = new URL(page.url()).pathname.replace(/^\/ru/, "");
  await page.getByRole("link", { name: /^English/ }).click();
  await expect(page).toHaveURL(new RegExp(`${listingPath}$`));
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { name: "Description" })).toBeVisible();

  // The choice is kept: the home page now stays English for this browser.
  await page.goto("/");
  await expect(page).toHaveURL(/\/$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
});

test("an unknown language prefix is the English 404 page", async ({ page }) => {
  const response = await page.goto("/de/listings");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("We couldn’t find that page");
});
