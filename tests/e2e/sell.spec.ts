import sharp from "sharp";
import { expect, findAccessibilityProblems, test } from "./fixtures";
import type { Page } from "@playwright/test";

const demoSeller = { email: "seller@moskvitch.example", password: "Pedal-Car-Restorer-1984" };

/** Signs in as the demo seller; on a database without the demo seed, signs up a fresh seller instead. */
async function signInAsSeller(page: Page) {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(demoSeller.email);
  await page.getByLabel("Password").fill(demoSeller.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  const signedIn = await page
    .getByTestId("signed-in-as")
    .waitFor({ timeout: 5_000 })
    .then(() => true)
    .catch(() => false);
  if (signedIn) return;
  await page.goto("/sign-up");
  await page.getByLabel("Email").fill(`seller-${Date.now()}@example.com`);
  await page.getByLabel("Display name").fill("Pedal Car Restorer");
  await page.getByLabel("Country you live in").selectOption("US");
  await page.getByLabel("Password", { exact: true }).fill("Aluminum-Bumpers-Restored-1978");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByTestId("signed-in-as")).toBeVisible();
}

async function photo(name: string, color: { r: number; g: number; b: number }) {
  const buffer = await sharp({ create: { width: 800, height: 600, channels: 3, background: color } }).jpeg().toBuffer();
  return { name, mimeType: "image/jpeg", buffer };
}

test("a seller lists a restored early pedal car with two photos and buyers find it with filters", async ({ page }) => {
  const word = `zavod${Date.now().toString(36)}`;
  const title = `Restored 1978 AZLK pedal car ${word}, aluminum bumpers`;
  // Browsing pages are cached whole; this one is cached before the listing exists.
  const earlyCars = "/listings?category=pedal_car&era=early_aluminum_bumpers&sort=newest";
  await page.goto(earlyCars);
  await expect(page.getByRole("heading", { level: 1, name: "Pedal cars" })).toBeVisible();
  await expect(page.getByRole("link", { name: new RegExp(word) })).toHaveCount(0);
  await signInAsSeller(page);

  await page.goto("/sell");
  await expect(page.getByRole("heading", { level: 1, name: "Sell an item" })).toBeVisible();

  // Publishing an empty form names what is missing, beside each field.
  await page.getByRole("button", { name: "Publish" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Check the highlighted fields" })).toBeVisible();
  await expect(page.getByText("Choose the era")).toBeVisible();
  await expect(page.getByLabel("Era", { exact: true })).toHaveAttribute("aria-describedby", /sell-era-error/);
  expect(await findAccessibilityProblems(page)).toEqual([]);
  await page.screenshot({ path: "test-results/sell-errors-desktop.png", fullPage: true });

  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Description").fill("Sanded and repainted in the original red; new pedal bushings. <b>Not bold</b>, just text.");
  await page.getByLabel("Era", { exact: true }).selectOption("early_aluminum_bumpers");
  await page.getByLabel("Production year, if known").fill("1978");
  await page.getByLabel("Licence plate").selectOption("azlk_1993");
  await page.getByLabel("Condition", { exact: true }).selectOption("excellent");
  await page.getByLabel("Restored?").selectOption("yes");
  await page.getByLabel("Restored by (if restored)").fill("Our garage in New Jersey");
  await page.getByLabel("Windscreen").selectOption("intact");
  await page.getByLabel("Steering wheel").selectOption("intact");
  await page.getByLabel("Custom emergency version").selectOption("none");
  await page.getByLabel("Asking price").fill("1,250.50");
  await page.getByLabel("Country (two letters)").fill("US");
  await page.getByLabel("City").fill("Jersey City");
  await page.getByRole("button", { name: "Add a destination" }).click();
  await page.getByLabel("Destination 1", { exact: true }).fill("US");
  await page.getByLabel("Price (USD)").fill("95");
  await page.getByLabel("Add photos").setInputFiles([await photo("front.jpg", { r: 190, g: 30, b: 30 }), await photo("side.jpg", { r: 30, g: 60, b: 160 })]);
  await expect(page.getByRole("list", { name: "Photos to upload when you save" }).getByRole("listitem")).toHaveCount(2);

  await page.getByRole("button", { name: "Publish" }).click();
  await expect(page).toHaveURL(/\/dashboard\/listings\?done=published/, { timeout: 30_000 });
  await expect(page.getByRole("region", { name: /Live/ }).getByText(title)).toBeVisible();

  // Publishing refreshed the cached browse page.
  await page.goto(earlyCars);
  await expect(page.getByRole("link", { name: new RegExp(`Restored 1978 AZLK pedal car ${word}`) })).toBeVisible();

  await page.goto(`/listings?q=${word}&category=pedal_car&era=early_aluminum_bumpers`);
  // The result card, not the "remove this filter" chip that also names the searched word.
  await page.getByRole("link", { name: new RegExp(`Restored 1978 AZLK pedal car ${word}`) }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(page.getByText("<b>Not bold</b>", { exact: false })).toBeVisible();
  const photos = page.locator(".gallery img");
  await expect(photos).toHaveCount(2);
  for (const img of await photos.all()) await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.naturalWidth)).toBeGreaterThan(0);
});

test("a draft saves with only a title, and the form and dashboard read well on a desktop and a phone", async ({ page }) => {
  await signInAsSeller(page);
  await page.goto("/sell");
  await page.getByLabel("Title").fill("Plastic-bumper pedal car, needs a windscreen");
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Draft saved" })).toBeVisible();
  await expect(page).toHaveURL(/\/sell\/\d+$/);
  for (const [device, width, height] of [["desktop", 1280, 900], ["phone", 390, 844]] as const) {
    await page.setViewportSize({ width, height });
    await page.goto("/sell");
    await expect(page.getByLabel("Title")).toBeVisible();
    await page.screenshot({ path: `test-results/sell-${device}.png`, fullPage: true });
    await page.goto("/dashboard/listings");
    await expect(page.getByRole("heading", { level: 1, name: "Your listings" })).toBeVisible();
    expect(await findAccessibilityProblems(page)).toEqual([]);
    await page.screenshot({ path: `test-results/dashboard-${device}.png`, fullPage: true });
  }
});
