import type { Page } from "@playwright/test";
import { cronHeaders, expect, findAccessibilityProblems, test } from "./fixtures";
import { manchester, TestPaymentPage } from "./pages/cart-page";
import { ListingPage } from "./pages/listing-page";
import { photo, SellPage } from "./pages/sell-page";

// One auction from listing to payment. The auction ends ten minutes after it is listed; instead of
// waiting, the test moves the server's market clock (TEST_CLOCK) into its last two minutes, watches a
// late bid extend the end, then moves past the end and runs the scheduler's close. Pages, bids and
// closing all read that same clock.

type AuctionState = { endsAt: string; serverNow: string; status: string };

async function auctionState(page: Page, listingId: number): Promise<AuctionState> {
  const response = await page.request.get(`/api/auctions/${listingId}`);
  return (await response.json()) as AuctionState;
}

/** How long until `moment` by the server's clock, read from the same answer. */
const untilOnServer = (state: AuctionState, moment: number) => moment - Date.parse(state.serverNow);

test("a buyer bids on a restored pedal car with the fair value in view, is outbid by a proxy, wins with a late bid that extends the end, and pays", async ({
  page,
  signedIn,
  testClock,
}) => {
  // Well under a minute on an idle machine; the cap leaves room for a busy one, and stays far short
  // of the auction's real end, so only the moved clock ever reaches it.
  test.setTimeout(240_000);
  const word = `aukcion${Date.now().toString(36)}`;
  const title = `Restored AZLK pedal car ${word}, soft tires`;

  // The seller lists the car as an auction ending ten minutes from now.
  await signedIn("seller", { page });
  const sell = new SellPage(page);
  await sell.goto();
  await sell.describe({
    title,
    description:
      "Restored in the original red: new paint, new pedal bushings, the windscreen and steering wheel intact.",
  });
  await sell.pedalCar({
    era: "late_soft_tires",
    plate: "azlk_1993",
    condition: "excellent",
    restored: "yes",
    windscreen: "intact",
    steeringWheel: "intact",
    customVersion: "none",
  });
  await sell.auction({ startingBid: "150", reserve: "200", endsAtLocal: await sell.localTimeIn(10) });
  await sell.where({ country: "US" });
  await sell.shipsTo("WORLD", "240");
  await sell.addPhotos([await photo("front.jpg", { r: 190, g: 30, b: 30 })]);
  const listingId = await sell.publish();

  // The buyer (in the UK) opens it, reads the verdict for bid + shipping, and bids.
  const buyer = await signedIn("buyer");
  const listing = new ListingPage(buyer);
  await listing.goto(listingId);
  await expect(listing.heading).toHaveText(title);
  const box = listing.bidBox;
  await expect(box.currentBid).toContainText("Starting bid");
  await expect(box.currentBid).toContainText("$150");
  await box.maxBid.fill("180");
  await expect(box.guidance).toContainText("$180 + ");
  await expect(box.guidance).toContainText("shipping to United Kingdom");
  await expect(box.guidance.locator("[data-verdict]")).toHaveAttribute(
    "data-verdict",
    /great_deal|fair|high|overpriced/,
  );
  await expect(box.guidance).toContainText("Don't bid above");
  // A bid far over the fair value is flagged before it is placed.
  await box.maxBid.fill("5000");
  await expect(box.guidance.getByRole("alert")).toContainText("above the don't-bid-above figure");
  await box.bid("180");
  await expect(box.status).toContainText("Your maximum bid of $180 was placed");
  await expect(box.standing).toContainText("You're the highest bidder at $150");
  await expect(box.currentBid).toContainText("Reserve not met");
  await expect(box.endsAt).not.toContainText("extended");
  await listing.watchButton().click();
  await expect(buyer.getByRole("button", { name: "★ Watching" })).toBeVisible();
  expect(await findAccessibilityProblems(buyer)).toEqual([]);

  // Another collector's proxy maximum outbids the buyer, who sees it without reloading.
  const collector = await signedIn("collector");
  const collectorListing = new ListingPage(collector);
  await collectorListing.goto(listingId);
  const collectorBox = collectorListing.bidBox;
  await collectorBox.bid("250");
  await expect(collectorBox.standing).toContainText("You're the highest bidder at $200");
  await expect(box.standing).toContainText("You've been outbid", { timeout: 15_000 });
  await expect(box.currentBid).toContainText("$200");
  await expect(box.currentBid).toContainText("Reserve met");
  await box.root.getByText(/^Bid history/).click();
  await expect(box.root.getByRole("table")).toContainText(/[a-zа-я]\*\*\*[a-zа-я.] \(\d+\)/);
  await expect(box.root.getByRole("table")).toContainText("You");

  // The clock moves to 100 seconds before the end; the buyer bids again and the end moves to two
  // minutes after that bid.
  const before = await auctionState(buyer, listingId);
  await testClock.advanceBy(untilOnServer(before, Date.parse(before.endsAt) - 100_000));
  const endsBefore = await box.endsAt.textContent();
  await box.bid("300");
  await expect(box.status).toContainText("moved the end to two minutes after it");
  await expect(box.endsAt).toContainText("extended by a late bid");
  await expect(box.endsAt).not.toHaveText(endsBefore ?? "");
  const after = await auctionState(buyer, listingId);
  expect(Date.parse(after.endsAt)).toBeGreaterThan(Date.parse(before.endsAt));
  // Two minutes after the late bid, which came at the moved clock (100 s before the old end, give or take the request).
  expect(Date.parse(after.endsAt) - Date.parse(before.endsAt)).toBeGreaterThanOrEqual(20_000);
  expect(Date.parse(after.endsAt) - Date.parse(before.endsAt)).toBeLessThan(80_000);
  await expect(box.standing).toContainText("You're the highest bidder");
  // Phone last would leave the buyer with the phone header, whose links sit behind its Menu button.
  for (const [device, width, height] of [
    ["phone", 390, 844],
    ["desktop", 1280, 900],
  ] as const) {
    await buyer.setViewportSize({ width, height });
    await buyer.screenshot({ path: `test-results/auction-e2e/auction-${device}.png`, fullPage: true });
  }
  await collector.context().close();

  // Before the (new) end the scheduler leaves it open; after it, the scheduler closes it and the buyer wins.
  await buyer.goto("/watchlist");
  await expect(buyer.getByRole("link", { name: title })).toBeVisible();
  const early = await buyer.request.post("/api/cron/close-auctions", { headers: cronHeaders });
  expect(early.status()).toBe(200);
  expect((await early.json()).closed).not.toContainEqual(expect.objectContaining({ listingId }));
  expect((await auctionState(buyer, listingId)).status).toBe("open");
  await testClock.advanceBy(untilOnServer(after, Date.parse(after.endsAt) + 1_500));
  const cron = await buyer.request.post("/api/cron/close-auctions", { headers: cronHeaders });
  expect(cron.status()).toBe(200);
  expect((await cron.json()).closed).toContainEqual({ listingId, result: "sold" });
  expect((await auctionState(buyer, listingId)).status).toBe("closed");

  await buyer.goto("/notifications");
  await expect(buyer.getByRole("link", { name: `You won ${title}` })).toBeVisible();
  await expect(buyer.getByRole("link", { name: /Notifications\s*\d+ unread/ })).toBeVisible();
  expect(await findAccessibilityProblems(buyer)).toEqual([]);
  await listing.goto(listingId);
  await expect(box.result).toContainText("Sold for $255");
  await box.root.getByRole("link", { name: "Pay now" }).click();

  // The order awaits payment; the buyer pays in test-payment mode.
  await expect(buyer).toHaveURL(/\/orders\/\d+$/);
  await expect(buyer.getByText("$255").first()).toBeVisible();
  await buyer.getByRole("button", { name: "Pay now" }).click();
  const payment = new TestPaymentPage(buyer);
  await expect(buyer.getByRole("heading", { level: 1, name: "Test payment — no real money" })).toBeVisible();
  await payment.fillAddress(manchester);
  await payment.pay();
});

test("auctions, saved searches and notifications pages read well and pass an accessibility check", async ({
  page,
  signedIn,
}) => {
  await signedIn("collector", { page });
  await page.goto("/listings?category=pedal_car&max=500");
  await page.getByRole("button", { name: "Save this search" }).click();
  await expect(page.getByText(/Saved “Pedal cars · up to \$500”|Already saved/)).toBeVisible();
  for (const path of ["/auctions", "/saved-searches", "/notifications", "/watchlist"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    expect(await findAccessibilityProblems(page)).toEqual([]);
  }
  await page.goto("/auctions");
  await expect(page.getByRole("list", { name: "Open auctions" }).getByRole("listitem").first()).toContainText(
    /bids? ·/,
  );
  for (const [device, width, height] of [
    ["desktop", 1280, 900],
    ["phone", 390, 844],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.screenshot({ path: `test-results/auction-e2e/auctions-list-${device}.png`, fullPage: true });
    await page.goto("/saved-searches");
    await page.screenshot({ path: `test-results/auction-e2e/saved-searches-${device}.png`, fullPage: true });
    await page.goto("/auctions");
  }
});
