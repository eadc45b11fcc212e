import { expect, findAccessibilityProblems, test } from "./fixtures";
import { manchester, TestPaymentPage } from "./pages/cart-page";
import { ListingPage } from "./pages/listing-page";
import type { Page } from "@playwright/test";

// A buyer offers less than the asking price on a pedal car, the seller counters, and the buyer
// accepts the counter and pays for it in test-payment mode. Demo accounts from the README.

const car = "1984 AZLK pedal car, plastic bumpers, white";
const shots = "/work/h/offers-shots";

async function shoot(page: Page, name: string) {
  for (const [device, width, height] of [
    ["desktop", 1280, 900],
    ["phone", 390, 844],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.getByTestId("offers").scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${shots}/${name}-${device}.png` });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

test("a buyer makes an offer, the seller counters, and the buyer accepts the counter and pays", async ({
  signedIn,
}) => {
  const buyer = await signedIn("buyer");
  const listing = new ListingPage(buyer);
  const url = await listing.openByTitle(car);
  const offers = buyer.getByRole("region", { name: "Make an offer" });
  await offers.getByLabel("Your offer (USD)").fill("280");
  await expect(buyer.getByTestId("offer-verdict").locator("[data-verdict]")).toBeVisible();
  await shoot(buyer, "buyer-offer-form");
  await offers.getByRole("button", { name: "Send offer" }).click();
  await expect(offers.getByText("Your offer of $280 has gone to the seller")).toBeVisible();
  await expect(offers.getByTestId("offer")).toContainText("Waiting for the seller");

  const seller = await signedIn("seller");
  await seller.goto(url);
  const received = seller
    .getByRole("region", { name: "Offers on your listing" })
    .getByTestId("received-offer")
    .first();
  await expect(received).toContainText("$280 from Tom B.");
  await shoot(seller, "seller-offers");
  await received.getByRole("button", { name: "Counter…" }).click();
  await received.getByLabel("Your counter (USD)").fill("310");
  await received.getByRole("button", { name: "Send counter" }).click();
  await expect(received).toContainText("your counter $310");

  await buyer.reload();
  const mine = buyer.getByRole("region", { name: "Make an offer" }).getByTestId("offer").first();
  await mine.getByRole("button", { name: "Accept $310…" }).click();
  await expect(mine.getByRole("group", { name: "Review your answer" })).toBeVisible();
  await shoot(buyer, "buyer-review-counter");
  expect(await findAccessibilityProblems(buyer)).toEqual([]);
  await mine.getByRole("button", { name: "Accept and buy for $310" }).click();
  await expect(buyer).toHaveURL(/\/orders\/\d+$/);
  await expect(buyer.getByText("an accepted offer")).toBeVisible();
  await buyer.getByRole("button", { name: "Pay now" }).click();
  const payment = new TestPaymentPage(buyer);
  await payment.expectOpen();
  await payment.fillAddress(manchester);
  await payment.pay();
  await expect(buyer.locator(".section-head [data-order-status]")).toHaveText("Paid");
});
