import type { Browser, Page } from "@playwright/test";
import { expect, findAccessibilityProblems, test } from "./fixtures";

// A buyer in the UK buys a windscreen and a steering wheel from the Estonian parts dealer in
// test-payment mode (no Stripe keys), and the dealer ships them. Demo accounts from the README.

const buyer = { email: "buyer@moskvitch.example", password: "Buyer-Windscreen-1993" };
const partsDealer = { email: "parts@moskvitch.example", password: "Spare-Parts-Depot-1988" };
const windscreen = "Reproduction windscreen for the AZLK pedal car, all years";
const steeringWheel = "Reproduction steering wheel for AZLK pedal cars";

async function signedInPage(browser: Browser, account: { email: string; password: string }): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("signed-in-as")).toBeVisible();
  return page;
}

async function openListing(page: Page, title: string): Promise<string> {
  await page.goto(`/listings?q=${encodeURIComponent(title)}`);
  await page.locator('a[href^="/listings/"]').filter({ hasText: title }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  return page.url();
}

async function stockOn(page: Page, url: string): Promise<number> {
  await page.goto(url);
  const text = await page.getByText(/\d+ in stock/).first().textContent();
  return Number(/(\d+) in stock/.exec(text ?? "")?.[1]);
}

test("a buyer pays for a windscreen and a steering wheel in test-payment mode, and the seller ships them", async ({ browser }) => {
  const page = await signedInPage(browser, buyer);

  const screenUrl = await openListing(page, windscreen);
  await page.getByRole("button", { name: `Add to cart: ${windscreen}` }).click();
  await expect(page.getByRole("status").filter({ hasText: "Added to your cart" })).toBeVisible();
  await expect(page.getByRole("link", { name: /^Cart 1 item$/ })).toBeVisible();
  for (const [device, width, height] of [["phone", 390, 844], ["desktop", 1280, 900]] as const) {
    await page.setViewportSize({ width, height });
    await page.getByRole("button", { name: `Add to cart: ${windscreen}` }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: `test-results/buy-box-${device}.png` });
  }

  await openListing(page, steeringWheel);
  await page.getByRole("button", { name: `Add to cart: ${steeringWheel}` }).click();
  await expect(page.getByRole("status").filter({ hasText: "Added to your cart" })).toBeVisible();

  await page.getByRole("link", { name: /^Cart/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Your cart" })).toBeVisible();
  const group = page.getByRole("region", { name: "From Baltic Parts Depot" });
  await expect(group.getByRole("link", { name: windscreen })).toBeVisible();
  await expect(group.getByRole("link", { name: steeringWheel })).toBeVisible();
  // The cart reads stock live (the listing page may be a cached copy).
  const screenLine = group.getByRole("listitem").filter({ hasText: windscreen });
  const screensBefore = Number(/(\d+) in stock/.exec((await screenLine.textContent()) ?? "")?.[1]);
  expect(screensBefore).toBeGreaterThan(0);
  expect(await findAccessibilityProblems(page)).toEqual([]);
  for (const [device, width, height] of [["phone", 390, 844], ["desktop", 1280, 900]] as const) {
    await page.setViewportSize({ width, height });
    await page.screenshot({ path: `test-results/cart-${device}.png`, fullPage: true });
  }

  await group.getByRole("button", { name: /^Check out with Baltic Parts Depot/ }).click();
  await expect(page).toHaveURL(/\/checkout\/test\/cs_test_local_/);
  await expect(page.getByRole("heading", { level: 1, name: "Test payment — no real money" })).toBeVisible();
  expect(await findAccessibilityProblems(page)).toEqual([]);
  await page.screenshot({ path: "test-results/test-payment-desktop.png", fullPage: true });
  await page.getByLabel("Name on the parcel").fill("Tom B.");
  await page.getByLabel("Street address").fill("1 Tib Street");
  await page.getByLabel("Town or city").fill("Manchester");
  await page.getByLabel("Postcode").fill("M4 1HN");
  await page.getByRole("button", { name: /^Pay .* \(test\)$/ }).click();

  await expect(page).toHaveURL(/\/orders\/\d+\?checkout=done/);
  const orderUrl = page.url().replace(/\?.*$/, "");
  await expect(page.getByRole("status").filter({ hasText: "Paid" })).toBeVisible();
  await expect(page.locator(".section-head [data-order-status]")).toHaveText("Paid");
  await expect(page.getByRole("table", { name: /Items in order/ }).getByRole("link", { name: windscreen })).toBeVisible();
  expect(await findAccessibilityProblems(page)).toEqual([]);
  for (const [device, width, height] of [["phone", 390, 844], ["desktop", 1280, 900]] as const) {
    await page.setViewportSize({ width, height });
    await page.screenshot({ path: `test-results/order-${device}.png`, fullPage: true });
  }

  // The dealer sees the sale, the stock went down, and they ship it.
  const seller = await signedInPage(browser, partsDealer);
  expect(await stockOn(seller, screenUrl)).toBe(screensBefore - 1);
  await seller.goto("/dashboard/sales");
  await expect(seller.getByRole("heading", { level: 1, name: "Your sales" })).toBeVisible();
  const sale = seller.getByRole("listitem").filter({ hasText: windscreen }).first();
  await expect(sale.getByText("Paid", { exact: true })).toBeVisible();
  await expect(sale.getByText(/Payout owed/)).toBeVisible();
  expect(await findAccessibilityProblems(seller)).toEqual([]);
  await seller.screenshot({ path: "test-results/sales-desktop.png", fullPage: true });
  await sale.getByLabel("Carrier").fill("Omniva");
  await sale.getByLabel("Tracking number").fill("CE123456789EE");
  await sale.getByRole("button", { name: "Mark shipped" }).click();
  await expect(seller.getByRole("status").filter({ hasText: "Marked shipped with Omniva" })).toBeVisible();
  await seller.setViewportSize({ width: 390, height: 844 });
  await seller.screenshot({ path: "test-results/sales-phone.png", fullPage: true });

  // The buyer sees it on its way, with the tracking number, and confirms it arrived.
  await page.goto(orderUrl);
  await expect(page.locator(".section-head [data-order-status]")).toHaveText("Shipped");
  await expect(page.getByText("CE123456789EE", { exact: true })).toBeVisible();
  await page.getByRole("button", { name: "I have received it" }).click();
  await expect(page.getByRole("status").filter({ hasText: "marked received" })).toBeVisible();
  await expect(page.locator(".section-head [data-order-status]")).toHaveText("Received");
});
