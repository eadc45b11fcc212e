import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import ErrorPage from "@/app/[locale]/error";
import { renderInLanguage } from "./in-language";
import { DatabaseBusyError } from "@/db/busy";

// The error page as Next hands it a server error in production: a generic message and the digest.

function serverError(digest: string): Error & { digest: string } {
  return Object.assign(new Error("An error occurred in the Server Components render."), { digest });
}

describe("the error page", () => {
  it("says the market is busy for a busy database's digest, and its button asks for the page again", async () => {
    const retry = vi.fn();
    renderInLanguage(<ErrorPage error={serverError(new DatabaseBusyError("busy").digest)} retry={retry} />);
    expect(screen.getByRole("heading", { name: "The market is busy right now" })).toBeTruthy();
    expect(screen.getByText("Nothing was changed or charged. Try again in a moment.")).toBeTruthy();
    expect(screen.queryByText(/^Reference:/)).toBeNull();
    await userEvent.setup().click(screen.getByRole("button", { name: "Try again" }));
    expect(retry).toHaveBeenCalledOnce();
  });

  it("says something went wrong for any other error, with its reference", () => {
    renderInLanguage(<ErrorPage error={serverError("2710438531")} retry={() => {}} />);
    expect(screen.getByRole("heading", { name: "Something went wrong on our side" })).toBeTruthy();
    expect(screen.getByText("Reference: 2710438531")).toBeTruthy();
  });
});
