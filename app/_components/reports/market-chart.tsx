"use client";

import {
  Area,
  CartesianGrid,
  ComposedChart,
  Line,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { dollars } from "@/app/_components/valuation/dollars";
import type { QuarterFigures } from "@/lib/reports/figures";
import styles from "./market-chart.module.css";

/**
 * The median sold price per quarter as a line, with the middle half of the prices (25th to 75th
 * percentile) as a band behind it. Quarters without sales leave a gap. The table beside it carries
 * the same figures for screen readers and anyone who prefers numbers.
 */
export function MarketChart({ quarters, summary }: { quarters: QuarterFigures[]; summary: string }) {
  const data = quarters.map((q) => ({
    quarter: q.quarter.replace("-", " "),
    median: q.medianCents,
    band:
      q.lowerQuartileCents !== null && q.upperQuartileCents !== null
        ? [q.lowerQuartileCents, q.upperQuartileCents]
        : null,
  }));
  return (
    <figure className={styles.chart} data-testid="market-chart">
      <div style={{ width: "100%", height: 280 }} role="img" aria-label={`Chart: ${summary}`}>
        <ResponsiveContainer>
          <ComposedChart data={data} margin={{ top: 10, right: 16, bottom: 10, left: 8 }}>
            <CartesianGrid stroke="#e4ddd2" />
            <XAxis dataKey="quarter" tick={{ fontSize: 12 }} interval="preserveStartEnd" minTickGap={12} />
            <YAxis
              type="number"
              domain={[0, "auto"]}
              tickFormatter={(cents: number) => dollars(cents)}
              width={64}
              tick={{ fontSize: 12 }}
            />
            <Tooltip
              formatter={(value) =>
                Array.isArray(value)
                  ? `${dollars(Number(value[0]))} – ${dollars(Number(value[1]))}`
                  : dollars(Number(value))
              }
            />
            <Area
              dataKey="band"
              name="Middle half"
              stroke="none"
              fill="#1f5f8b"
              fillOpacity={0.2}
              connectNulls={false}
              isAnimationActive={false}
            />
            <Line
              dataKey="median"
              name="Median"
              stroke="#a4231b"
              strokeWidth={2}
              dot={{ r: 3 }}
              connectNulls={false}
              isAnimationActive={false}
            />
          </ComposedChart>
        </ResponsiveContainer>
      </div>
      <figcaption className="field__hint">
        The red line is the median sold price of each quarter; the blue band is the middle half of the prices
        (25th to 75th percentile). A quarter with no sales leaves a gap.
      </figcaption>
    </figure>
  );
}
