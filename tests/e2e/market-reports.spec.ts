import { expect, findAccessibilityProblems, test } from "./fixtures";

// The market reports: an English-speaking collector opens the pedal-car report from the index and
// reads the chart and the same figures as a table. The demo server counts its demo sales and says so.

test("a collector opens a pedal-car market report from /reports and reads the chart and the table", async ({
  page,
}) => {
  await page.goto("/reports");
  await expect(page.getByRole("heading", { level: 1, name: "Market reports" })).toBeVisible();
  await expect(page.getByTestId("reports-evidence")).toContainText("Moskvitch Market’s figures from");
  await expect(page.getByTestId("reports-demo")).toContainText("Demo");
  expect(await findAccessibilityProblems(page)).toEqual([]);

  const pedalCars = page.getByRole("region", { name: "Pedal cars" });
  await pedalCars.getByRole("link", { name: /Late, soft tires/ }).click();
  await expect(page).toHaveURL(/\/reports\/pedal_car\/late_soft_tires$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(
    "Market report: Pedal cars · Late, soft tires",
  );
  await expect(page.getByRole("heading", { level: 1 })).toContainText("demo");
  await expect(page.getByTestId("report-evidence")).toHaveText(
    /^Moskvitch Market's figures from \d+ recorded sales: .*demo sales \(synthetic, not market evidence\)/,
  );
  await expect(page.getByTestId("report-median")).toHaveText(/^\$[\d,]+$/);
  await expect(page.getByTestId("report-moved")).toHaveText(
    /^(Median (up|down) \d+%|Median unchanged|Too few)/,
  );

  // The chart draws its median line; the table carries the same figures, a row per quarter.
  const chart = page.getByTestId("market-chart");
  await expect(chart.getByRole("img", { name: /^Chart: Median sold price/ })).toBeVisible();
  await expect(chart.locator(".recharts-line-curve").first()).toBeVisible();
  const table = page.getByRole("table");
  await expect(table.getByRole("columnheader", { name: "Middle half (25th–75th percentile)" })).toBeVisible();
  await expect(table.getByRole("rowheader")).toHaveCount(12);
  await expect(
    table
      .getByRole("row")
      .filter({ hasText: /\$[\d,]+ – \$[\d,]+/ })
      .first(),
  ).toBeVisible();
  expect(await findAccessibilityProblems(page)).toEqual([]);

  const figures = await page.request.get("/api/reports/pedal_car/late_soft_tires");
  expect(figures.status()).toBe(200);
  expect(await figures.json()).toMatchObject({
    currency: "USD",
    demoCounted: true,
    segment: { key: "pedal_car:late_soft_tires", path: "/reports/pedal_car/late_soft_tires" },
  });
});

test("a segment that cannot exist is not found, on the page and in the API", async ({ page }) => {
  expect((await page.goto("/reports/pedal_car/unknown"))?.status()).toBe(404);
  expect((await page.goto("/reports/boat/late_soft_tires"))?.status()).toBe(404);
  const api = await page.request.get("/api/reports/toy/windscreen");
  expect(api.status()).toBe(404);
  expect((await api.json()).error).toMatch(/^There is no market report for that segment/);
});
