import { expect, findAccessibilityProblems, test } from "./fixtures";
import { photo, SellPage } from "./pages/sell-page";

test("a seller lists a restored early pedal car with two photos and buyers find it with filters", async ({
  page,
  signedIn,
}) => {
  const word = `zavod${Date.now().toString(36)}`;
  const title = `Restored 1978 AZLK pedal car ${word}, aluminum bumpers`;
  // Browsing pages are cached whole; this one is cached before the listing exists.
  const earlyCars = "/listings?category=pedal_car&era=early_aluminum_bumpers&sort=newest";
  await page.goto(earlyCars);
  await expect(page.getByRole("heading", { level: 1, name: "Pedal cars" })).toBeVisible();
  await expect(page.getByRole("link", { name: new RegExp(word) })).toHaveCount(0);
  await signedIn("seller", { page });

  const sell = new SellPage(page);
  await sell.goto();
  await expect(page.getByRole("heading", { level: 1, name: "Sell an item" })).toBeVisible();

  // Publishing an empty form names what is missing, beside each field.
  await page.getByRole("button", { name: "Publish" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Check the highlighted fields" })).toBeVisible();
  await expect(page.getByText("Choose the era")).toBeVisible();
  await expect(page.getByLabel("Era", { exact: true })).toHaveAttribute("aria-describedby", /sell-era-error/);
  expect(await findAccessibilityProblems(page)).toEqual([]);
  await page.screenshot({ path: "test-results/sell-errors-desktop.png", fullPage: true });

  await sell.describe({
    title,
    description: "Sanded and repainted in the original red; new pedal bushings. <b>Not bold</b>, just text.",
  });
  await sell.pedalCar({
    era: "early_aluminum_bumpers",
    year: "1978",
    plate: "azlk_1993",
    condition: "excellent",
    restored: "yes",
    restoredBy: "Our garage in New Jersey",
    windscreen: "intact",
    steeringWheel: "intact",
    customVersion: "none",
  });
  await sell.askingPrice("1,250.50");
  await sell.where({ country: "US", city: "Jersey City" });
  await sell.shipsTo("US", "95");
  await sell.addPhotos([
    await photo("front.jpg", { r: 190, g: 30, b: 30 }),
    await photo("side.jpg", { r: 30, g: 60, b: 160 }),
  ]);
  await expect(
    page.getByRole("list", { name: "Photos to upload when you save" }).getByRole("listitem"),
  ).toHaveCount(2);

  await sell.publish();
  await expect(page.getByRole("region", { name: /Live/ }).getByText(title)).toBeVisible();

  // Publishing refreshed the cached browse page.
  await page.goto(earlyCars);
  await expect(
    page.getByRole("link", { name: new RegExp(`Restored 1978 AZLK pedal car ${word}`) }),
  ).toBeVisible();

  await page.goto(`/listings?q=${word}&category=pedal_car&era=early_aluminum_bumpers`);
  // The result card, not the "remove this filter" chip that also names the searched word.
  await page
    .getByRole("link", { name: new RegExp(`Restored 1978 AZLK pedal car ${word}`) })
    .first()
    .click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(page.getByText("<b>Not bold</b>", { exact: false })).toBeVisible();
  // The cover and one thumbnail on the page (the viewer's own photo waits, closed, beside them).
  const photos = page.locator(".gallery a img");
  await expect(photos).toHaveCount(2);
  for (const img of await photos.all())
    await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.naturalWidth)).toBeGreaterThan(0);
  await page.getByRole("link", { name: "Open the photos (2)" }).click();
  const viewer = page.getByRole("dialog", { name: "Photos" });
  await expect(viewer).toContainText("Photo 1 of 2");
  await viewer.getByRole("button", { name: "Next photo" }).click();
  await expect(viewer).toContainText("Photo 2 of 2");
  await viewer.getByRole("button", { name: "Zoom in" }).click();
  await expect(viewer.getByRole("button", { name: "Zoom out" })).toHaveAttribute("aria-pressed", "true");
  await page.keyboard.press("Escape");
  await expect(viewer).toBeHidden();
});

test("a draft saves with only a title, and the form and dashboard read well on a desktop and a phone", async ({
  page,
  signedIn,
}) => {
  await signedIn("seller", { page });
  const sell = new SellPage(page);
  await sell.goto();
  await sell.describe({ title: "Plastic-bumper pedal car, needs a windscreen" });
  await sell.saveDraft();
  await expect(page).toHaveURL(/\/sell\/\d+$/);
  for (const [device, width, height] of [
    ["desktop", 1280, 900],
    ["phone", 390, 844],
  ] as const) {
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
