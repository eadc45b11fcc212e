import { expect, findAccessibilityProblems, test } from "./fixtures";
import { CartPage, manchester } from "./pages/cart-page";
import { ListingPage } from "./pages/listing-page";

// A new collector in the UK puts parts from two sellers in the cart (a decal set from the Estonian
// parts dealer, a crane hook from the US restorer), checks out once, pays once in test-payment mode,
// and each seller finds their own order among their sales. Demo accounts from the README.

const decals = "Decal set for AZLK pedal cars: badges, stripes, emergency liveries";
const hook = "Replacement hook and cable for the AZLK crane toy";

test("a buyer checks out parts from two sellers once, pays once, and both sellers see their order", async ({
  page,
  signedIn,
}) => {
  await signedIn(
    {
      email: `two-sellers-${Date.now()}@example.com`,
      displayName: "I. Petrova",
      password: "Two-Parcels-One-Payment-2141",
      country: "GB",
    },
    { page },
  );
  const listing = new ListingPage(page);
  await listing.openByTitle(decals);
  await listing.addToCart(decals);
  await listing.openByTitle(hook);
  await listing.addToCart(hook);

  const cart = new CartPage(page);
  await cart.goto();
  await expect(cart.group("Baltic Parts Depot").getByRole("link", { name: decals })).toBeVisible();
  await expect(cart.group("Sergei (AZLK Garage)").getByRole("link", { name: hook })).toBeVisible();
  // One checkout for both: one address, one payment.
  await expect(page.getByRole("button", { name: /^Check out with/ })).toHaveCount(0);
  await expect(cart.checkOutAllButton(2)).toBeEnabled();
  expect(await findAccessibilityProblems(page)).toEqual([]);
  for (const [device, width, height] of [
    ["phone", 390, 844],
    ["desktop", 1280, 900],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.screenshot({ path: `test-results/multi-seller-cart-${device}.png`, fullPage: true });
  }

  const payment = await cart.checkOutAll(2);
  await expect(page.getByText(/^One payment for 2 orders/)).toBeVisible();
  await expect(page.getByRole("table", { name: /from Baltic Parts Depot$/ })).toContainText(decals);
  await expect(page.getByRole("table", { name: /from Sergei \(AZLK Garage\)$/ })).toContainText(hook);
  expect(await findAccessibilityProblems(page)).toEqual([]);
  for (const [device, width, height] of [
    ["phone", 390, 844],
    ["desktop", 1280, 900],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.screenshot({ path: `test-results/multi-seller-payment-${device}.png`, fullPage: true });
  }
  await payment.fillAddress(manchester);
  await payment.payAll();

  // One payment, and the two orders it made, each paid.
  const orders = page.getByRole("listitem").filter({ hasText: /^Order \d+ from/ });
  await expect(orders).toHaveCount(2);
  await expect(
    orders.filter({ hasText: "Baltic Parts Depot" }).getByText("Paid", { exact: true }),
  ).toBeVisible();
  await expect(
    orders.filter({ hasText: "Sergei (AZLK Garage)" }).getByText("Paid", { exact: true }),
  ).toBeVisible();
  expect(await findAccessibilityProblems(page)).toEqual([]);
  for (const [device, width, height] of [
    ["phone", 390, 844],
    ["desktop", 1280, 900],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.screenshot({ path: `test-results/multi-seller-paid-${device}.png`, fullPage: true });
  }

  // Each seller finds their own order among their sales, paid, to ship to the buyer's address.
  for (const [account, title] of [
    ["parts", decals],
    ["seller", hook],
  ] as const) {
    const seller = await signedIn(account);
    await seller.goto("/dashboard/sales");
    const sale = seller.getByRole("listitem").filter({ hasText: title }).filter({ hasText: "I. Petrova" });
    await expect(sale.first().getByText("Paid", { exact: true })).toBeVisible();
    await expect(sale.first()).toContainText("Manchester");
  }
});
