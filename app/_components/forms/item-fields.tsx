"use client";

import { useState, type ReactNode } from "react";
import { descriptorOf } from "@/lib/catalogue/categories";
import { itemFields } from "@/lib/catalogue/descriptor";
import type { Field } from "@/lib/catalogue/fields";
import type { Category } from "@/lib/catalogue/vocabulary";
import { CheckboxGroup, FieldSet, SelectField, TextField } from "./fields";
import { FitRows } from "./fit-rows";

// One category's fields, rendered from its descriptor with the field kit: the sell form asks all
// of them, /value only those the valuation reads. Only the chosen category's fields are in the
// form, so the server never sees a pedal car's era on a spare part.

export type ItemFieldValues = {
  text: (name: string) => string | undefined;
  list: (name: string) => string[];
  rows: (name: string) => Record<string, string>[];
};

type Props = {
  category: Category;
  form: "sell" | "value";
  values: ItemFieldValues;
  errors: Record<string, string>;
};

/** Pairs fields two to a row; a wide field (a long list, ticked boxes, rows) takes a row of its own. */
function layout(fields: readonly Field[]): Field[][] {
  const lines: Field[][] = [];
  for (const field of fields) {
    const last = lines.at(-1);
    if (!field.wide && last && last.length === 1 && !last[0]!.wide) last.push(field);
    else lines.push([field]);
  }
  return lines;
}

export function ItemFields({ category, form, values, errors }: Props) {
  const descriptor = descriptorOf(category);
  const fields: readonly Field[] = form === "sell" ? descriptor.fields : itemFields(descriptor);
  const start = (field: Field) =>
    values.text(field.key) ?? (form === "value" ? field.valueDefault : field.formDefault);
  const parents = new Set(fields.flatMap((f) => (f.kind === "dependentChoice" ? [f.dependsOn] : [])));
  const [chosen, setChosen] = useState<Record<string, string>>(() =>
    Object.fromEntries(fields.filter((f) => parents.has(f.key)).map((f) => [f.key, start(f) ?? ""])),
  );

  function render(field: Field): ReactNode {
    const common = {
      idPrefix: form,
      name: field.key,
      label: field.label,
      hint: field.hint,
      error: errors[field.key],
      required: field.presence !== "optional",
    };
    switch (field.kind) {
      case "choice":
      case "yesNo": {
        // The sell form starts every select unanswered; /value starts with an answer, so only optional ones can be left empty.
        const placeholder =
          form === "sell" || field.presence === "optional" ? (field.placeholder ?? "Choose…") : null;
        // A field others depend on is controlled, so its dependants hear each change.
        const answer = parents.has(field.key)
          ? {
              value: chosen[field.key] ?? "",
              onChange: (v: string) => setChosen((all) => ({ ...all, [field.key]: v })),
            }
          : { defaultValue: start(field) };
        return (
          <SelectField
            key={field.key}
            {...common}
            options={field.options}
            placeholder={placeholder}
            {...answer}
          />
        );
      }
      case "dependentChoice": {
        const parent = chosen[field.dependsOn] || undefined;
        const placeholder = form === "value" ? null : parent ? "Choose…" : field.waitingText;
        return (
          <SelectField
            key={`${field.key}-${parent ?? ""}`}
            {...common}
            options={field.optionsFor(parent)}
            placeholder={placeholder}
            defaultValue={start(field)}
          />
        );
      }
      case "number":
      case "text":
        return (
          <TextField
            key={field.key}
            {...common}
            inputMode={field.kind === "number" ? "numeric" : undefined}
            maxLength={field.maxLength}
            defaultValue={start(field)}
          />
        );
      case "many":
        return (
          <CheckboxGroup
            key={field.key}
            idPrefix={form}
            name={field.key}
            label={field.label}
            hint={field.hint}
            error={errors[field.key]}
            options={field.options}
            checked={values.list(field.key)}
          />
        );
      case "rows":
        return (
          <FitRows
            key={field.key}
            field={field}
            idPrefix={form}
            initial={values.rows(field.key)}
            errors={errors}
            oneRow={form === "value"}
          />
        );
    }
  }

  return (
    <FieldSet legend={descriptor.legend}>
      {layout(fields).map((line) =>
        line.length === 1 ? (
          render(line[0]!)
        ) : (
          <div className="field-row" key={line.map((f) => f.key).join("+")}>
            {line.map(render)}
          </div>
        ),
      )}
    </FieldSet>
  );
}
