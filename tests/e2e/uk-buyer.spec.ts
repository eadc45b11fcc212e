import { expect, findAccessibilityProblems, signUpThroughEmail, test } from "./fixtures";

// A collector in the UK signs up, buys a US seller's pedal car, and the order ships to the UK at
// the seller's rate for the UK (their worldwide rate, $230, plus the $30 careful packing), with
// the destination kept with the cart across reloads. Test-payment mode: no Stripe keys.

const car = "AZLK 1993-plate pedal car, white, unused since import";
const ukShipping = "$260";
const usShipping = "$115";

test("a UK buyer's order ships to the UK at the UK rate", async ({ page }) => {
  await signUpThroughEmail(page, { email: `holmes-${Date.now()}@example.com`, displayName: "S. Holmes", password: "Violin-And-Pipe-On-Baker-Street", country: "GB" });

  await page.goto(`/listings?q=${encodeURIComponent(car)}`);
  await page.locator('a[href^="/listings/"]').filter({ hasText: car }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(car);
  await page.getByRole("button", { name: `Add to cart: ${car}` }).click();
  await expect(page.getByRole("status").filter({ hasText: "Added to your cart" })).toBeVisible();

  await page.goto("/cart");
  const shipTo = page.getByRole("region", { name: "Ship to" });
  const line = page.getByRole("listitem").filter({ hasText: car });
  // The home country from sign-up is where the cart ships at first.
  await expect(shipTo).toContainText("Shipping to United Kingdom");
  await expect(line).toContainText(`shipping ${ukShipping} (worldwide rate to United Kingdom`);

  // Picking another country and back again, then reloading: the choice is kept with the cart.
  await page.locator("#ship-to-country").selectOption("US");
  await shipTo.getByRole("button", { name: "Update shipping" }).click();
  await expect(line).toContainText(`shipping ${usShipping}`);
  await page.reload();
  await expect(page.getByRole("region", { name: "Ship to" })).toContainText("Shipping to United States");
  await page.locator("#ship-to-country").selectOption("GB");
  await page.getByRole("region", { name: "Ship to" }).getByRole("button", { name: "Update shipping" }).click();
  await expect(line).toContainText(`shipping ${ukShipping}`);
  await page.reload();
  await expect(page.getByRole("region", { name: "Ship to" })).toContainText("Shipping to United Kingdom");
  await expect(line).toContainText(`shipping ${ukShipping} (worldwide rate to United Kingdom`);

  // An address for the address book; the cart ships there.
  await page.getByText("Add a shipping address").click();
  await page.getByLabel("Name on the parcel").fill("S. Holmes");
  await page.getByLabel("Street address").fill("221B Baker Street");
  await page.getByLabel("Town or city").fill("London");
  await page.getByLabel("Postcode").fill("NW1 6XE");
  await page.locator("#address-country").selectOption("GB");
  await page.getByRole("button", { name: "Save and ship here" }).click();
  await expect(page.getByRole("region", { name: "Ship to" })).toContainText("Shipping to S. Holmes, London, United Kingdom");
  expect(await findAccessibilityProblems(page)).toEqual([]);
  for (const [device, width, height] of [["phone", 390, 844], ["desktop", 1280, 900]] as const) {
    await page.setViewportSize({ width, height });
    await page.screenshot({ path: `test-results/cart-ship-to-${device}.png`, fullPage: true });
  }
  await page.reload();
  await expect(page.getByRole("region", { name: "Ship to" })).toContainText("Shipping to S. Holmes, London, United Kingdom");

  await page.getByRole("button", { name: /^Check out with Sergei/ }).click();
  await expect(page).toHaveURL(/\/checkout\/test\/cs_test_local_/);
  await expect(page.getByText("Deliver to (in United Kingdom)")).toBeVisible();
  await expect(page.getByLabel("Street address")).toHaveValue("221B Baker Street");
  await page.getByRole("button", { name: /^Pay .* \(test\)$/ }).click();

  await expect(page).toHaveURL(/\/orders\/\d+\?checkout=done/);
  await expect(page.getByRole("status").filter({ hasText: "Paid" })).toBeVisible();
  await expect(page.getByTestId("order-ship-to")).toHaveText("S. Holmes, 221B Baker Street, London, NW1 6XE, United Kingdom");
  await expect(page.getByRole("row").filter({ hasText: car })).toContainText(ukShipping);
  for (const [device, width, height] of [["phone", 390, 844], ["desktop", 1280, 900]] as const) {
    await page.setViewportSize({ width, height });
    await page.screenshot({ path: `test-results/uk-order-${device}.png`, fullPage: true });
  }
});
