import sharp from "sharp";
import type { Browser, Locator, Page } from "@playwright/test";
import { cronHeaders, expect, findAccessibilityProblems, test } from "./fixtures";

// One auction from listing to payment, in real time: a short auction (ending a few minutes after it
// is listed), so the last-two-minutes extension and the close can be watched happen.

const accounts = {
  seller: { email: "seller@moskvitch.example", password: "Pedal-Car-Restorer-1984" },
  buyer: { email: "buyer@moskvitch.example", password: "Buyer-Windscreen-1993" },
  collector: { email: "collector@moskvitch.example", password: "Collector-Aleko-2141" },
} as const;

async function signIn(page: Page, who: keyof typeof accounts) {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(accounts[who].email);
  await page.getByLabel("Password").fill(accounts[who].password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("signed-in-as")).toBeVisible();
}

async function newSignedInPage(browser: Browser, who: keyof typeof accounts): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, who);
  return page;
}

async function auctionState(page: Page, listingId: number): Promise<{ endsAt: string; status: string }> {
  const response = await page.request.get(`/api/auctions/${listingId}`);
  return (await response.json()) as { endsAt: string; status: string };
}

/** Places a bid through the bid box's review step. */
async function bid(box: Locator, amount: string) {
  await box.getByLabel("Your maximum bid (USD)").fill(amount);
  await box.getByRole("button", { name: "Review bid" }).click();
  await box.getByRole("group", { name: "Review your bid" }).getByRole("button", { name: "Confirm bid" }).click();
}

async function waitUntil(moment: number) {
  const ms = moment - Date.now();
  if (ms > 0) await new Promise((resolve) => setTimeout(resolve, ms));
}

test("a buyer bids on a restored pedal car with the fair value in view, is outbid by a proxy, wins with a late bid that extends the end, and pays", async ({ page, browser }) => {
  test.setTimeout(12 * 60_000);
  const word = `aukcion${Date.now().toString(36)}`;
  const title = `Restored AZLK pedal car ${word}, soft tires`;

  // The seller lists the car as an auction ending four minutes from now.
  await signIn(page, "seller");
  await page.goto("/sell");
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Description").fill("Restored in the original red: new paint, new pedal bushings, the windscreen and steering wheel intact.");
  await page.getByLabel("Era", { exact: true }).selectOption("late_soft_tires");
  await page.getByLabel("Licence plate").selectOption("azlk_1993");
  await page.getByLabel("Condition", { exact: true }).selectOption("excellent");
  await page.getByLabel("Restored?").selectOption("yes");
  await page.getByLabel("Windscreen").selectOption("intact");
  await page.getByLabel("Steering wheel").selectOption("intact");
  await page.getByLabel("Custom emergency version").selectOption("none");
  await page.getByLabel("Sale format").selectOption("auction");
  await page.getByLabel("Starting bid").fill("150");
  await page.getByLabel(/Reserve price/).fill("200");
  await page.getByLabel("Auction length").selectOption("custom");
  const localEnd = await page.evaluate(() => {
    const d = new Date(Date.now() + 5 * 60_000);
    const pad = (n: number) => String(n).padStart(2, "0");
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
  });
  await page.getByLabel("Ends on (your local time)").fill(localEnd);
  await page.getByLabel("Country (two letters)").fill("US");
  await page.getByRole("button", { name: "Add a destination" }).click();
  await page.getByLabel("Destination 1", { exact: true }).fill("WORLD");
  await page.getByLabel("Price (USD)").fill("240");
  const photo = await sharp({ create: { width: 800, height: 600, channels: 3, background: { r: 190, g: 30, b: 30 } } }).jpeg().toBuffer();
  await page.getByLabel("Add photos").setInputFiles([{ name: "front.jpg", mimeType: "image/jpeg", buffer: photo }]);
  await page.getByRole("button", { name: "Publish" }).click();
  await expect(page).toHaveURL(/\/dashboard\/listings\?done=published&id=\d+/, { timeout: 30_000 });
  const listingId = Number(new URL(page.url()).searchParams.get("id"));

  // The buyer (in the UK) opens it, reads the verdict for bid + shipping, and bids.
  const buyer = await newSignedInPage(browser, "buyer");
  await buyer.goto(`/listings/${listingId}`);
  await expect(buyer.getByRole("heading", { level: 1 })).toHaveText(title);
  const box = buyer.getByRole("region", { name: "Auction" });
  await expect(box.getByTestId("current-bid")).toContainText("Starting bid");
  await expect(box.getByTestId("current-bid")).toContainText("$150");
  await box.getByLabel("Your maximum bid (USD)").fill("180");
  const guidance = box.getByTestId("bid-guidance");
  await expect(guidance).toContainText("$180 + ");
  await expect(guidance).toContainText("shipping to United Kingdom");
  await expect(guidance.locator("[data-verdict]")).toHaveAttribute("data-verdict", /great_deal|fair|high|overpriced/);
  await expect(guidance).toContainText("Don't bid above");
  // A bid far over the fair value is flagged before it is placed.
  await box.getByLabel("Your maximum bid (USD)").fill("5000");
  await expect(guidance.getByRole("alert")).toContainText("above the don't-bid-above figure");
  await bid(box, "180");
  await expect(box.getByRole("status")).toContainText("Your maximum bid of $180 was placed");
  await expect(box.getByTestId("your-standing")).toContainText("You're the highest bidder at $150");
  await expect(box.getByTestId("current-bid")).toContainText("Reserve not met");
  await expect(box.getByTestId("ends-at")).not.toContainText("extended");
  await buyer.getByRole("button", { name: "☆ Watch" }).click();
  await expect(buyer.getByRole("button", { name: "★ Watching" })).toBeVisible();
  expect(await findAccessibilityProblems(buyer)).toEqual([]);

  // Another collector's proxy maximum outbids the buyer, who sees it without reloading.
  const collector = await newSignedInPage(browser, "collector");
  await collector.goto(`/listings/${listingId}`);
  const collectorBox = collector.getByRole("region", { name: "Auction" });
  await bid(collectorBox, "250");
  await expect(collectorBox.getByTestId("your-standing")).toContainText("You're the highest bidder at $200");
  await expect(box.getByTestId("your-standing")).toContainText("You've been outbid", { timeout: 15_000 });
  await expect(box.getByTestId("current-bid")).toContainText("$200");
  await expect(box.getByTestId("current-bid")).toContainText("Reserve met");
  await box.getByText(/^Bid history/).click();
  await expect(box.getByRole("table")).toContainText(/[a-zа-я]\*\*\*[a-zа-я.] \(\d+\)/);
  await expect(box.getByRole("table")).toContainText("You");

  // In the last two minutes the buyer bids again; the end moves to two minutes after that bid.
  const before = await auctionState(buyer, listingId);
  await waitUntil(Date.parse(before.endsAt) - 100_000);
  const endsBefore = await box.getByTestId("ends-at").textContent();
  await bid(box, "300");
  await expect(box.getByRole("status")).toContainText("moved the end to two minutes after it");
  await expect(box.getByTestId("ends-at")).toContainText("extended by a late bid");
  await expect(box.getByTestId("ends-at")).not.toHaveText(endsBefore ?? "");
  const after = await auctionState(buyer, listingId);
  expect(Date.parse(after.endsAt)).toBeGreaterThan(Date.parse(before.endsAt));
  await expect(box.getByTestId("your-standing")).toContainText("You're the highest bidder");
  // Phone last would leave the buyer with the phone header, whose links sit behind its Menu button.
  for (const [device, width, height] of [["phone", 390, 844], ["desktop", 1280, 900]] as const) {
    await buyer.setViewportSize({ width, height });
    await buyer.screenshot({ path: `test-results/auction-e2e/auction-${device}.png`, fullPage: true });
  }
  await collector.context().close();

  // After the end, the scheduler's endpoint closes the auction and the buyer wins.
  await buyer.goto("/watchlist");
  await expect(buyer.getByRole("link", { name: title })).toBeVisible();
  await waitUntil(Date.parse(after.endsAt) + 1_500);
  const cron = await buyer.request.post("/api/cron/close-auctions", { headers: cronHeaders });
  expect(cron.status()).toBe(200);
  expect((await cron.json()).closed).toContainEqual({ listingId, result: "sold" });
  expect((await auctionState(buyer, listingId)).status).toBe("closed");

  await buyer.goto("/notifications");
  await expect(buyer.getByRole("link", { name: `You won ${title}` })).toBeVisible();
  await expect(buyer.getByRole("link", { name: /Notifications\s*\d+ unread/ })).toBeVisible();
  expect(await findAccessibilityProblems(buyer)).toEqual([]);
  await buyer.goto(`/listings/${listingId}`);
  await expect(box.getByTestId("auction-result")).toContainText("Sold for $255");
  await box.getByRole("link", { name: "Pay now" }).click();

  // The order awaits payment; the buyer pays in test-payment mode.
  await expect(buyer).toHaveURL(/\/orders\/\d+$/);
  await expect(buyer.getByText("$255").first()).toBeVisible();
  await buyer.getByRole("button", { name: "Pay now" }).click();
  await expect(buyer.getByRole("heading", { level: 1, name: "Test payment — no real money" })).toBeVisible();
  await buyer.getByLabel("Name on the parcel").fill("Tom B.");
  await buyer.getByLabel("Street address").fill("1 Tib Street");
  await buyer.getByLabel("Town or city").fill("Manchester");
  await buyer.getByLabel("Postcode").fill("M4 1HN");
  await buyer.getByRole("button", { name: /^Pay .* \(test\)$/ }).click();
  await expect(buyer).toHaveURL(/\/orders\/\d+\?checkout=done/);
  await expect(buyer.getByRole("status").filter({ hasText: "Paid" })).toBeVisible();
});

test("auctions, saved searches and notifications pages read well and pass an accessibility check", async ({ page }) => {
  await signIn(page, "collector");
  await page.goto("/listings?category=pedal_car&max=500");
  await page.getByRole("button", { name: "Save this search" }).click();
  await expect(page.getByText(/Saved “Pedal cars · up to \$500”|Already saved/)).toBeVisible();
  for (const path of ["/auctions", "/saved-searches", "/notifications", "/watchlist"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    expect(await findAccessibilityProblems(page)).toEqual([]);
  }
  await page.goto("/auctions");
  await expect(page.getByRole("list", { name: "Open auctions" }).getByRole("listitem").first()).toContainText(/bids? ·/);
  for (const [device, width, height] of [["desktop", 1280, 900], ["phone", 390, 844]] as const) {
    await page.setViewportSize({ width, height });
    await page.screenshot({ path: `test-results/auction-e2e/auctions-list-${device}.png`, fullPage: true });
    await page.goto("/saved-searches");
    await page.screenshot({ path: `test-results/auction-e2e/saved-searches-${device}.png`, fullPage: true });
    await page.goto("/auctions");
  }
});
