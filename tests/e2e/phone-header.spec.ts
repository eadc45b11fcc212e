import type { Page } from "@playwright/test";
import { expect, findAccessibilityProblems, test } from "./fixtures";

// On a phone the sticky header is one row (logo, search, Menu) and nothing that takes focus hides
// beneath it: scroll-padding-top follows the header's height.

test.use({ viewport: { width: 390, height: 844 } });

async function headerHeight(page: Page): Promise<number> {
  return page.locator("header[data-site-header]").evaluate((header) => header.getBoundingClientRect().height);
}

/** Tabs through the page and checks every form field that takes focus is in view below the header. */
async function tabThroughFields(page: Page, minimumFields: number) {
  let fields = 0;
  for (let press = 0; press < 120; press++) {
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => {
      const element = document.activeElement;
      if (!element || !element.closest("main") || !element.matches("input, select, textarea, button"))
        return null;
      const header = document.querySelector("header[data-site-header]")!.getBoundingClientRect();
      const box = element.getBoundingClientRect();
      return {
        name: element.getAttribute("name") ?? element.id ?? element.textContent,
        top: box.top,
        bottom: box.bottom,
        headerBottom: header.bottom,
        viewport: window.innerHeight,
      };
    });
    if (!focused) continue;
    fields++;
    expect(focused.top, `${focused.name} starts below the header`).toBeGreaterThanOrEqual(
      focused.headerBottom,
    );
    // Scrolling a field into view can leave it a fraction of a pixel past the edge.
    expect(focused.bottom, `${focused.name} ends inside the window`).toBeLessThanOrEqual(
      focused.viewport + 1,
    );
  }
  expect(fields).toBeGreaterThanOrEqual(minimumFields);
}

test("signed out, the phone header is one short row and no focused /value field hides under it", async ({
  page,
}) => {
  await page.goto("/value");
  expect(await headerHeight(page)).toBeLessThanOrEqual(64);
  await tabThroughFields(page, 8);
});

test("signed in, the phone header stays one short row and no focused /sell field hides under it", async ({
  page,
  signedIn,
}) => {
  await signedIn("seller", { page });
  await page.goto("/sell");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  expect(await headerHeight(page)).toBeLessThanOrEqual(64);
  await tabThroughFields(page, 10);
});

test("the Menu button opens the links and categories, and Escape closes it", async ({ page, signedIn }) => {
  await signedIn("seller", { page });
  await page.goto("/");
  const header = page.locator("header[data-site-header]");
  const menu = header.getByRole("button", { name: "Menu" });
  await expect(menu).toHaveAttribute("aria-expanded", "false");
  await expect(header.getByRole("link", { name: "Auctions" })).toBeHidden();

  await menu.click();
  await expect(menu).toHaveAttribute("aria-expanded", "true");
  const opened = page.locator(`#${await menu.getAttribute("aria-controls")}`);
  await expect(opened.getByRole("link", { name: "Auctions" })).toBeVisible();
  await expect(opened.getByRole("link", { name: "Cart" })).toBeVisible();
  await expect(opened.getByRole("button", { name: "Sign out" })).toBeVisible();
  expect(await findAccessibilityProblems(page)).toEqual([]);

  await page.keyboard.press("Tab");
  await page.keyboard.press("Escape");
  await expect(menu).toHaveAttribute("aria-expanded", "false");
  await expect(menu).toBeFocused();
  await expect(header.getByRole("link", { name: "Auctions" })).toBeHidden();

  await menu.click();
  await opened.getByRole("link", { name: "Auctions" }).click();
  await expect(page).toHaveURL(/\/auctions$/);
  await expect(menu).toHaveAttribute("aria-expanded", "false");
});
