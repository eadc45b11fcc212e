import type { Browser, Page } from "@playwright/test";
import { expect, findAccessibilityProblems, test } from "./fixtures";

// A unique pedal car reserved by one buyer stays reserved when its seller edits the listing: a
// second buyer, who had it in their cart, still cannot buy it. Demo accounts from the README.

const seller = { email: "seller@moskvitch.example", password: "Pedal-Car-Restorer-1984" };
const firstBuyer = { email: "buyer@moskvitch.example", password: "Buyer-Windscreen-1993" };
const secondBuyer = { email: "collector@moskvitch.example", password: "Collector-Aleko-2141" };
const car = "Early AZLK pedal car, aluminum bumpers, restored in cherry red";
const sellerName = "Sergei (AZLK Garage)";

// Three signed-in people and a payment page: more than the default minute on a busy machine.
test.describe.configure({ timeout: 360_000 });

async function signedInPage(browser: Browser, account: { email: string; password: string }): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("signed-in-as")).toBeVisible({ timeout: 30_000 });
  return page;
}

async function openListing(page: Page, title: string): Promise<string> {
  await page.goto(`/listings?q=${encodeURIComponent(title)}`);
  await page.locator('a[href^="/listings/"]').filter({ hasText: title }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  return page.url();
}

async function addToCart(page: Page) {
  await page.getByRole("button", { name: `Add to cart: ${car}` }).click();
  await expect(page.getByRole("status").filter({ hasText: "Added to your cart" })).toBeVisible();
}

test("a seller edits a reserved pedal car and a second buyer still cannot buy it", async ({ browser }) => {
  // The second buyer puts the car in their cart while it is still free, and reads who restored it.
  const second = await signedInPage(browser, secondBuyer);
  const url = await openListing(second, car);
  await expect(second.getByRole("term").filter({ hasText: "Restored by" })).toBeVisible();
  await addToCart(second);

  // The first buyer checks out and reaches the payment page: the car is reserved for them.
  const first = await signedInPage(browser, firstBuyer);
  await first.goto(url);
  await addToCart(first);
  await first.goto("/cart");
  await first.getByRole("button", { name: new RegExp(`^Check out with ${sellerName.replace(/[()]/g, "\\$&")}`) }).click();
  await expect(first).toHaveURL(/\/checkout\/test\/cs_test_local_/);

  // The seller changes one word of the description and saves.
  const sellerPage = await signedInPage(browser, seller);
  const id = /\/listings\/(\d+)/.exec(url)![1];
  await sellerPage.goto(`/sell/${id}`);
  const description = sellerPage.getByLabel("Description");
  await description.fill(`${await description.inputValue()} Freshly waxed.`);
  await sellerPage.getByRole("button", { name: "Save changes" }).click();
  await expect(sellerPage.getByText("Changes saved. The listing is live.")).toBeVisible();

  // The second buyer sees it reserved, with nothing to buy, and their cart's checkout is refused.
  await second.goto(url);
  await expect(second.getByText("Freshly waxed.")).toBeVisible();
  await expect(second.getByText(/^Reserved: another buyer is paying for it/)).toBeVisible();
  await expect(second.getByRole("button", { name: `Add to cart: ${car}` })).toHaveCount(0);
  expect(await findAccessibilityProblems(second)).toEqual([]);
  for (const [device, width, height] of [["phone", 390, 844], ["desktop", 1280, 900]] as const) {
    await second.setViewportSize({ width, height });
    await second.screenshot({ path: `test-results/reserved-listing-${device}.png`, fullPage: true });
  }
  // Their cart reads stock live: the line says sold out and there is nothing to check out.
  await second.goto("/cart");
  await expect(second.getByText(/^Sold out/).first()).toBeVisible();
  await expect(second.getByRole("button", { name: new RegExp(`^Check out with ${sellerName.replace(/[()]/g, "\\$&")}`) })).toBeDisabled();
});

test("an unpublished listing answers 404 'no longer available' to the public, and the seller still sees it", async ({ browser, page }) => {
  const sellerPage = await signedInPage(browser, seller);
  const title = "AZLK pedal car for restoration, plastic bumpers, surface rust";
  const url = await openListing(page, title);
  const id = /\/listings\/(\d+)/.exec(url)![1]!;

  await sellerPage.goto("/dashboard/listings");
  await sellerPage.getByRole("button", { name: `Unpublish: ${title}` }).click();
  await expect(sellerPage.getByRole("region", { name: /Unpublished/ }).getByText(title)).toBeVisible();

  const response = await page.goto(url);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "This listing is no longer available" })).toBeVisible();
  await expect(page.getByText(title)).toHaveCount(0);
  await page.goto(`/listings?q=${encodeURIComponent(title)}`);
  await expect(page.locator(`a[href="/listings/${id}"]`)).toHaveCount(0);
  for (const [device, width, height] of [["phone", 390, 844], ["desktop", 1280, 900]] as const) {
    await page.setViewportSize({ width, height });
    await page.goto(url);
    await page.screenshot({ path: `test-results/no-longer-available-${device}.png`, fullPage: true });
  }

  await sellerPage.goto(`/dashboard/listings/${id}`);
  await expect(sellerPage.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(sellerPage.getByRole("status").filter({ hasText: "Only you see this page" })).toBeVisible();
  expect(await findAccessibilityProblems(sellerPage)).toEqual([]);
  await sellerPage.screenshot({ path: "test-results/seller-preview-desktop.png", fullPage: true });
});
