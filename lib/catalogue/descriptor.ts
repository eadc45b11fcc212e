import { z } from "zod";
import type { Field, RowsField } from "./fields";
import type { Category } from "./vocabulary";

// A category descriptor: the category's fields in the order a collector fills them in and reads
// them. Everything else is derived from it here: the item schema the valuation reads, the sell
// form's schema, the item's plain-words description, and the /value address.

export type CategoryDescriptor<
  C extends Category = Category,
  F extends readonly Field[] = readonly Field[],
> = {
  category: C;
  /** The forms' fieldset legend: "The pedal car". */
  legend: string;
  fields: F;
};

export function defineCategory<const C extends Category, const F extends readonly Field[]>(
  descriptor: CategoryDescriptor<C, F>,
): CategoryDescriptor<C, F> {
  return descriptor;
}

type ItemFieldOf<F> = F extends { listingOnly: false } ? F : never;

/** The valuation's item: the attributes it reads, typed. */
export type ItemShape<C extends Category, F extends readonly Field[]> = { category: z.ZodLiteral<C> } & {
  [X in F[number] as ItemFieldOf<X> extends never ? never : X["key"]]: X["json"];
};
/** The sell form's category fields, as posted. */
export type FormShape<C extends Category, F extends readonly Field[]> = { category: z.ZodLiteral<C> } & {
  [X in F[number] as X["key"]]: X["form"];
};

/** The valuation's item as a form posts it (strings), as the /value address gives it. */
export type PostedItemShape<C extends Category, F extends readonly Field[]> = {
  category: z.ZodLiteral<C>;
} & {
  [X in F[number] as ItemFieldOf<X> extends never ? never : X["key"]]: X["form"];
};

export function itemFields(descriptor: CategoryDescriptor): Field[] {
  return descriptor.fields.filter((f) => !f.listingOnly);
}

export function itemShapeOf<C extends Category, F extends readonly Field[]>(
  descriptor: CategoryDescriptor<C, F>,
): ItemShape<C, F> {
  const shape: Record<string, z.ZodType> = { category: z.literal(descriptor.category) };
  for (const field of itemFields(descriptor)) shape[field.key] = field.json;
  return shape as ItemShape<C, F>;
}

export function formShapeOf<C extends Category, F extends readonly Field[]>(
  descriptor: CategoryDescriptor<C, F>,
): FormShape<C, F> {
  const shape: Record<string, z.ZodType> = { category: z.literal(descriptor.category) };
  for (const field of descriptor.fields) shape[field.key] = field.form;
  return shape as FormShape<C, F>;
}

export function postedItemShapeOf<C extends Category, F extends readonly Field[]>(
  descriptor: CategoryDescriptor<C, F>,
): PostedItemShape<C, F> {
  const shape: Record<string, z.ZodType> = { category: z.literal(descriptor.category) };
  for (const field of itemFields(descriptor)) shape[field.key] = field.form;
  return shape as PostedItemShape<C, F>;
}

// Plain words -------------------------------------------------------------------------------------

function plainValue(field: Field, value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  switch (field.kind) {
    case "choice":
    case "yesNo": {
      const code = typeof value === "boolean" ? (value ? "yes" : "no") : String(value);
      return field.options.find((o) => o.value === code)?.label ?? code;
    }
    case "many":
      return (value as unknown[])
        .map((v) => field.options.find((o) => o.value === v)?.label ?? String(v))
        .join(", ");
    default:
      return String(value);
  }
}

/** The item's attributes as label/value pairs, in the descriptor's order; unanswered optional ones are left out. */
export function describeWith(
  descriptor: CategoryDescriptor,
  item: Record<string, unknown>,
): { label: string; value: string }[] {
  const lines: { label: string; value: string }[] = [];
  for (const field of itemFields(descriptor)) {
    if (field.describe === false) continue;
    const value = item[field.key];
    const text = field.describe?.value
      ? value === undefined
        ? undefined
        : field.describe.value(value as never, item)
      : plainValue(field, value);
    if (text !== undefined) lines.push({ label: field.name ?? field.label, value: text });
  }
  return lines;
}

// The /value address ------------------------------------------------------------------------------

export type QueryValues = Record<string, string | string[]>;

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.trim() || undefined;
const all = (v: string | string[] | undefined) =>
  (v === undefined ? [] : Array.isArray(v) ? v : [v]).filter(Boolean);

function rowNames(field: RowsField, index: number, column: string): string[] {
  const former = index === 0 ? field.formerRowNames?.[column] : undefined;
  return [`${field.key}.${index}.${column}`, ...(former ? [former] : [])];
}

/**
 * The address's values under today's names: a value under a former name (steering_wheel) is read
 * as the field's current key (steeringWheel), and an unanswered field takes the /value form's
 * starting answer. Values the category does not know are kept as they are.
 */
export function currentQueryValues(descriptor: CategoryDescriptor, values: QueryValues): QueryValues {
  const out: QueryValues = { ...values };
  for (const field of itemFields(descriptor)) {
    if (field.kind === "rows") {
      for (let index = 0; index < field.maxRows; index++) {
        for (const column of field.columns) {
          const [name, ...former] = rowNames(field, index, column);
          const value = [name!, ...former].map((n) => first(values[n])).find(Boolean);
          for (const old of former) delete out[old];
          if (value) out[name!] = value;
        }
      }
      if (!Object.keys(out).some((name) => name.startsWith(`${field.key}.`)) && field.valueDefault)
        out[`${field.key}.0.${field.columns[0]}`] = field.valueDefault;
      continue;
    }
    const names = [field.key, ...(field.formerUrlNames ?? [])];
    const found = names.find((n) => values[n] !== undefined && all(values[n]).length > 0);
    for (const old of field.formerUrlNames ?? []) delete out[old];
    if (found) out[field.key] = field.kind === "many" ? all(values[found]) : (first(values[found]) ?? "");
    else if (field.valueDefault !== undefined) out[field.key] = field.valueDefault;
  }
  return out;
}

/** The item as the /value form posts it (strings, under current names), ready for the item's form reading. */
export function itemFromQuery(descriptor: CategoryDescriptor, values: QueryValues): Record<string, unknown> {
  const item: Record<string, unknown> = { category: descriptor.category };
  for (const field of itemFields(descriptor)) {
    if (field.kind === "many") item[field.key] = all(values[field.key]);
    else if (field.kind === "rows") {
      const list: Record<string, string>[] = [];
      for (let index = 0; index < field.maxRows; index++) {
        const row: Record<string, string> = {};
        for (const column of field.columns) {
          const value = first(values[`${field.key}.${index}.${column}`]);
          if (value) row[column] = value;
        }
        if (Object.keys(row).length) list.push(row);
      }
      item[field.key] = list;
    } else item[field.key] = first(values[field.key]);
  }
  return item;
}

/** The /value address's values for an item (a listing's attributes): current names, yes/no for booleans. */
export function queryValuesOf(descriptor: CategoryDescriptor, item: Record<string, unknown>): QueryValues {
  const values: QueryValues = { category: descriptor.category };
  for (const field of itemFields(descriptor)) {
    const value = item[field.key];
    if (value === undefined || value === null) continue;
    if (field.kind === "rows") {
      (value as Record<string, unknown>[]).slice(0, field.maxRows).forEach((row, index) => {
        for (const column of field.columns)
          if (row[column] !== undefined && row[column] !== null)
            values[`${field.key}.${index}.${column}`] = String(row[column]);
      });
    } else if (Array.isArray(value)) values[field.key] = value.map(String);
    else values[field.key] = typeof value === "boolean" ? (value ? "yes" : "no") : String(value);
  }
  return values;
}
