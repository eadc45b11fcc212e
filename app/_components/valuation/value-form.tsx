"use client";

import { useState } from "react";
import { originalities } from "@/lib/catalogue/item-schemas";
import { classicModels, modelYearsLabel, knownIssueLabels, knownIssues } from "@/lib/catalogue/models";
import {
  categories,
  categoryLabels,
  conditionGradeLabels,
  conditionGrades,
  customVersionLabels,
  customVersions,
  exportVersionLabels,
  exportVersions,
  partSourceLabels,
  partSources,
  partTypeLabels,
  partTypes,
  pedalCarEraLabels,
  pedalCarEras,
  plateLabels,
  plates,
  toyConditionLabels,
  toyConditions,
  toyKindLabels,
  toyKinds,
} from "@/lib/catalogue/vocabulary";
import { valuationCurrencies } from "@/lib/valuation/currency";
import { CheckboxGroup, SelectField, TextField, toOptions } from "./form-fields";

const currencyLabels = { USD: "US dollars", EUR: "Euros", GBP: "Pounds sterling", RUB: "Rubles" } as const;

type Values = Record<string, string | string[]>;
const stateLabels = { intact: "Present and intact", damaged: "Present, damaged", missing: "Missing" } as const;
const yesNo = [
  { value: "no", label: "No" },
  { value: "yes", label: "Yes" },
];

/** The "check a price" form: a plain GET form, so the answer's URL can be shared and bookmarked. */
export function ValueForm({ values, errors }: { values: Values; errors: Record<string, string> }) {
  const v = (name: string) => (Array.isArray(values[name]) ? values[name][0] : (values[name] as string | undefined));
  const [category, setCategory] = useState(v("category") ?? "pedal_car");
  const [model, setModel] = useState(v("model") ?? "412");
  const bodies = classicModels.find((m) => m.code === model)?.bodies ?? [];
  const issues = values.issues === undefined ? [] : Array.isArray(values.issues) ? values.issues : [values.issues];

  return (
    <form className="form value-form" method="get" action="/value" style={{ maxWidth: "none" }}>
      <div className="field">
        <label htmlFor="category">What are you checking?</label>
        <select id="category" name="category" value={category} onChange={(e) => setCategory(e.target.value)}>
          {categories.map((c) => (
            <option key={c} value={c}>
              {categoryLabels[c]}
            </option>
          ))}
        </select>
      </div>

      {category === "pedal_car" && (
        <fieldset>
          <legend>The pedal car</legend>
          <SelectField name="era" label="Era" options={toOptions(pedalCarEras, pedalCarEraLabels)} defaultValue={v("era") ?? "late_soft_tires"} error={errors.era} hint="Aluminum bumpers mean an early car; soft tires with more sidewall mean a late one." />
          <div className="field-row">
            <TextField name="year" label="Year, if known" inputMode="numeric" defaultValue={v("year")} error={errors.year} />
            <SelectField name="plate" label="Plate" options={toOptions(plates, plateLabels)} defaultValue={v("plate") ?? "azlk_1993"} error={errors.plate} />
          </div>
          <div className="field-row">
            <SelectField name="condition" label="Condition" options={toOptions(toyConditions, toyConditionLabels)} defaultValue={v("condition") ?? "excellent"} error={errors.condition} />
            <SelectField name="restored" label="Restored?" options={yesNo} defaultValue={v("restored") ?? "no"} />
          </div>
          <div className="field-row">
            <SelectField name="windscreen" label="Windscreen" options={toOptions(["intact", "damaged", "missing"] as const, stateLabels)} defaultValue={v("windscreen") ?? "intact"} error={errors.windscreen} />
            <SelectField name="steering_wheel" label="Steering wheel" options={toOptions(["intact", "damaged", "missing"] as const, stateLabels)} defaultValue={v("steering_wheel") ?? "intact"} error={errors.steering_wheel} />
          </div>
          <div className="field-row">
            <SelectField name="custom_version" label="Custom version" options={toOptions(customVersions, customVersionLabels)} defaultValue={v("custom_version") ?? "none"} />
            <SelectField name="lights_working" label="Emergency lights work?" options={yesNo} defaultValue={v("lights_working") ?? "no"} />
          </div>
        </fieldset>
      )}

      {category === "classic_car" && (
        <fieldset>
          <legend>The car</legend>
          <div className="field">
            <label htmlFor="model">Model</label>
            <select id="model" name="model" value={model} onChange={(e) => setModel(e.target.value)} aria-invalid={errors.model ? true : undefined} aria-describedby={errors.model ? "model-error" : undefined}>
              {classicModels.map((m) => (
                <option key={m.code} value={m.code}>
                  {m.name} ({modelYearsLabel(m)})
                </option>
              ))}
            </select>
            {errors.model && (
              <p className="field__error" id="model-error" role="alert">
                {errors.model}
              </p>
            )}
          </div>
          <div className="field-row">
            <SelectField name="body" label="Body" options={bodies.map((b) => ({ value: b.code, label: b.name }))} defaultValue={v("body")} error={errors.body} />
            <TextField name="year" label="Year" inputMode="numeric" defaultValue={v("year")} error={errors.year} />
          </div>
          <div className="field-row">
            <SelectField name="grade" label="Condition grade" options={toOptions(conditionGrades, conditionGradeLabels)} defaultValue={v("grade") ?? "3"} error={errors.grade} />
            <SelectField name="originality" label="Originality" options={originalities.map((o) => ({ value: o, label: o.replace("_", " ") }))} defaultValue={v("originality") ?? "original"} />
          </div>
          <div className="field-row">
            <SelectField name="export_version" label="Export version" options={toOptions(exportVersions, exportVersionLabels)} defaultValue={v("export_version") ?? "none"} />
            <TextField name="mileage_km" label="Mileage (km)" inputMode="numeric" defaultValue={v("mileage_km")} error={errors.mileage_km} />
          </div>
          <CheckboxGroup name="issues" label="Known issues" options={toOptions(knownIssues, knownIssueLabels)} checked={issues} />
        </fieldset>
      )}

      {category === "toy" && (
        <fieldset>
          <legend>The toy</legend>
          <SelectField name="toy" label="Which AZLK toy" options={toOptions(toyKinds, toyKindLabels)} defaultValue={v("toy")} error={errors.toy} />
          <div className="field-row">
            <SelectField name="plate" label="Plate" options={toOptions(plates, plateLabels)} defaultValue={v("plate") ?? "azlk_1993"} />
            <SelectField name="condition" label="Condition" options={toOptions(toyConditions, toyConditionLabels)} defaultValue={v("condition") ?? "excellent"} />
          </div>
        </fieldset>
      )}

      {category === "part" && (
        <fieldset>
          <legend>The part</legend>
          <SelectField name="part_type" label="Part" options={toOptions(partTypes, partTypeLabels)} defaultValue={v("part_type")} error={errors.part_type} />
          <div className="field-row">
            <SelectField name="source" label="Source" options={toOptions(partSources, partSourceLabels)} defaultValue={v("source") ?? "reproduction"} error={errors.source} />
            <SelectField name="part_condition" label="Condition" options={["new", "excellent", "good", "fair", "poor"].map((c) => ({ value: c, label: c }))} defaultValue={v("part_condition") ?? "new"} />
          </div>
          <div className="field-row">
            <SelectField name="fits_category" label="Fits" options={[{ value: "pedal_car", label: "Pedal car" }, { value: "classic_car", label: "Moskvitch car" }, { value: "toy", label: "AZLK toy" }]} defaultValue={v("fits_category") ?? "pedal_car"} />
            <SelectField name="fits_era" label="Pedal-car era" placeholder="Any era" options={toOptions(pedalCarEras, pedalCarEraLabels)} defaultValue={v("fits_era")} error={errors.fits_era} />
          </div>
        </fieldset>
      )}

      <fieldset>
        <legend>The price and you</legend>
        <div className="field-row">
          <TextField name="price" label="Price or current bid" inputMode="decimal" placeholder="350" defaultValue={v("price")} error={errors.price} hint="Leave empty to see the value only." />
          <SelectField name="currency" label="Currency" options={toOptions(valuationCurrencies, currencyLabels)} defaultValue={v("currency") ?? "USD"} error={errors.currency} hint="Of the price, and of the answer." />
          <TextField name="country" label="Your country" placeholder="US" defaultValue={v("country") ?? "US"} error={errors.country} hint="Two letters, for the shipping estimate." />
        </div>
        <TextField name="from" label="The item is in (country)" placeholder="US" defaultValue={v("from")} error={errors.from} hint="Two letters; leave empty if it is in the US." />
      </fieldset>
      <button className="button" type="submit">
        Check fair value
      </button>
    </form>
  );
}
