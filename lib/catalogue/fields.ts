import { z } from "zod";

// The building blocks of a category descriptor (lib/catalogue/categories/). A field says once what
// an attribute is: its key (the name in the stored attributes, the API, both forms and the /value
// address), its label and plain-words name, its rule and messages. The zod schemas are derived
// here from that rule, in two readings: `json` for typed values (the valuation API, stored
// attributes) and `form` for what a form posts (strings: "yes", "3", "120,000").

export type Option = { value: string; label: string };

/** Whether an item needs the field: required, optional, or assumed by the API when left out (the forms still ask). */
export type Presence = "required" | "optional" | "defaulted";

type Typed<V, P extends Presence> = P extends "optional"
  ? z.ZodOptional<z.ZodType<V>>
  : P extends "defaulted"
    ? z.ZodDefault<z.ZodType<V>>
    : z.ZodType<V>;
type Posted<V, P extends Presence> = P extends "optional" ? z.ZodOptional<z.ZodType<V>> : z.ZodType<V>;

/** How the item's description shows the field: a label/value line, or nothing (false). */
export type Description =
  false | { value?: (value: never, item: Record<string, unknown>) => string | undefined };

type Common<K extends string> = {
  key: K;
  /** The form's label, the same on the sell form and on /value. */
  label: string;
  /** The short name in the item's description ("Plate"). Defaults to the label. */
  name?: string;
  /** How messages and "fill in …" name the field: "the era". */
  what: string;
  hint?: string;
  /** Names the /value address used before, still read so old shared links keep working. */
  formerUrlNames?: readonly string[];
  /** What the sell form starts with on a new listing. */
  formDefault?: string;
  /** What the /value form starts with, and what an address without the field means. */
  valueDefault?: string;
  /** The empty choice of an optional select ("Not applicable"). */
  placeholder?: string;
  describe?: Description;
  /** Takes a whole row in the forms. */
  wide?: boolean;
};

type Derived<V, P extends Presence, Kind extends string> = {
  kind: Kind;
  presence: P;
  /** Only on listings: the valuation does not read it, and /value does not ask for it. */
  listingOnly: boolean;
  json: Typed<V, P>;
  form: Posted<V, P>;
};

export type ChoiceField<
  K extends string = string,
  V extends string | number = string | number,
  P extends Presence = Presence,
> = Common<K> & Derived<V, P, "choice"> & { options: Option[] };
export type DependentChoiceField<K extends string = string, P extends Presence = Presence> = Common<K> &
  Derived<string, P, "dependentChoice"> & {
    dependsOn: string;
    optionsFor: (parent: string | undefined) => Option[];
    waitingText: string;
  };
export type YesNoField<K extends string = string, P extends Presence = Presence> = Common<K> &
  Derived<boolean, P, "yesNo"> & { options: Option[] };
export type NumberField<K extends string = string, P extends Presence = Presence> = Common<K> &
  Derived<number, P, "number"> & { maxLength: number };
export type TextField<K extends string = string, P extends Presence = Presence> = Common<K> &
  Derived<string, P, "text"> & { maxLength: number };
export type ManyField<K extends string = string, V extends string = string> = Common<K> &
  Derived<V[], "defaulted", "many"> & { options: Option[] };
export type RowsField<K extends string = string, V = unknown> = Common<K> &
  Derived<V[], "required", "rows"> & {
    rows: "fits";
    maxRows: number;
    /** Each row's own names: fits.0.category, fits.0.model … */
    columns: readonly string[];
    /** Names the /value address gave the first row's columns before. */
    formerRowNames?: Record<string, string>;
  };

/** Builders make attributes the valuation reads; listingOnly() marks the others. */
type ItemAttribute = { listingOnly: false };

export type Field =
  ChoiceField | DependentChoiceField | YesNoField | NumberField | TextField | ManyField | RowsField;

/** A field that only listings carry (who restored it, the VIN): the sell form asks, the valuation never reads it. */
export function listingOnly<F extends Field>(field: F): Omit<F, "listingOnly"> & { listingOnly: true } {
  return { ...field, listingOnly: true };
}

function present<V, P extends Presence>(schema: z.ZodType<V>, presence: P, fallback?: V) {
  const json =
    presence === "optional"
      ? schema.optional()
      : presence === "defaulted"
        ? schema.default(fallback as never)
        : schema;
  return json as unknown as Typed<V, P>;
}

function posted<V, P extends Presence>(schema: z.ZodType<V>, presence: P, read: (v: unknown) => unknown) {
  const form = z.preprocess(read, schema);
  return (presence === "optional" ? form.optional() : form) as unknown as Posted<V, P>;
}

type Spec<K extends string, P extends Presence> = Omit<Common<K>, "key"> & { presence?: P };

/** One of a list, string codes or numbers (condition grades). Missing and wrong values get different messages. */
export function choice<
  const K extends string,
  const V extends string | number,
  P extends Presence = "required",
>(
  key: K,
  spec: Spec<K, P> & {
    values: readonly [V, ...V[]];
    labels: Record<V, string> | ((value: V) => string);
    message?: string;
    fallback?: NoInfer<V>;
  },
): NoInfer<ChoiceField<K, V, P>> & ItemAttribute {
  const presence = (spec.presence ?? "required") as P;
  const message = (input: unknown) =>
    spec.message ?? (input === undefined ? `Choose ${spec.what}` : `Choose ${spec.what} from the list`);
  const schema = z.literal(spec.values as unknown as [V, ...V[]], {
    error: (issue) => message(issue.input),
  }) as unknown as z.ZodType<V>;
  const numeric = typeof spec.values[0] === "number";
  const label = (v: V) => (typeof spec.labels === "function" ? spec.labels(v) : spec.labels[v]);
  return {
    ...spec,
    key,
    kind: "choice",
    presence,
    listingOnly: false,
    options: spec.values.map((v) => ({ value: String(v), label: label(v) })),
    json: present(schema, presence, spec.fallback),
    form: posted(schema, presence, (v) =>
      numeric && typeof v === "string" && /^\s*\d+\s*$/.test(v) ? Number(v) : v,
    ),
  };
}

/** A choice whose options follow another field (a model's body variants): checked as text here, against the parent by the catalogue's contradiction checks. */
export function dependentChoice<const K extends string, P extends Presence = "required">(
  key: K,
  spec: Spec<K, P> & {
    dependsOn: string;
    optionsFor: (parent: string | undefined) => Option[];
    waitingText: string;
    maxLength: number;
  },
): NoInfer<DependentChoiceField<K, P>> & ItemAttribute {
  const presence = (spec.presence ?? "required") as P;
  const schema = z
    .string({ error: `Choose ${spec.what}` })
    .trim()
    .min(1, `Choose ${spec.what}`)
    .max(spec.maxLength, `Choose ${spec.what} from the list`);
  return {
    ...spec,
    key,
    kind: "dependentChoice",
    presence,
    listingOnly: false,
    json: present(schema, presence),
    form: posted(schema, presence, (v) => v),
  };
}

export function yesNo<const K extends string, P extends Presence = "required">(
  key: K,
  spec: Spec<K, P> & { yes?: string; no?: string },
): NoInfer<YesNoField<K, P>> & ItemAttribute {
  const presence = (spec.presence ?? "required") as P;
  const schema = z.boolean({ error: `Say ${spec.what}` });
  return {
    ...spec,
    key,
    kind: "yesNo",
    presence,
    listingOnly: false,
    options: [
      { value: "yes", label: spec.yes ?? "Yes" },
      { value: "no", label: spec.no ?? "No" },
    ],
    json: present(schema, presence),
    form: posted(schema, presence, (v) =>
      v === "yes" || v === "true" ? true : v === "no" || v === "false" ? false : v,
    ),
  };
}

/** A whole number in a range; a form may type it with thousands separators ("120,000"). */
export function wholeNumber<const K extends string, P extends Presence = "required">(
  key: K,
  spec: Spec<K, P> & { min: number; max: number | (() => number); rangeMessage?: string; maxLength?: number },
): NoInfer<NumberField<K, P>> & ItemAttribute {
  const presence = (spec.presence ?? "required") as P;
  const max = typeof spec.max === "function" ? spec.max() : spec.max;
  const range = spec.rangeMessage ?? `Enter ${spec.what} between ${spec.min} and ${max}`;
  const schema = z
    .number({
      error: (issue) =>
        issue.input === undefined ? `Enter ${spec.what}` : `Enter ${spec.what} as a whole number`,
    })
    .int(`Enter ${spec.what} as a whole number`)
    .min(spec.min, range)
    .max(max, range);
  return {
    ...spec,
    key,
    kind: "number",
    presence,
    listingOnly: false,
    maxLength: spec.maxLength ?? String(max).length + Math.floor((String(max).length - 1) / 3),
    json: present(schema, presence),
    form: posted(schema, presence, (v) =>
      typeof v === "string" && /^\s*-?\d[\d,\s]*$/.test(v) ? Number(v.replace(/[,\s]/g, "")) : v,
    ),
  };
}

export function text<const K extends string, P extends Presence = "required">(
  key: K,
  spec: Spec<K, P> & { maxLength: number; pattern?: { regex: RegExp; message: string } },
): NoInfer<TextField<K, P>> & ItemAttribute {
  const presence = (spec.presence ?? "required") as P;
  const base = z
    .string({ error: `Enter ${spec.what}` })
    .trim()
    .max(spec.maxLength, `Keep ${spec.what} under ${spec.maxLength} characters`);
  const schema = spec.pattern ? base.regex(spec.pattern.regex, spec.pattern.message) : base;
  return {
    ...spec,
    key,
    kind: "text",
    presence,
    listingOnly: false,
    json: present(schema, presence),
    form: posted(schema, presence, (v) => v),
  };
}

/** Boxes to tick, any number of them; none ticked is an empty list. */
export function many<const K extends string, const V extends string>(
  key: K,
  spec: Omit<Spec<K, "defaulted">, "presence"> & { values: readonly [V, ...V[]]; labels: Record<V, string> },
): NoInfer<ManyField<K, V>> & ItemAttribute {
  const schema = z
    .array(z.enum(spec.values, { error: `Choose ${spec.what} from the list` }))
    .max(spec.values.length, `Choose ${spec.what} from the list`) as unknown as z.ZodType<V[]>;
  return {
    ...spec,
    key,
    kind: "many",
    presence: "defaulted",
    listingOnly: false,
    wide: true,
    options: spec.values.map((v) => ({ value: v, label: spec.labels[v] })),
    json: present(schema, "defaulted", [] as V[]),
    form: posted(schema, "defaulted", (v) => (v === undefined ? [] : Array.isArray(v) ? v : [v])),
  };
}

/** Rows of a sub-form (what a spare part fits): the row schemas are the descriptor's. */
export function rows<const K extends string, V>(
  key: K,
  spec: Omit<Spec<K, "required">, "presence"> & {
    rows: "fits";
    columns: readonly string[];
    formerRowNames?: Record<string, string>;
    row: { json: z.ZodType<V>; form: z.ZodType<V> };
    min: number;
    max: number;
    minMessage: string;
    maxMessage: string;
  },
): NoInfer<RowsField<K, V>> & ItemAttribute {
  const list = (row: z.ZodType<V>) =>
    z.array(row).min(spec.min, spec.minMessage).max(spec.max, spec.maxMessage);
  return {
    ...spec,
    key,
    kind: "rows",
    presence: "required",
    listingOnly: false,
    wide: true,
    maxRows: spec.max,
    json: list(spec.row.json) as unknown as z.ZodType<V[]>,
    form: list(spec.row.form) as unknown as z.ZodType<V[]>,
  };
}
