import { expect, findAccessibilityProblems, test } from "./fixtures";

test("a collector signs up, signs out and signs back in", async ({ page }) => {
  const email = `nina-${Date.now()}@example.com`;
  const password = "Plastic-Bumpers-And-Tea-1983";

  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Moskvitch");
  await page.getByRole("link", { name: "Create account" }).click();

  // Bad input first: field-level messages, and no account.
  await page.getByLabel("Email").fill("not-an-email");
  await page.getByLabel("Display name").fill("N");
  await page.getByLabel("Password", { exact: true }).fill("short");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("Enter a valid email address")).toBeVisible();
  await expect(page.getByText("at least 2 characters")).toBeVisible();
  await expect(page.getByText("Use at least 10 characters")).toBeVisible();
  await expect(page.locator("#field-country-error")).toHaveText("Choose a country");
  expect(await findAccessibilityProblems(page)).toEqual([]);

  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Display name").fill("Nina K.");
  await page.getByLabel("Country you live in").selectOption("US");
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByTestId("signed-in-as")).toContainText("Nina K.");

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();

  await page.getByRole("link", { name: "Sign in" }).click();
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("wrong-password-here");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.locator("main").getByRole("alert")).toContainText("don't match an account");

  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("signed-in-as")).toContainText("Nina K.");
});

test("the home page shows the seeded catalogue and passes an accessibility check", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "Just listed" })).toBeVisible();
  await expect(page.locator(".listing-card").first()).toBeVisible();
  expect(await findAccessibilityProblems(page)).toEqual([]);
  await page.locator(".listing-card a").first().click();
  await expect(page.getByRole("complementary", { name: "Price and details" })).toBeVisible();
});
