"use client";

import { useState } from "react";
import type { RowsField } from "@/lib/catalogue/fields";
import { classicModels } from "@/lib/catalogue/models";
import { pedalCarEraLabels, pedalCarEras, toyKindLabels, toyKinds } from "@/lib/catalogue/vocabulary";
import { FieldMessages, fieldId, type Option, SelectField, toOptions } from "./fields";

// "Fits" rows for a spare part: one row per car model, toy or pedal-car era it fits.
// An empty model or era means every model or era of that kind. /value asks for one row.

type Row = { key: number; category: string; model?: string; era?: string };
const fitCategories = [
  { value: "pedal_car", label: "Pedal car" },
  { value: "classic_car", label: "Moskvitch car" },
  { value: "toy", label: "AZLK toy" },
];

// What narrows each kind of fit: a pedal car's era, a car's model, a toy's kind. Empty means every one.
const detailOf: Record<
  string,
  { column: "era" | "model"; label: string; placeholder: string; options: Option[] }
> = {
  pedal_car: {
    column: "era",
    label: "Era",
    placeholder: "Every era",
    options: toOptions(pedalCarEras, pedalCarEraLabels),
  },
  classic_car: {
    column: "model",
    label: "Model",
    placeholder: "Every model",
    options: classicModels.map((m) => ({ value: m.code, label: m.name })),
  },
  toy: {
    column: "model",
    label: "Toy",
    placeholder: "Every toy",
    options: toOptions(toyKinds, toyKindLabels),
  },
};

let nextKey = 1;

type Props = {
  field: RowsField;
  initial: Record<string, string>[];
  errors: Record<string, string>;
  idPrefix?: string;
  oneRow?: boolean;
};

export function FitRows({ field, initial, errors, idPrefix = "sell", oneRow = false }: Props) {
  const [rows, setRows] = useState<Row[]>(() =>
    (initial.length
      ? initial.slice(0, oneRow ? 1 : field.maxRows)
      : [{ category: field.valueDefault ?? "pedal_car" }]
    ).map((fit) => ({ key: nextKey++, category: fit.category ?? "", model: fit.model, era: fit.era })),
  );
  const setCategory = (key: number, category: string) =>
    setRows((all) => all.map((r) => (r.key === key ? { key: r.key, category } : r)));
  const name = (index: number, column: string) => `${field.key}.${index}.${column}`;
  const id = fieldId(field.key, idPrefix);

  return (
    <fieldset className="sell-rows" aria-describedby={errors[field.key] ? `${id}-error` : undefined}>
      <legend>{field.label}</legend>
      {field.hint && !oneRow && <p className="field__hint">{field.hint}</p>}
      {rows.map((row, index) => {
        const detail = detailOf[row.category];
        return (
          <div className="sell-row" key={row.key}>
            <SelectField
              idPrefix={idPrefix}
              name={name(index, "category")}
              label={oneRow ? "Fits" : `Fits ${index + 1}: what`}
              placeholder={oneRow ? null : undefined}
              options={fitCategories}
              value={row.category}
              onChange={(c) => setCategory(row.key, c)}
              error={errors[name(index, "category")]}
            />
            {detail && (
              // Keyed by kind: a toy's list starts afresh, not from the car model picked before.
              <SelectField
                key={row.category}
                idPrefix={idPrefix}
                name={name(index, detail.column)}
                label={detail.label}
                placeholder={detail.placeholder}
                options={detail.options}
                defaultValue={row[detail.column]}
                error={errors[name(index, detail.column)]}
              />
            )}
            {!oneRow && (
              <button
                type="button"
                className="button button--ghost button--small sell-row__remove"
                onClick={() => setRows((all) => all.filter((r) => r.key !== row.key))}
                aria-label={`Remove fits row ${index + 1}`}
              >
                Remove
              </button>
            )}
          </div>
        );
      })}
      {!oneRow && (
        <button
          type="button"
          className="button button--ghost button--small"
          onClick={() => setRows((all) => [...all, { key: nextKey++, category: "classic_car" }])}
          disabled={rows.length >= field.maxRows}
        >
          Add another fit
        </button>
      )}
      <FieldMessages id={id} error={errors[field.key]} />
    </fieldset>
  );
}
