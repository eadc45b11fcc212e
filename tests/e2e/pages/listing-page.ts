import { expect, type Locator, type Page } from "@playwright/test";

/** A listing's page: its heading, buy box, stock line, and for an auction the bid box. */
export class ListingPage {
  readonly heading: Locator;
  readonly headlinePrice: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole("heading", { level: 1 });
    this.headlinePrice = page.getByTestId("headline-price");
  }

  async goto(idOrUrl: number | string) {
    return this.page.goto(typeof idOrUrl === "number" ? `/listings/${idOrUrl}` : idOrUrl);
  }

  /** Searches for the title, opens the first result, checks its heading and returns its address. */
  async openByTitle(title: string): Promise<string> {
    await this.page.goto(`/listings?q=${encodeURIComponent(title)}`);
    await this.page.locator('a[href^="/listings/"]').filter({ hasText: title }).first().click();
    await expect(this.heading).toHaveText(title);
    return this.page.url();
  }

  get id(): number {
    return Number(/\/listings\/(\d+)/.exec(this.page.url())?.[1]);
  }

  addToCartButton(title: string): Locator {
    return this.page.getByRole("button", { name: `Add to cart: ${title}` });
  }

  async addToCart(title: string) {
    await this.addToCartButton(title).click();
    await expect(this.page.getByRole("status").filter({ hasText: "Added to your cart" })).toBeVisible();
  }

  /** The number in "N in stock" on the page. */
  async stock(): Promise<number> {
    const text = await this.page
      .getByText(/\d+ in stock/)
      .first()
      .textContent();
    return Number(/(\d+) in stock/.exec(text ?? "")?.[1]);
  }

  get bidBox(): BidBox {
    return new BidBox(this.page.getByRole("region", { name: "Auction" }));
  }

  watchButton(): Locator {
    return this.page.getByRole("button", { name: "☆ Watch" });
  }
}

/** The auction's bid box on a listing page. */
export class BidBox {
  readonly currentBid: Locator;
  readonly standing: Locator;
  readonly endsAt: Locator;
  readonly guidance: Locator;
  readonly maxBid: Locator;
  readonly review: Locator;
  readonly status: Locator;
  readonly result: Locator;

  constructor(readonly root: Locator) {
    this.currentBid = root.getByTestId("current-bid");
    this.standing = root.getByTestId("your-standing");
    this.endsAt = root.getByTestId("ends-at");
    this.guidance = root.getByTestId("bid-guidance");
    this.maxBid = root.getByLabel("Your maximum bid (USD)");
    this.review = root.getByRole("group", { name: "Review your bid" });
    this.status = root.getByRole("status");
    this.result = root.getByTestId("auction-result");
  }

  async askToReview(amount: string) {
    await this.maxBid.fill(amount);
    await this.root.getByRole("button", { name: "Review bid" }).click();
  }

  /** Places a bid through the review step. */
  async bid(amount: string) {
    await this.askToReview(amount);
    await this.review.getByRole("button", { name: "Confirm bid" }).click();
  }
}

/** The questions and comments under a listing. */
export class CommentThread {
  readonly root: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByRole("region", { name: /^Questions and comments/ });
  }

  /** A comment by its author's name, as "Seller <name>" or "Comment <name>" names it. */
  comment(text: string): Locator {
    return this.root.getByRole("article").filter({ hasText: text });
  }

  async ask(text: string) {
    await this.root.getByLabel("Ask a question or leave a comment").fill(text);
    await this.root.getByRole("button", { name: "Post" }).click();
    await expect(this.root.getByRole("status").filter({ hasText: "Posted" })).toBeVisible();
  }
}
