"use client";

import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { FieldSet, SelectField, TextField, toOptions } from "@/app/_components/forms/fields";
import { ItemFields, type ItemFieldValues } from "@/app/_components/forms/item-fields";
import { getPathname } from "@/lib/i18n/navigation";
import { categories, type Category } from "@/lib/catalogue/vocabulary";
import { valuationCurrencies } from "@/lib/valuation/currency";
import styles from "./value-form.module.css";

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
  const t = useTranslations("Value");
  const categoryName = useTranslations("Category");
  const locale = useLocale();
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
    <form
      className={`form ${styles.form}`}
      method="get"
      action={getPathname({ href: "/value", locale })}
      style={{ maxWidth: "none" }}
    >
      <SelectField
        {...field}
        name="category"
        label={t("whatChecking")}
        options={categories.map((c) => ({ value: c, label: categoryName(c) }))}
        placeholder={null}
        value={category}
        onChange={(c) => setCategory(c as Category)}
        error={errors.category}
      />
      <ItemFields key={category} category={category} form="value" values={read} errors={errors} />
      <FieldSet legend={t("priceAndYou")}>
        <div className="field-row">
          <TextField
            {...asked("price")}
            label={t("price")}
            inputMode="decimal"
            placeholder="350"
            hint={t("priceHint")}
          />
          <SelectField
            {...asked("currency", "USD")}
            label={t("currency")}
            options={toOptions(valuationCurrencies, {
              USD: t("currency_USD"),
              EUR: t("currency_EUR"),
              GBP: t("currency_GBP"),
              RUB: t("currency_RUB"),
            })}
            placeholder={null}
            hint={t("currencyHint")}
          />
          <TextField
            {...asked("country", "US")}
            label={t("country")}
            placeholder="US"
            hint={t("countryHint")}
          />
        </div>
        <TextField {...asked("from")} label={t("from")} placeholder="US" hint={t("fromHint")} />
      </FieldSet>
      <button className="button" type="submit">
        {t("submit")}
      </button>
    </form>
  );
}
