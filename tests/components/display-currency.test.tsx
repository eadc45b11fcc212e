import { act, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import {
  AlsoInYourCurrency,
  convertCents,
  DisplayCurrencyPicker,
} from "@/app/_components/currency/display-currency";
import { renderInLanguage } from "./in-language";

// A collector in Tallinn reads a US listing's price in euros beside the dollars it will be charged in.

const perUsd = { USD: 1, EUR: 0.92, GBP: 0.79, RUB: 92.5 };

function serveRates() {
  vi.stubGlobal("fetch", async (input: RequestInfo | URL) =>
    String(input) === "/api/rates"
      ? Response.json({ perUsd, ratesOn: "2026-12-01", sources: ["ECB reference rates"] })
      : new Response("Not found", { status: 404 }),
  );
}

afterEach(() => window.localStorage.clear());

describe("prices in the visitor's currency", () => {
  it("converts through the dollar, and gives up without both rates", () => {
    expect(convertCents(36_500, "USD", "EUR", perUsd)).toBe(33_580);
    expect(convertCents(29_000, "EUR", "GBP", perUsd)).toBe(24_902);
    expect(convertCents(29_000, "EUR", "RUB", { EUR: 0.92 })).toBeNull();
  });

  it("shows nothing until a currency is chosen, then the rounded amount beside the listing's, saying who charges what", async () => {
    serveRates();
    renderInLanguage(
      <>
        <p>
          $365
          <AlsoInYourCurrency cents={36_500} currency="USD" />
        </p>
        <DisplayCurrencyPicker />
      </>,
    );
    expect(screen.queryByTestId("also-in-your-currency")).toBeNull();
    await userEvent.setup().selectOptions(screen.getByLabelText("Also show prices in"), "EUR");
    const also = await screen.findByTestId("also-in-your-currency");
    expect(also.textContent).toBe(" ≈ €336");
    expect(also.getAttribute("title")).toBe("At the rate of 2026-12-01; you pay in USD.");
    await act(async () => {
      await userEvent.setup().selectOptions(screen.getByLabelText("Also show prices in"), "USD");
    });
    expect(screen.queryByTestId("also-in-your-currency")).toBeNull();
  });

  it("shows roubles to a visitor reading in Russian until they choose otherwise, and keeps that choice", async () => {
    serveRates();
    renderInLanguage(
      <>
        <p>
          $365
          <AlsoInYourCurrency cents={36_500} currency="USD" />
        </p>
        <DisplayCurrencyPicker />
      </>,
      "ru",
    );
    const also = await screen.findByTestId("also-in-your-currency");
    expect(also.textContent).toMatch(/^ ≈ 33\s763\s₽$/);
    const picker = screen.getByLabelText("Показывать цены также в");
    expect((picker as HTMLSelectElement).value).toBe("RUB");
    await act(async () => {
      await userEvent.setup().selectOptions(picker, "");
    });
    expect(screen.queryByTestId("also-in-your-currency")).toBeNull();
    expect(window.localStorage.getItem("displayCurrency")).toBe("none");
  });
});
