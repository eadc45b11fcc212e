"use client";

import { useState } from "react";
import type { RowsField } from "@/lib/catalogue/fields";
import { classicModels } from "@/lib/catalogue/models";
import { pedalCarEraLabels, pedalCarEras, toyKindLabels, toyKinds } from "@/lib/catalogue/vocabulary";
import { FieldMessages, fieldId, SelectField, toOptions } from "./fields";

// "Fits" rows for a spare part: one row per car model, toy or pedal-car era it fits.
// An empty model or era means every model or era of that kind. /value asks for one row.

type Row = { key: number; category: string; model?: string; era?: string };
const fitCategories = [
  { value: "pedal_car", label: "Pedal car" },
  { value: "classic_car", label: "Moskvitch car" },
  { value: "toy", label: "AZLK toy" },
];

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
      {rows.map((row, index) => (
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
          {row.category === "pedal_car" && (
            <SelectField
              idPrefix={idPrefix}
              name={name(index, "era")}
              label="Era"
              placeholder="Every era"
              options={toOptions(pedalCarEras, pedalCarEraLabels)}
              defaultValue={row.era}
              error={errors[name(index, "era")]}
            />
          )}
          {row.category === "classic_car" && (
            <SelectField
              idPrefix={idPrefix}
              name={name(index, "model")}
              label="Model"
              placeholder="Every model"
              options={classicModels.map((m) => ({ value: m.code, label: m.name }))}
              defaultValue={row.model}
              error={errors[name(index, "model")]}
            />
          )}
          {row.category === "toy" && (
            <SelectField
              idPrefix={idPrefix}
              name={name(index, "model")}
              label="Toy"
              placeholder="Every toy"
              options={toOptions(toyKinds, toyKindLabels)}
              defaultValue={row.model}
              error={errors[name(index, "model")]}
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
      ))}
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
