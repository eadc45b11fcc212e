import fs from "node:fs";
import type { Page } from "@playwright/test";
import { expect, findAccessibilityProblems, test } from "./fixtures";
import { ListingPage } from "./pages/listing-page";

// A buyer messages the seller from a listing; the seller sees the unread count in the header,
// opens the conversation and replies; the buyer sees the reply.

const car = "1976 AZLK Moskvitch pedal car, aluminum bumpers, original red paint";

/** With SHOTS_DIR set, the page at desktop and phone width, to look at by eye. */
async function shoot(page: Page, name: string) {
  const dir = process.env.SHOTS_DIR;
  if (!dir) return;
  fs.mkdirSync(dir, { recursive: true });
  for (const [label, width] of [
    ["desktop", 1280],
    ["phone", 390],
  ] as const) {
    await page.setViewportSize({ width, height: width === 1280 ? 900 : 844 });
    await page.screenshot({ path: `${dir}/${name}-${label}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 720 });
}

const unreadMessages = (page: Page) => page.getByRole("link", { name: /^Messages\s*\d+ unread$/ });

test("a buyer messages a seller from a listing, the seller replies, and the buyer reads the reply", async ({
  signedIn,
}) => {
  const question = `Does it come with the original box? Photos: https://azlk.example/box (${Date.now()})`;
  const buyer = await signedIn("buyer");
  await new ListingPage(buyer).openByTitle(car);
  await buyer.getByRole("link", { name: "Message the seller" }).click();
  await expect(buyer.getByRole("heading", { level: 1, name: "Message the seller" })).toBeVisible();

  // Nothing typed: refused on the field, nothing sent.
  await buyer.getByRole("button", { name: "Send" }).click();
  await expect(buyer.getByText("Write your message.")).toBeVisible();
  await buyer.getByRole("textbox", { name: "Your message" }).fill(question);
  await buyer.getByRole("button", { name: "Send" }).click();
  await expect(buyer).toHaveURL(/\/messages\/\d+$/);
  const thread = buyer.getByRole("list", { name: "Messages" });
  await expect(thread.getByRole("article", { name: "You" })).toContainText(question);
  await expect(thread.getByRole("link", { name: "https://azlk.example/box" })).toHaveAttribute(
    "rel",
    /nofollow ugc noopener/,
  );
  const conversationUrl = buyer.url();

  const seller = await signedIn("seller");
  await seller.goto("/");
  await expect(unreadMessages(seller)).toBeVisible();
  await unreadMessages(seller).click();
  await expect(seller).toHaveURL(/\/messages$/);
  const conversation = seller.getByRole("list", { name: "Conversations" }).getByRole("listitem").first();
  await expect(conversation).toContainText(car);
  await expect(conversation).toContainText("1 new");
  expect(await findAccessibilityProblems(seller)).toEqual([]);
  await shoot(seller, "messages-list");

  await conversation.getByRole("link", { name: car }).click();
  await expect(seller).toHaveURL(conversationUrl);
  await expect(seller.getByRole("list", { name: "Messages" })).toContainText(question);
  // Opened: the header no longer counts it.
  await expect(seller.getByRole("link", { name: "Messages", exact: true })).toBeVisible();
  const answer = `Yes, the original box, a little worn (${Date.now()}).`;
  await seller.getByRole("textbox", { name: "Reply" }).fill(answer);
  await seller.getByRole("button", { name: "Send" }).click();
  await expect(
    seller.getByRole("list", { name: "Messages" }).getByRole("article", { name: "You" }),
  ).toHaveCount(1);
  await expect(seller.getByRole("list", { name: "Messages" })).toContainText(answer);
  await expect(seller.getByRole("textbox", { name: "Reply" })).toHaveValue("");
  expect(await findAccessibilityProblems(seller)).toEqual([]);
  await shoot(seller, "messages-thread");

  await buyer.goto("/");
  await expect(unreadMessages(buyer)).toBeVisible();
  await unreadMessages(buyer).click();
  await buyer.getByRole("list", { name: "Conversations" }).getByRole("link", { name: car }).click();
  await expect(buyer.getByRole("list", { name: "Messages" }).getByRole("article").last()).toContainText(
    answer,
  );
  await expect(
    buyer.getByRole("list", { name: "Messages" }).getByText("Seller", { exact: true }),
  ).toBeVisible();

  // An admin may read it; the read is in the audit log.
  const admin = await signedIn("admin");
  await admin.goto("/admin/messages");
  await admin
    .getByRole("link", { name: new RegExp(car) })
    .first()
    .click();
  await expect(admin.getByRole("list", { name: "Messages" })).toContainText(answer);
  expect(await findAccessibilityProblems(admin)).toEqual([]);
  await admin.goto("/admin/audit");
  await expect(admin.getByText("Read conversation").first()).toBeVisible();
});
