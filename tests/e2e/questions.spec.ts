import fs from "node:fs";
import type { Page } from "@playwright/test";
import { demoAccounts, expect, findAccessibilityProblems, test } from "./fixtures";
import { CommentThread, ListingPage } from "./pages/listing-page";

// A buyer asks about a car on its page, the seller answers there, the buyer hears of it, and the
// seller's public profile is a click away.

const car = "1976 AZLK Moskvitch pedal car, aluminum bumpers, original red paint";
const sellerName = "Sergei (AZLK Garage)";

/** With SHOTS_DIR set, the page at desktop and phone width, to look at by eye. */
async function shoot(page: Page, name: string, target: () => Promise<void>) {
  const dir = process.env.SHOTS_DIR;
  if (!dir) return;
  fs.mkdirSync(dir, { recursive: true });
  for (const [label, width] of [
    ["desktop", 1280],
    ["phone", 390],
  ] as const) {
    await page.setViewportSize({ width, height: width === 1280 ? 900 : 844 });
    await target();
    await page.screenshot({ path: `${dir}/${name}-${label}.png`, fullPage: false });
  }
  await page.setViewportSize({ width: 1280, height: 720 });
}

test("a buyer asks a question, the seller answers it on the listing, and the buyer is told", async ({
  signedIn,
}) => {
  const question = `Are the windscreen and steering wheel original? The manual: https://azlk.example/manual (${Date.now()})`;
  const buyer = await signedIn("buyer");
  const listing = new ListingPage(buyer);
  const url = await listing.openByTitle(car);
  const buyerThread = new CommentThread(buyer);
  await buyerThread.ask(question);
  const asked = buyerThread.comment(question);
  await expect(asked).toBeVisible();
  await expect(asked.getByRole("link", { name: "https://azlk.example/manual" })).toHaveAttribute(
    "rel",
    /nofollow ugc noopener/,
  );

  const seller = await signedIn("seller");
  await seller.goto(url);
  const sellerThread = new CommentThread(seller);
  await expect(sellerThread.comment(question)).toBeVisible();
  const answer = `Both original, never cracked (${Date.now()}).`;
  await sellerThread.ask(answer);
  await expect(
    seller.getByRole("article", { name: `Seller ${sellerName}` }).filter({ hasText: answer }),
  ).toContainText("Seller");

  await buyer.goto("/notifications");
  await buyer
    .getByRole("link", { name: `The seller answered on ${car}` })
    .first()
    .click();
  await expect(buyer).toHaveURL(/#comment-\d+$/);
  await expect(buyerThread.comment(answer)).toBeVisible();
  expect(await findAccessibilityProblems(buyer)).toEqual([]);
  await shoot(buyer, "listing-thread", () => buyerThread.root.evaluate((el) => el.scrollIntoView()));

  await shoot(buyer, "listing-cards", () =>
    buyer.getByRole("heading", { name: "Parts that fit" }).evaluate((el) => el.scrollIntoView()),
  );

  await buyer.getByTestId("seller-link").click();
  await expect(buyer.getByRole("heading", { level: 1, name: sellerName })).toBeVisible();
  const record = buyer.getByTestId("seller-record");
  await expect(record).toContainText(/Questions answered\s*[1-9]\d* question/);
  await expect(buyer.getByRole("list", { name: `Listings by ${sellerName}` }).getByText(car)).toBeVisible();
  await expect(buyer.locator("main")).not.toContainText(demoAccounts.seller.email);
  expect(await findAccessibilityProblems(buyer)).toEqual([]);
  await shoot(buyer, "seller-profile", () => buyer.evaluate(() => window.scrollTo(0, 0)));
});
