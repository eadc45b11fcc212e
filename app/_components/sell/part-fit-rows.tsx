"use client";

import { useState } from "react";
import { classicModels } from "@/lib/catalogue/models";
import { pedalCarEraLabels, pedalCarEras, toyKindLabels, toyKinds } from "@/lib/catalogue/vocabulary";
import { FieldMessages, SelectField, toOptions } from "./fields";

// "Fits" rows for a spare part: one row per car model, toy or pedal-car era it fits.
// An empty model or era means every model or era of that kind.

type Row = { key: number; category: string; model?: string; era?: string };
const fitCategories = [
  { value: "pedal_car", label: "Pedal car" },
  { value: "classic_car", label: "Moskvitch car" },
  { value: "toy", label: "AZLK toy" },
];

let nextKey = 1;

export function PartFitRows({ initial, errors }: { initial: Record<string, string>[]; errors: Record<string, string> }) {
  const [rows, setRows] = useState<Row[]>(() =>
    (initial.length ? initial : [{ category: "pedal_car" }]).map((fit) => ({ key: nextKey++, category: fit.category ?? "", model: fit.model, era: fit.era })),
  );
  const setCategory = (key: number, category: string) => setRows((all) => all.map((r) => (r.key === key ? { key: r.key, category } : r)));

  return (
    <fieldset className="sell-rows" aria-describedby={errors.fits ? "sell-fits-error" : undefined}>
      <legend>Fits</legend>
      <p className="field__hint">Add a row for each model, toy or pedal-car era the part fits.</p>
      {rows.map((row, index) => (
        <div className="sell-row" key={row.key}>
          <SelectField name={`fits.${index}.category`} label={`Fits ${index + 1}: what`} options={fitCategories} value={row.category} onChange={(c) => setCategory(row.key, c)} error={errors[`fits.${index}.category`]} />
          {row.category === "pedal_car" && (
            <SelectField name={`fits.${index}.era`} label="Era" placeholder="Every era" options={toOptions(pedalCarEras, pedalCarEraLabels)} defaultValue={row.era} error={errors[`fits.${index}.era`]} />
          )}
          {row.category === "classic_car" && (
            <SelectField
              name={`fits.${index}.model`}
              label="Model"
              placeholder="Every model"
              options={classicModels.map((m) => ({ value: m.code, label: m.name }))}
              defaultValue={row.model}
              error={errors[`fits.${index}.model`]}
            />
          )}
          {row.category === "toy" && (
            <SelectField name={`fits.${index}.model`} label="Toy" placeholder="Every toy" options={toOptions(toyKinds, toyKindLabels)} defaultValue={row.model} error={errors[`fits.${index}.model`]} />
          )}
          <button type="button" className="button button--ghost button--small sell-row__remove" onClick={() => setRows((all) => all.filter((r) => r.key !== row.key))} aria-label={`Remove fits row ${index + 1}`}>
            Remove
          </button>
        </div>
      ))}
      <button type="button" className="button button--ghost button--small" onClick={() => setRows((all) => [...all, { key: nextKey++, category: "classic_car" }])} disabled={rows.length >= 20}>
        Add another fit
      </button>
      <FieldMessages id="sell-fits" error={errors.fits} />
    </fieldset>
  );
}
