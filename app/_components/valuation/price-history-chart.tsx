"use client";

import { CartesianGrid, ReferenceArea, ResponsiveContainer, Scatter, ScatterChart, Tooltip, XAxis, YAxis } from "recharts";
import type { PriceHistoryPoint } from "@/lib/valuation/appraise";

const dollars = (cents: number) => `$${Math.round(cents / 100).toLocaleString("en-US")}`;
const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export function PriceHistoryChart({ points, fairValue }: { points: PriceHistoryPoint[]; fairValue: { lowCents: number; highCents: number } }) {
  const data = points.map((p) => ({ at: Date.parse(p.soldAt), price: p.soldPriceCents, title: p.title }));
  return (
    <figure className="price-history">
      <div style={{ width: "100%", height: 240 }} role="img" aria-label={`Scatter chart of ${points.length} similar sales over time; the shaded band is the fair-value range.`}>
        <ResponsiveContainer>
          <ScatterChart margin={{ top: 10, right: 16, bottom: 10, left: 8 }}>
            <CartesianGrid stroke="#e4ddd2" />
            <XAxis dataKey="at" type="number" domain={["dataMin", "dataMax"]} tickFormatter={day} name="Sold" tick={{ fontSize: 12 }} />
            <YAxis dataKey="price" type="number" tickFormatter={dollars} name="Price" width={64} tick={{ fontSize: 12 }} />
            <ReferenceArea y1={fairValue.lowCents} y2={fairValue.highCents} fill="#1e6b3a" fillOpacity={0.12} />
            <Tooltip formatter={(value, name) => (name === "Price" ? dollars(Number(value)) : day(Number(value)))} />
            <Scatter data={data} fill="#a4231b" />
          </ScatterChart>
        </ResponsiveContainer>
      </div>
      <figcaption className="field__hint">Each dot is a sale of a similar item; the green band is today’s fair-value range.</figcaption>
    </figure>
  );
}
