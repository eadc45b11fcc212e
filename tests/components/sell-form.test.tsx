import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { SellForm } from "@/app/_components/sell/sell-form";
import { withTestDatabase } from "../support/test-database";
import { renderInPage } from "./render-page";
import { serveValuations } from "./valuation-server";

// The sell form as a seller meets it: the chosen category's own questions, and field errors from
// the same rules as the server, before anything is sent.

withTestDatabase();

function renderSellForm() {
  serveValuations();
  const page = renderInPage(<SellForm />);
  return { ...page, user: userEvent.setup() };
}

const category = () => screen.getByRole("combobox", { name: "Category" });

describe("the sell form", () => {
  it("asks a pedal car's questions, and a spare part's once the seller picks spare parts", async () => {
    const { user } = renderSellForm();
    expect(screen.getByRole("group", { name: "The pedal car" })).toBeTruthy();
    expect(screen.getByRole("combobox", { name: "Era" })).toBeTruthy();
    expect(screen.getByRole("combobox", { name: "Steering wheel" })).toBeTruthy();

    await user.selectOptions(category(), "Spare parts");
    expect(screen.queryByRole("group", { name: "The pedal car" })).toBeNull();
    expect(screen.queryByRole("combobox", { name: "Steering wheel" })).toBeNull();
    expect(screen.getByRole("combobox", { name: /part type/i })).toBeTruthy();
  });

  it("shows each missing field's error on the field when publishing, and sends nothing", async () => {
    const { user } = renderSellForm();
    await user.click(screen.getByRole("button", { name: "Publish" }));

    expect((await screen.findByRole("alert")).textContent).toMatch(/Check the highlighted fields \(\d+\)/);
    for (const name of ["Title", "Country (two letters)"]) {
      const field = screen.getByRole("textbox", { name });
      expect(field.getAttribute("aria-invalid"), name).toBe("true");
      expect(screen.getByRole("textbox", { name, description: /\S/ })).toBe(field);
    }
    const era = screen.getByRole("combobox", { name: "Era" });
    expect(era.getAttribute("aria-invalid")).toBe("true");
    // The first field in error takes the focus, so a keyboard user starts where the trouble is.
    expect(document.activeElement?.getAttribute("aria-invalid")).toBe("true");
  });

  it("takes a field's error away once it is filled in and checked again", async () => {
    const { user } = renderSellForm();
    await user.click(screen.getByRole("button", { name: "Save draft" }));
    const title = screen.getByRole("textbox", { name: "Title" });
    expect(title.getAttribute("aria-invalid")).toBe("true");

    await user.type(title, "1978 AZLK pedal car, aluminum bumpers, restored");
    await user.click(screen.getByRole("button", { name: "Publish" }));
    expect(title.getAttribute("aria-invalid")).toBeNull();
    expect(within(screen.getByRole("alert")).getByText(/Check the highlighted fields/)).toBeTruthy();
  });
});
