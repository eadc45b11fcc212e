"use client";

import { useState } from "react";
import { FieldSet, SelectField, TextField, toOptions } from "@/app/_components/forms/fields";
import { ItemFields, type ItemFieldValues } from "@/app/_components/forms/item-fields";
import { categories, categoryLabels, type Category } from "@/lib/catalogue/vocabulary";
import { valuationCurrencies } from "@/lib/valuation/currency";
import styles from "./value-form.module.css";

const currencyLabels = { USD: "US dollars", EUR: "Euros", GBP: "Pounds sterling", RUB: "Rubles" } as const;

type Values = Record<string, string | string[]>;

/** The address's values as the field kit reads them: "fits.0.era" names become rows again. */
function fieldValues(values: Values): ItemFieldValues {
  const one = (name: string) =>
    Array.isArray(values[name]) ? values[name][0] : (values[name] as string | undefined);
  return {
    text: one,
    list: (name) =>
      values[name] === undefined ? [] : Array.isArray(values[name]) ? values[name] : [values[name] as string],
    rows: (name) => {
      const rows: Record<string, string>[] = [];
      for (const key of Object.keys(values)) {
        const match = new RegExp(`^${name}\\.(\\d{1,2})\\.([a-z]+)$`).exec(key);
        const value = one(key);
        if (match && value) (rows[Number(match[1])] ??= {})[match[2]!] = value;
      }
      return rows.filter(Boolean);
    },
  };
}

/** The "check a price" form: a plain GET form, so the answer's URL can be shared and bookmarked. */
export function ValueForm({ values, errors }: { values: Values; errors: Record<string, string> }) {
  const read = fieldValues(values);
  const [category, setCategory] = useState<Category>(() => {
    const asked = read.text("category");
    return (categories as readonly string[]).includes(asked ?? "") ? (asked as Category) : "pedal_car";
  });
  const field = { idPrefix: "value" } as const;
  /** A field the address answers: its value there (or a starting one), and its error. */
  const asked = (name: string, start?: string) => ({
    ...field,
    name,
    defaultValue: read.text(name) ?? start,
    error: errors[name],
  });

  return (
    <form className={`form ${styles.form}`} method="get" action="/value" style={{ maxWidth: "none" }}>
      <SelectField
        {...field}
        name="category"
        label="What are you checking?"
        options={categories.map((c) => ({ value: c, label: categoryLabels[c] }))}
        placeholder={null}
        value={category}
        onChange={(c) => setCategory(c as Category)}
        error={errors.category}
      />
      <ItemFields key={category} category={category} form="value" values={read} errors={errors} />
      <FieldSet legend="The price and you">
        <div className="field-row">
          <TextField
            {...asked("price")}
            label="Price or current bid"
            inputMode="decimal"
            placeholder="350"
            hint="Leave empty to see the value only."
          />
          <SelectField
            {...asked("currency", "USD")}
            label="Currency"
            options={toOptions(valuationCurrencies, currencyLabels)}
            placeholder={null}
            hint="Of the price, and of the answer."
          />
          <TextField
            {...asked("country", "US")}
            label="Your country"
            placeholder="US"
            hint="Two letters, for the shipping estimate."
          />
        </div>
        <TextField
          {...asked("from")}
          label="The item is in (country)"
          placeholder="US"
          hint="Two letters; leave empty if it is in the US."
        />
      </FieldSet>
      <button className="button" type="submit">
        Check fair value
      </button>
    </form>
  );
}
