import { expect, findAccessibilityProblems, test } from "./fixtures";
import { manchester, TestPaymentPage } from "./pages/cart-page";
import { ListingPage } from "./pages/listing-page";
import type { Page } from "@playwright/test";

// A buyer offers less than the asking price on an AZLK excavator ($175), the seller counters, and the
// buyer accepts the counter and pays for it in test-payment mode. Demo accounts from the README. A toy,
// so the sale it records leaves the pedal cars' comparables (which other journeys read) as seeded.

const toy = "AZLK metal excavator, good, from a Brooklyn estate";

/** The offer panel at desktop and phone width, kept with the test's results. */
async function shoot(page: Page, name: string) {
  for (const [device, width, height] of [
    ["desktop", 1280, 900],
    ["phone", 390, 844],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.getByTestId("offers").scrollIntoViewIfNeeded();
    await page.screenshot({ path: test.info().outputPath(`${name}-${device}.png`) });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

test("a buyer makes an offer, the seller counters, and the buyer accepts the counter and pays", async ({
  signedIn,
}) => {
  const buyer = await signedIn("buyer");
  const listing = new ListingPage(buyer);
  const url = await listing.openByTitle(toy);
  const offers = buyer.getByRole("region", { name: "Make an offer" });
  await offers.getByLabel("Your offer (USD)").fill("140");
  await expect(buyer.getByTestId("offer-verdict").locator("[data-verdict]")).toBeVisible();
  await shoot(buyer, "buyer-offer-form");
  await offers.getByRole("button", { name: "Send offer" }).click();
  await expect(offers.getByText("Your offer of $140 has gone to the seller")).toBeVisible();
  await expect(offers.getByTestId("offer")).toContainText("Waiting for the seller");

  const seller = await signedIn("seller");
  await seller.goto(url);
  const received = seller
    .getByRole("region", { name: "Offers on your listing" })
    .getByTestId("received-offer")
    .first();
  await expect(received).toContainText("$140 from Tom B.");
  await shoot(seller, "seller-offers");
  await received.getByRole("button", { name: "Counter…" }).click();
  await received.getByLabel("Your counter (USD)").fill("160");
  await received.getByRole("button", { name: "Send counter" }).click();
  await expect(received).toContainText("your counter $160");

  await buyer.reload();
  const mine = buyer.getByRole("region", { name: "Make an offer" }).getByTestId("offer").first();
  await mine.getByRole("button", { name: "Accept $160…" }).click();
  await expect(mine.getByRole("group", { name: "Review your answer" })).toBeVisible();
  await shoot(buyer, "buyer-review-counter");
  expect(await findAccessibilityProblems(buyer)).toEqual([]);
  await mine.getByRole("button", { name: "Accept and buy for $160" }).click();
  await expect(buyer).toHaveURL(/\/orders\/\d+$/);
  await expect(buyer.getByText("an accepted offer")).toBeVisible();
  await buyer.getByRole("button", { name: "Pay now" }).click();
  const payment = new TestPaymentPage(buyer);
  await payment.expectOpen();
  await payment.fillAddress(manchester);
  await payment.pay();
  await expect(buyer.locator(".section-head [data-order-status]")).toHaveText("Paid");
});
