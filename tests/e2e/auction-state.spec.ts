import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { ListingPage } from "./pages/listing-page";

// The demo catalogue's blue pedal car is an auction with two bids: the collector's $300 maximum was
// answered by the buyer's $360, so the collector is outbid at $305. Nothing here waits for time to pass.

const title = "Moskvitch pedal car, plastic bumpers, restored in Soviet blue";

/** The card on /auctions, read again until the cached page has caught up with the last bid. */
async function expectCardPrice(page: Page, price: string) {
  await expect
    .poll(
      async () => {
        await page.goto("/auctions");
        return page
          .getByRole("list", { name: "Open auctions" })
          .getByRole("article")
          .filter({ hasText: title })
          .first()
          .textContent();
      },
      { timeout: 30_000 },
    )
    .toContain(`${price} current bid`);
}

test("an outbid bidder sees one consistent state, and a bid is placed only after its review", async ({
  page,
  signedIn,
}) => {
  await signedIn("collector", { page });
  await expectCardPrice(page, "$305");
  await page.getByRole("link", { name: title }).click();

  const listing = new ListingPage(page);
  const bidBox = listing.bidBox;
  const box = bidBox.root;
  const headline = listing.headlinePrice;
  await expect(bidBox.standing).toContainText("You've been outbid");
  await expect(bidBox.currentBid).toContainText("Current bid");
  await expect(bidBox.currentBid).toContainText("$305");
  await expect(headline).toContainText("$305");
  await expect(headline).toContainText("Current bid");
  await expect(page.getByText(/highest bidder/i)).toHaveCount(0);

  // A bid under the minimum gets no verdict, only the reason it would be refused.
  const maxBid = bidBox.maxBid;
  await maxBid.fill("100");
  await expect(box.locator("[data-verdict]")).toHaveCount(0);
  await box.getByRole("button", { name: "Review bid" }).click();
  await expect(box.getByText("Enter $310 or more", { exact: true })).toBeVisible();
  await expect(box.locator("[data-verdict]")).toHaveCount(0);
  await expect(box.getByRole("button", { name: "Confirm bid" })).toHaveCount(0);

  // An acceptable bid is reviewed first: nothing is placed until it is confirmed.
  await maxBid.fill("320");
  const bidsBefore = await bidBox.currentBid.textContent();
  await box.getByRole("button", { name: "Review bid" }).click();
  const review = bidBox.review;
  await expect(review).toContainText(
    /Confirm your maximum bid of \$320, plus shipping \$[\d,.]+ to United States/,
  );
  await review.getByRole("button", { name: "Change" }).click();
  await expect(review).toHaveCount(0);
  await expect(bidBox.currentBid).toHaveText(bidsBefore ?? "");

  await box.getByRole("button", { name: "Review bid" }).click();
  await review.getByRole("button", { name: "Confirm bid" }).click();
  // The buyer's higher maximum answers at once: still outbid, and every price on the page agrees.
  await expect(bidBox.status).toContainText("Your maximum bid of $320 was placed");
  await expect(bidBox.currentBid).toContainText("$325");
  await expect(headline).toContainText("$325");
  await expect(bidBox.standing).toContainText("You've been outbid");
  await expect(page.getByText(/highest bidder/i)).toHaveCount(0);
  await page.reload();
  await expect(bidBox.standing).toContainText("You've been outbid");
  await expect(headline).toContainText("$325");
  for (const [device, width, height] of [
    ["desktop", 1280, 900],
    ["phone", 390, 844],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.screenshot({ path: `test-results/auction-state/outbid-${device}.png`, fullPage: true });
  }
  await expectCardPrice(page, "$325");
});

test("a visitor in Tallinn reads the auction's end on their own clock, the zone named", async ({
  browser,
}) => {
  const context = await browser.newContext({ timezoneId: "Europe/Tallinn" });
  const listing = new ListingPage(await context.newPage());
  await listing.openByTitle(title);
  await expect(listing.bidBox.endsAt).toContainText(/Ends \d{1,2} \w{3} \d{4}, \d{2}:\d{2}:\d{2} EET/);
  await expect(listing.bidBox.endsAt.locator("time")).toHaveAttribute(
    "title",
    "Your time zone: Europe/Tallinn",
  );
  await context.close();
});
