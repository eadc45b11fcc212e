import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { AuctionStateProvider } from "@/app/_components/auctions/auction-state";
import { BidBox } from "@/app/_components/auctions/bid-box";
import { blueCarForCollector, serveAuction } from "./auction-server";
import { renderInLanguage } from "./in-language";

// A collector types a maximum bid and reviews it before anything is sent.

function renderBidBox() {
  const view = blueCarForCollector();
  serveAuction(view);
  renderInLanguage(
    <AuctionStateProvider listingId={view.listingId} initialView={view}>
      <BidBox listingId={view.listingId} />
    </AuctionStateProvider>,
  );
  return { user: userEvent.setup() };
}

const bidField = () => screen.findByRole("textbox", { name: "Your maximum bid (USD)" });

describe("the bid box", () => {
  it("shows the least bid and the increment beside the field", async () => {
    renderBidBox();
    const field = await bidField();
    expect(field).toHaveProperty("placeholder", "310");
    expect(screen.getByText(/Enter \$310\b or more/)).toBeTruthy();
    expect(screen.getByText(/one increment \(\$5\)/)).toBeTruthy();
  });

  it("says a bid below the least bid is too low, on the field, and offers nothing to confirm", async () => {
    const { user } = renderBidBox();
    const field = await bidField();
    await user.type(field, "300");
    await user.click(screen.getByRole("button", { name: "Review bid" }));

    const error = await screen.findByText(/\$310\b/, { selector: ".field__error" });
    expect(field.getAttribute("aria-invalid")).toBe("true");
    expect(field.getAttribute("aria-describedby")).toContain(error.id);
    expect(screen.queryByRole("group", { name: "Review your bid" })).toBeNull();
    expect(screen.queryByRole("button", { name: "Confirm bid" })).toBeNull();
  });

  it("says what is wrong with a bid that is not an amount", async () => {
    const { user } = renderBidBox();
    const field = await bidField();
    await user.type(field, "three hundred");
    await user.click(screen.getByRole("button", { name: "Review bid" }));
    expect(field.getAttribute("aria-invalid")).toBe("true");
    expect(document.querySelector(".field__error")?.textContent).toMatch(/\S/);
    expect(screen.queryByRole("group", { name: "Review your bid" })).toBeNull();
  });

  it("clears the error as the collector types again, and reviews an enough bid with shipping", async () => {
    const { user } = renderBidBox();
    const field = await bidField();
    await user.type(field, "300");
    await user.click(screen.getByRole("button", { name: "Review bid" }));
    expect(field.getAttribute("aria-invalid")).toBe("true");

    await user.clear(field);
    expect(field.getAttribute("aria-invalid")).toBeNull();
    expect(document.querySelector(".field__error")).toBeNull();

    await user.type(field, "350");
    await user.click(screen.getByRole("button", { name: "Review bid" }));
    const review = await screen.findByRole("group", { name: "Review your bid" });
    expect(
      within(review).getByText("Confirm your maximum bid of $350, plus shipping $95 to United States."),
    ).toBeTruthy();
    expect(within(review).getByText(/at most \$445 in all/)).toBeTruthy();
    expect(within(review).getByRole("button", { name: "Confirm bid" })).toBeTruthy();
  });
});
