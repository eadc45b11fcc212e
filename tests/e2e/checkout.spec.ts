import { expect, findAccessibilityProblems, test } from "./fixtures";
import { CartPage, manchester } from "./pages/cart-page";
import { ListingPage } from "./pages/listing-page";

// A buyer in the UK buys a windscreen and a steering wheel from the Estonian parts dealer in
// test-payment mode (no Stripe keys), and the dealer ships them. Demo accounts from the README.

const windscreen = "Reproduction windscreen for the AZLK pedal car, all years";
const steeringWheel = "Reproduction steering wheel for AZLK pedal cars";

test("a buyer pays for a windscreen and a steering wheel in test-payment mode, and the seller ships them", async ({
  signedIn,
}) => {
  const page = await signedIn("buyer");
  const listing = new ListingPage(page);

  const screenUrl = await listing.openByTitle(windscreen);
  await listing.addToCart(windscreen);
  await expect(page.getByRole("link", { name: /^Cart 1 item$/ })).toBeVisible();
  for (const [device, width, height] of [
    ["phone", 390, 844],
    ["desktop", 1280, 900],
  ] as const) {
    await page.setViewportSize({ width, height });
    await listing.addToCartButton(windscreen).scrollIntoViewIfNeeded();
    await page.screenshot({ path: `test-results/buy-box-${device}.png` });
  }

  await listing.openByTitle(steeringWheel);
  await listing.addToCart(steeringWheel);

  await page.getByRole("link", { name: /^Cart/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Your cart" })).toBeVisible();
  const cart = new CartPage(page);
  const group = cart.group("Baltic Parts Depot");
  await expect(group.getByRole("link", { name: windscreen })).toBeVisible();
  await expect(group.getByRole("link", { name: steeringWheel })).toBeVisible();
  // The cart reads stock live (the listing page may be a cached copy).
  const screenLine = cart.line(windscreen, group);
  const screensBefore = Number(/(\d+) in stock/.exec((await screenLine.textContent()) ?? "")?.[1]);
  expect(screensBefore).toBeGreaterThan(0);
  expect(await findAccessibilityProblems(page)).toEqual([]);
  for (const [device, width, height] of [
    ["phone", 390, 844],
    ["desktop", 1280, 900],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.screenshot({ path: `test-results/cart-${device}.png`, fullPage: true });
  }

  const payment = await cart.checkOut("Baltic Parts Depot");
  expect(await findAccessibilityProblems(page)).toEqual([]);
  await page.screenshot({ path: "test-results/test-payment-desktop.png", fullPage: true });
  await payment.fillAddress(manchester);
  const orderUrl = await payment.pay();
  await expect(page.locator(".section-head [data-order-status]")).toHaveText("Paid");
  await expect(
    page.getByRole("table", { name: /Items in order/ }).getByRole("link", { name: windscreen }),
  ).toBeVisible();
  expect(await findAccessibilityProblems(page)).toEqual([]);
  for (const [device, width, height] of [
    ["phone", 390, 844],
    ["desktop", 1280, 900],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.screenshot({ path: `test-results/order-${device}.png`, fullPage: true });
  }

  // The dealer sees the sale, the stock went down, and they ship it.
  const seller = await signedIn("parts");
  const sellerListing = new ListingPage(seller);
  await sellerListing.goto(screenUrl);
  expect(await sellerListing.stock()).toBe(screensBefore - 1);
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
