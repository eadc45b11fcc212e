"use client";

import {
  CartesianGrid,
  ReferenceArea,
  ResponsiveContainer,
  Scatter,
  ScatterChart,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { dollars as money } from "@/app/_components/valuation/dollars";
import type { PriceHistoryPoint } from "@/lib/valuation/appraise";
import styles from "./price-history-chart.module.css";

const monthYear = new Intl.DateTimeFormat("en-US", { month: "short", year: "numeric", timeZone: "UTC" });
const fullDate = new Intl.DateTimeFormat("en-US", {
  month: "short",
  day: "numeric",
  year: "numeric",
  timeZone: "UTC",
});

/** Sales this far above the top of the fair range would squash the chart to a line; they are counted, not drawn. */
const offChartFactor = 2.5;

/** Demo sales are drawn apart (hollow grey) and counted in the caption: they are not market evidence. */
export function PriceHistoryChart({
  points,
  fairValue,
  currency = "USD",
}: {
  points: PriceHistoryPoint[];
  fairValue: { lowCents: number; highCents: number };
  currency?: string;
}) {
  const dollars = (cents: number) => money(cents, currency);
  const ceiling = fairValue.highCents * offChartFactor;
  const data = points.map((p) => ({
    at: Date.parse(p.soldAt),
    price: p.soldPriceCents,
    title: p.title,
    demo: p.origin === "demo",
  }));
  const shown = data.filter((d) => d.price <= ceiling);
  const demo = data.filter((d) => d.demo).length;
  const offChart = data.length - shown.length;
  const prices = data.map((d) => d.price);
  const summary =
    `${points.length} similar sales${demo ? ` (${demo} of them demo sales, synthetic)` : ""} from ${fullDate.format(data[0]!.at)} to ${fullDate.format(data.at(-1)!.at)}, ` +
    `between ${dollars(Math.min(...prices))} and ${dollars(Math.max(...prices))}; the fair-value range today is ${dollars(fairValue.lowCents)} to ${dollars(fairValue.highCents)}.`;
  return (
    <figure className={styles.history} data-testid="price-history">
      <div style={{ width: "100%", height: 240 }} role="img" aria-label={`Chart: ${summary}`}>
        <ResponsiveContainer>
          <ScatterChart margin={{ top: 10, right: 16, bottom: 10, left: 8 }}>
            <CartesianGrid stroke="#e4ddd2" />
            <XAxis
              dataKey="at"
              type="number"
              domain={["dataMin", "dataMax"]}
              tickFormatter={(ms: number) => monthYear.format(ms)}
              name="Sold"
              tick={{ fontSize: 12 }}
            />
            <YAxis
              dataKey="price"
              type="number"
              domain={[0, "auto"]}
              tickFormatter={dollars}
              name="Price"
              width={64}
              tick={{ fontSize: 12 }}
            />
            <ReferenceArea
              y1={fairValue.lowCents}
              y2={fairValue.highCents}
              fill="#1e6b3a"
              fillOpacity={0.18}
            />
            <Tooltip
              formatter={(value, name) =>
                name === "Price" ? dollars(Number(value)) : fullDate.format(Number(value))
              }
            />
            <Scatter data={shown.filter((d) => !d.demo)} fill="#a4231b" name="Recorded sale" />
            <Scatter data={shown.filter((d) => d.demo)} fill="#ffffff" stroke="#6b6b6b" name="Demo sale" />
          </ScatterChart>
        </ResponsiveContainer>
      </div>
      <figcaption className="field__hint">
        Each dot is a sale of a similar item; the green band is today’s fair-value range.
        {demo > 0 && (
          <span data-testid="price-history-demo">
            {" "}
            Hollow grey dots are {demo === data.length ? "all " : ""}
            {demo} demo sale{demo === 1 ? "" : "s"}: generated for the demo, synthetic, not market evidence.
          </span>
        )}
        {offChart > 0 &&
          ` ${offChart} sale${offChart === 1 ? "" : "s"} far above the rest ${offChart === 1 ? "is" : "are"} not drawn.`}
      </figcaption>
    </figure>
  );
}
