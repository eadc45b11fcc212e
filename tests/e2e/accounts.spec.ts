import { expect, findAccessibilityProblems, readEmailedLink, test } from "./fixtures";
import { SignInPage } from "./pages/sign-in-page";

test("a collector signs up through the emailed link, signs out and signs back in", async ({
  page,
  context,
}) => {
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
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  expect(await findAccessibilityProblems(page)).toEqual([]);
  await page.goto(await readEmailedLink(email, "/sign-up/confirm"));
  await page.getByRole("button", { name: "Finish creating my account" }).click();
  await expect(page.getByTestId("signed-in-as")).toContainText("Nina K.");

  // Signing out ends the session itself: the old cookie, kept and sent again, is refused.
  const oldCookies = await context.cookies();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
  await context.addCookies(oldCookies);
  await page.goto("/watchlist");
  await expect(page).toHaveURL(/\/sign-in/);

  const signIn = new SignInPage(page);
  await signIn.goto();
  await signIn.submit(email, "wrong-password-here");
  await expect(signIn.error).toContainText("don't match an account");

  await signIn.submit(email, password);
  await signIn.expectSignedIn({ displayName: "Nina K." });
});

test("signing up with a registered email answers as for a new one; only the inbox is told", async ({
  page,
  signedIn,
}) => {
  const email = `olga-${Date.now()}@example.com`;
  await signedIn({ email, displayName: "Olga", password: "Moskvitch-412-Garage-Blue" }, { page });
  await page.getByRole("button", { name: "Sign out" }).click();
  await page.goto("/sign-up");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Display name").fill("Someone else");
  await page.getByLabel("Country you live in").selectOption("GB");
  await page.getByLabel("Password", { exact: true }).fill("Another-Strong-Pass-1990");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  expect(await readEmailedLink(email, "/sign-in")).toMatch(/\/sign-in$/);
});

test("after signing in, a crafted callbackUrl stays on this site", async ({ page, baseURL, signedIn }) => {
  const email = `pavel-${Date.now()}@example.com`;
  const password = "Zil-130-Dump-Truck-Yellow";
  await signedIn({ email, displayName: "Pavel", password }, { page });
  await page.getByRole("button", { name: "Sign out" }).click();
  const signIn = new SignInPage(page);
  await signIn.goto("/sign-in?callbackUrl=%2F%09%2Fevil.example%2Fphish");
  await signIn.submit(email, password);
  await signIn.expectSignedIn({ displayName: "Pavel" });
  expect(new URL(page.url()).origin).toBe(new URL(baseURL!).origin);
});

test("the home page shows the seeded catalogue and passes an accessibility check", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "Just listed" })).toBeVisible();
  await expect(page.locator(".listing-card").first()).toBeVisible();
  expect(await findAccessibilityProblems(page)).toEqual([]);
  await page.locator(".listing-card a").first().click();
  await expect(page.getByRole("complementary", { name: "Price and details" })).toBeVisible();
});
