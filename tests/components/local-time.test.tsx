import { screen } from "@testing-library/react";
import { renderToString } from "react-dom/server";
import { afterAll, describe, expect, it } from "vitest";
import { formatMoment, LocalTime } from "@/app/_components/local-time";
import { inLanguage, renderInLanguage } from "./in-language";

// An auction that ends at 21:00 UTC ends at midnight in Tallinn: the viewer sees their own clock.

const end = new Date("2026-12-14T21:00:00Z");
const zoneBefore = process.env.TZ;
afterAll(() => {
  process.env.TZ = zoneBefore;
});

describe("times in the viewer's zone", () => {
  it("writes a moment in a named zone, and a date without one", () => {
    expect(formatMoment(end, "dateTime", "UTC")).toBe("14 Dec 2026, 21:00 UTC");
    expect(formatMoment(end, "dateTime", "Europe/Tallinn")).toBe("14 Dec 2026, 23:00 EET");
    expect(formatMoment(end, "time", "Asia/Tokyo")).toBe("06:00 GMT+9");
    expect(formatMoment(end, "date", "Asia/Tokyo")).toBe("15 Dec 2026");
  });

  it("says UTC on the server, where cached pages are made, and the browser's own zone once running", () => {
    expect(renderToString(inLanguage(<LocalTime at={end.toISOString()} />))).toContain(
      "14 Dec 2026, 21:00 UTC",
    );
    process.env.TZ = "Europe/Tallinn";
    renderInLanguage(<LocalTime at={end.toISOString()} />);
    const shown = screen.getByText("14 Dec 2026, 23:00 EET");
    expect(shown.getAttribute("dateTime")).toBe("2026-12-14T21:00:00.000Z");
    expect(shown.getAttribute("title")).toBe("Your time zone: Europe/Tallinn");
  });

  it("writes the moment the Russian way on a Russian page", () => {
    expect(formatMoment(end, "dateTime", "Europe/Moscow", "ru")).toMatch(
      /^15 дек\.? 2026 г\., 00:00 GMT\+3$|^15 дек\.? 2026 г\., 00:00 MSK$/,
    );
  });
});
