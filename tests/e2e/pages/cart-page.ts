import { expect, type Locator, type Page } from "@playwright/test";

const escape = (text: string) => text.replace(/[()]/g, "\\$&");

/** /cart: one group per seller, one checkout for all of them, and where the cart ships. */
export class CartPage {
  readonly shipTo: Locator;

  constructor(readonly page: Page) {
    this.shipTo = page.getByRole("region", { name: "Ship to" });
  }

  async goto() {
    await this.page.goto("/cart");
  }

  group(sellerName: string): Locator {
    return this.page.getByRole("region", { name: `From ${sellerName}` });
  }

  line(title: string, within: Locator | Page = this.page): Locator {
    return within.getByRole("listitem").filter({ hasText: title });
  }

  checkOutButton(sellerName: string): Locator {
    return this.page.getByRole("button", { name: new RegExp(`^Check out with ${escape(sellerName)}`) });
  }

  /** Checks out one seller's group and lands on the test-payment page. */
  async checkOut(sellerName: string): Promise<TestPaymentPage> {
    await this.checkOutButton(sellerName).click();
    const payment = new TestPaymentPage(this.page);
    await payment.expectOpen();
    return payment;
  }

  /** The one checkout of a cart with several sellers. */
  checkOutAllButton(sellerCount: number): Locator {
    return this.page.getByRole("button", { name: new RegExp(`^Check out from ${sellerCount} sellers`) });
  }

  async checkOutAll(sellerCount: number): Promise<TestPaymentPage> {
    await this.checkOutAllButton(sellerCount).click();
    const payment = new TestPaymentPage(this.page);
    await payment.expectOpen();
    return payment;
  }

  async shipToCountry(country: string) {
    await this.page.locator("#ship-to-country").selectOption(country);
    await this.shipTo.getByRole("button", { name: "Update shipping" }).click();
  }
}

/** /checkout/test/…: the pretend payment page of test-payment mode. */
export class TestPaymentPage {
  constructor(readonly page: Page) {}

  async expectOpen() {
    await expect(this.page).toHaveURL(/\/checkout\/test\/cs_test_local_/);
    await expect(
      this.page.getByRole("heading", { level: 1, name: "Test payment — no real money" }),
    ).toBeVisible();
  }

  async fillAddress(address: { name: string; street: string; city: string; postcode: string }) {
    await this.page.getByLabel("Name on the parcel").fill(address.name);
    await this.page.getByLabel("Street address").fill(address.street);
    await this.page.getByLabel("Town or city").fill(address.city);
    await this.page.getByLabel("Postcode").fill(address.postcode);
  }

  /** Pays and lands on the order, marked paid; returns the order's address. */
  async pay(): Promise<string> {
    await this.page.getByRole("button", { name: /^Pay .* \(test\)$/ }).click();
    await expect(this.page).toHaveURL(/\/orders\/\d+\?checkout=done/);
    await expect(this.page.getByRole("status").filter({ hasText: "Paid" })).toBeVisible();
    return this.page.url().replace(/\?.*$/, "");
  }

  /** Pays a whole-cart checkout once and lands on its payment, listing the orders it made. */
  async payAll(): Promise<string> {
    await this.page.getByRole("button", { name: /^Pay .* \(test\)$/ }).click();
    await expect(this.page).toHaveURL(/\/checkouts\/\d+\?checkout=done/);
    await expect(this.page.getByRole("status").filter({ hasText: /^Paid once/ })).toBeVisible();
    return this.page.url().replace(/\?.*$/, "");
  }
}

export const manchester = { name: "Tom B.", street: "1 Tib Street", city: "Manchester", postcode: "M4 1HN" };
