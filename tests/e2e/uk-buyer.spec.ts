import { expect, findAccessibilityProblems, test } from "./fixtures";
import { CartPage } from "./pages/cart-page";
import { ListingPage } from "./pages/listing-page";

// A collector in the UK signs up, buys a US seller's pedal car, and the order ships to the UK at
// the seller's rate for the UK (their worldwide rate, $230, plus the $30 careful packing), with
// the destination kept with the cart across reloads. Test-payment mode: no Stripe keys.

const car = "AZLK 1993-plate pedal car, white, unused since import";
const ukShipping = "$260";
const usShipping = "$115";

test("a UK buyer's order ships to the UK at the UK rate", async ({ page, signedIn }) => {
  await signedIn(
    {
      email: `holmes-${Date.now()}@example.com`,
      displayName: "S. Holmes",
      password: "Violin-And-Pipe-On-Baker-Street",
      country: "GB",
    },
    { page },
  );

  const listing = new ListingPage(page);
  await listing.openByTitle(car);
  await listing.addToCart(car);

  const cart = new CartPage(page);
  await cart.goto();
  const shipTo = cart.shipTo;
  const line = cart.line(car);
  // The home country from sign-up is where the cart ships at first.
  await expect(shipTo).toContainText("Shipping to United Kingdom");
  await expect(line).toContainText(`shipping ${ukShipping} (worldwide rate to United Kingdom`);

  // Picking another country and back again, then reloading: the choice is kept with the cart.
  await cart.shipToCountry("US");
  await expect(line).toContainText(`shipping ${usShipping}`);
  await page.reload();
  await expect(page.getByRole("region", { name: "Ship to" })).toContainText("Shipping to United States");
  await cart.shipToCountry("GB");
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
  await expect(page.getByRole("region", { name: "Ship to" })).toContainText(
    "Shipping to S. Holmes, London, United Kingdom",
  );
  expect(await findAccessibilityProblems(page)).toEqual([]);
  for (const [device, width, height] of [
    ["phone", 390, 844],
    ["desktop", 1280, 900],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.screenshot({ path: `test-results/cart-ship-to-${device}.png`, fullPage: true });
  }
  await page.reload();
  await expect(page.getByRole("region", { name: "Ship to" })).toContainText(
    "Shipping to S. Holmes, London, United Kingdom",
  );

  const payment = await cart.checkOut("Sergei");
  await expect(page.getByText("Deliver to (in United Kingdom)")).toBeVisible();
  await expect(page.getByLabel("Street address")).toHaveValue("221B Baker Street");
  await payment.pay();
  await expect(page.getByTestId("order-ship-to")).toHaveText(
    "S. Holmes, 221B Baker Street, London, NW1 6XE, United Kingdom",
  );
  await expect(page.getByRole("row").filter({ hasText: car })).toContainText(ukShipping);
  for (const [device, width, height] of [
    ["phone", 390, 844],
    ["desktop", 1280, 900],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.screenshot({ path: `test-results/uk-order-${device}.png`, fullPage: true });
  }
});
