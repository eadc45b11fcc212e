import { expect, type Page } from "@playwright/test";

/** /sign-in: the email and password form. */
export class SignInPage {
  constructor(readonly page: Page) {}

  async goto(path = "/sign-in") {
    await this.page.goto(path);
  }

  /** Fills and sends the form; says nothing about whether it worked. */
  async submit(email: string, password: string) {
    await this.page.getByLabel("Email").fill(email);
    await this.page.getByLabel("Password").fill(password);
    await this.page.getByRole("button", { name: "Sign in" }).click();
  }

  /** Signs in and waits until the header names who is signed in (checking a password is slow on purpose, so up to 30 s). */
  async signIn(
    email: string,
    password: string,
    options: { displayName?: string; timeout?: number; path?: string } = {},
  ) {
    await this.goto(options.path);
    await this.submit(email, password);
    await this.expectSignedIn({ timeout: 30_000, ...options });
  }

  async expectSignedIn({ displayName, timeout }: { displayName?: string; timeout?: number } = {}) {
    const who = this.page.getByTestId("signed-in-as");
    // On a phone the name sits in the folded menu: there, it is in the page but not in view.
    if (displayName) await expect(who).toContainText(displayName, { timeout });
    else await expect(who).toBeAttached({ timeout });
  }

  get error() {
    return this.page.locator("main").getByRole("alert");
  }
}
