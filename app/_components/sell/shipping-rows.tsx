"use client";

import { useState } from "react";
import { formatMoney } from "@/lib/kernel/money";
import { shippingRates } from "@/lib/valuation/engine/shipping";
import { FieldMessages, TextField } from "@/app/_components/forms/fields";

// Shipping the seller offers: a destination (country code, or WORLD) and a price per row.
// No rows means collection only.

type Row = { key: number; destination?: string; price?: string };
let nextKey = 1;

export function ShippingRows({
  initial,
  errors,
  currency,
}: {
  initial: { destination?: string; price?: string }[];
  errors: Record<string, string>;
  currency: string;
}) {
  const [rows, setRows] = useState<Row[]>(() => initial.map((row) => ({ key: nextKey++, ...row })));

  return (
    <fieldset className="sell-rows" aria-describedby="sell-shipping-hint">
      <legend>Shipping you offer</legend>
      <p className="field__hint" id="sell-shipping-hint">
        One row per destination: a two-letter country code (US, GB, EE) or WORLD for everywhere else. Enter
        the carriage price: for a pedal car, checkout adds {formatMoney(shippingRates.pedal_car.packing)} of
        careful packing on top, because the windscreen and steering wheel break in transit. No rows means
        collection only.
      </p>
      {rows.map((row, index) => (
        <div className="sell-row" key={row.key}>
          <TextField
            name={`shipping.${index}.destination`}
            label={`Destination ${index + 1}`}
            defaultValue={row.destination}
            error={errors[`shipping.${index}.destination`]}
            placeholder="US"
            maxLength={5}
          />
          <TextField
            name={`shipping.${index}.price`}
            label={`Price (${currency})`}
            inputMode="decimal"
            defaultValue={row.price}
            error={errors[`shipping.${index}.price`]}
            placeholder="95"
          />
          <button
            type="button"
            className="button button--ghost button--small sell-row__remove"
            onClick={() => setRows((all) => all.filter((r) => r.key !== row.key))}
            aria-label={`Remove destination ${index + 1}`}
          >
            Remove
          </button>
        </div>
      ))}
      <button
        type="button"
        className="button button--ghost button--small"
        onClick={() => setRows((all) => [...all, { key: nextKey++ }])}
        disabled={rows.length >= 20}
      >
        Add a destination
      </button>
      <FieldMessages id="sell-shipping" error={errors.shipping} />
    </fieldset>
  );
}
