import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { SellForm } from "@/app/_components/sell/sell-form";
import { withTestDatabase } from "../support/test-database";
import { renderInPage } from "./render-page";
import { serveValuations } from "./valuation-server";

// The fair value estimate beside the sell form, answered by the app's own valuation route: it says
// what is still missing, then a value, and a new value as the seller changes the description.

withTestDatabase();

const estimate = () => within(screen.getByRole("region", { name: "Fair value estimate" }));
const typicalValue = () =>
  estimate()
    .getByText(/^Fair value .*, typical/)
    .querySelectorAll("strong")[1]?.textContent;

async function describePedalCar(user: ReturnType<typeof userEvent.setup>, condition: string) {
  const choose = (name: string, option: string) =>
    user.selectOptions(screen.getByRole("combobox", { name }), option);
  await choose("Era", "Late, soft tires (late 1980s to 1994)");
  await choose("Licence plate", "Tiny AZLK 1993 plate");
  await choose("Condition", condition);
  await choose("Restored?", "Original, not restored");
  await choose("Windscreen", "Present and intact");
  await choose("Steering wheel", "Present and intact");
  await choose("Custom emergency version", "Standard");
}

describe("the live estimate on the sell form", () => {
  it("says which of the item's details it still needs", async () => {
    serveValuations();
    renderInPage(<SellForm />);
    expect(await estimate().findByText(/^Fill in the era, the licence plate, the condition/)).toBeTruthy();
  });

  it("shows a fair value once the pedal car is described, and a new one when its condition changes", async () => {
    const calls = serveValuations();
    renderInPage(<SellForm />);
    const user = userEvent.setup();

    await describePedalCar(user, "Excellent");
    await estimate().findByText(/^Fair value .*, typical/, {}, { timeout: 10_000 });
    const excellent = typicalValue();
    expect(excellent).toMatch(/^\$\d/);
    expect(calls.at(-1)?.body).toMatchObject({ item: { category: "pedal_car", condition: "excellent" } });

    await user.selectOptions(screen.getByRole("combobox", { name: "Condition" }), "Project");
    await waitFor(() => expect(calls.at(-1)?.body).toMatchObject({ item: { condition: "project" } }), {
      timeout: 10_000,
    });
    await waitFor(() => expect(typicalValue()).not.toBe(excellent), { timeout: 10_000 });
    const parse = (money: string | null | undefined) => Number(String(money).replace(/[^\d.]/g, ""));
    expect(parse(typicalValue())).toBeLessThan(parse(excellent));
  });

  it("judges the asking price against the value once one is typed", async () => {
    serveValuations();
    renderInPage(<SellForm />);
    const user = userEvent.setup();
    await describePedalCar(user, "Good");
    await estimate().findByText(
      /^Enter an asking price to see how buyers will judge it/,
      {},
      { timeout: 10_000 },
    );

    await user.type(screen.getByRole("textbox", { name: "Asking price" }), "90000");
    expect(
      await estimate().findByText(/Buyers see this verdict beside your price/, {}, { timeout: 10_000 }),
    ).toBeTruthy();
    expect(estimate().getByText(/^(Overpriced|Priced high):/)).toBeTruthy();
  });
});
