import { expect, findAccessibilityProblems, test } from "./fixtures";
import { CartPage } from "./pages/cart-page";
import { ListingPage } from "./pages/listing-page";
import { SellPage } from "./pages/sell-page";

// A unique pedal car reserved by one buyer stays reserved when its seller edits the listing: a
// second buyer, who had it in their cart, still cannot buy it. Demo accounts from the README.

const car = "Early AZLK pedal car, aluminum bumpers, restored in cherry red";
const sellerName = "Sergei (AZLK Garage)";

// Three signed-in people and a payment page: more than the default minute on a busy machine.
test.describe.configure({ timeout: 360_000 });

// Signing in waits longer here: three people at once on a busy machine.
const signInTimeout = 30_000;

test("a seller edits a reserved pedal car and a second buyer still cannot buy it", async ({ signedIn }) => {
  // The second buyer puts the car in their cart while it is still free, and reads who restored it.
  const second = await signedIn("collector", { timeout: signInTimeout });
  const secondListing = new ListingPage(second);
  const url = await secondListing.openByTitle(car);
  await expect(second.getByRole("term").filter({ hasText: "Restored by" })).toBeVisible();
  await secondListing.addToCart(car);

  // The first buyer checks out and reaches the payment page: the car is reserved for them.
  const first = await signedIn("buyer", { timeout: signInTimeout });
  const firstListing = new ListingPage(first);
  await firstListing.goto(url);
  await firstListing.addToCart(car);
  const firstCart = new CartPage(first);
  await firstCart.goto();
  await firstCart.checkOut(sellerName);

  // The seller changes one word of the description and saves.
  const sellerPage = await signedIn("seller", { timeout: signInTimeout });
  const id = Number(/\/listings\/(\d+)/.exec(url)![1]);
  await new SellPage(sellerPage).goto(id);
  const description = sellerPage.getByLabel("Description");
  await description.fill(`${await description.inputValue()} Freshly waxed.`);
  await sellerPage.getByRole("button", { name: "Save changes" }).click();
  await expect(sellerPage.getByText("Changes saved. The listing is live.")).toBeVisible();

  // The second buyer sees it reserved, with nothing to buy, and their cart's checkout is refused.
  await second.goto(url);
  await expect(second.getByText("Freshly waxed.")).toBeVisible();
  await expect(second.getByText(/^Reserved: another buyer is paying for it/)).toBeVisible();
  await expect(secondListing.addToCartButton(car)).toHaveCount(0);
  expect(await findAccessibilityProblems(second)).toEqual([]);
  for (const [device, width, height] of [
    ["phone", 390, 844],
    ["desktop", 1280, 900],
  ] as const) {
    await second.setViewportSize({ width, height });
    await second.screenshot({ path: `test-results/reserved-listing-${device}.png`, fullPage: true });
  }
  // Their cart reads stock live: the line says sold out and there is nothing to check out.
  const secondCart = new CartPage(second);
  await secondCart.goto();
  await expect(second.getByText(/^Sold out/).first()).toBeVisible();
  await expect(secondCart.checkOutButton(sellerName)).toBeDisabled();
});

test("an unpublished listing answers 404 'no longer available' to the public, and the seller still sees it", async ({
  page,
  signedIn,
}) => {
  const sellerPage = await signedIn("seller", { timeout: signInTimeout });
  const title = "AZLK pedal car for restoration, plastic bumpers, surface rust";
  const listing = new ListingPage(page);
  const url = await listing.openByTitle(title);
  const id = listing.id;

  await sellerPage.goto("/dashboard/listings");
  await sellerPage.getByRole("button", { name: `Unpublish: ${title}` }).click();
  await expect(sellerPage.getByRole("region", { name: /Unpublished/ }).getByText(title)).toBeVisible();

  const response = await page.goto(url);
  expect(response?.status()).toBe(404);
  await expect(
    page.getByRole("heading", { level: 1, name: "This listing is no longer available" }),
  ).toBeVisible();
  await expect(page.getByText(title)).toHaveCount(0);
  await page.goto(`/listings?q=${encodeURIComponent(title)}`);
  await expect(page.locator(`a[href="/listings/${id}"]`)).toHaveCount(0);
  for (const [device, width, height] of [
    ["phone", 390, 844],
    ["desktop", 1280, 900],
  ] as const) {
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
