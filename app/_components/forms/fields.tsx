import type { ReactNode } from "react";

// The field kit: labelled inputs for every form (the sell form, /value, checkout, the account
// forms). Each ties its hint and error to the input with aria-describedby, and keeps its error in a
// polite live region so screen readers hear new ones. Ids are the form's prefix and the field's
// name ("sell-era").

export type Option = { value: string; label: string };
/** `idPrefix` names the form the field sits in (default "sell"); `id` overrides the whole id. */
type Common = { name: string; label: string; error?: string; hint?: string; id?: string; idPrefix?: string };

export function fieldId(name: string, prefix = "sell"): string {
  return `${prefix}-${name.replaceAll(".", "-")}`;
}

function describedBy(id: string, error?: string, hint?: string): string | undefined {
  return [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
}

function idOf({ name, id, idPrefix }: Pick<Common, "name" | "id" | "idPrefix">): string {
  return id ?? fieldId(name, idPrefix);
}

function Hint({ id, hint }: { id: string; hint?: string }) {
  return hint ? (
    <p className="field__hint" id={`${id}-hint`}>
      {hint}
    </p>
  ) : null;
}

export function FieldMessages({ id, error, hint }: { id: string; error?: string; hint?: string }) {
  return (
    <>
      <Hint id={id} hint={hint} />
      <div aria-live="polite">
        {error && (
          <p className="field__error" id={`${id}-error`}>
            {error}
          </p>
        )}
      </div>
    </>
  );
}

/** What a control needs from its field: its id, and whether and by what it is described. */
type ControlProps = { id: string; "aria-invalid"?: true; "aria-describedby"?: string };

type FieldProps = {
  id: string;
  label: string;
  error?: string;
  hint?: string;
  /** Rules to read before typing (a password's) stand between the label and the input. */
  hintAbove?: boolean;
  className?: string;
  children: (control: ControlProps) => ReactNode;
};

/** The wrapper every field shares: the label, the control, its hint and its error, tied together. */
export function Field({ id, label, error, hint, hintAbove, className, children }: FieldProps) {
  const control = {
    id,
    "aria-invalid": error ? (true as const) : undefined,
    "aria-describedby": describedBy(id, error, hint),
  };
  return (
    <div className={className ? `field ${className}` : "field"}>
      <label htmlFor={id}>{label}</label>
      {hintAbove && <Hint id={id} hint={hint} />}
      {children(control)}
      <FieldMessages id={id} error={error} hint={hintAbove ? undefined : hint} />
    </div>
  );
}

/** What every kit field takes besides its control's own settings. */
type Wrapped = Common & { required?: boolean; hintAbove?: boolean };

/** Splits a kit field's props into its wrapper's and its control's: the name, required, and the rest. */
function split<P extends Wrapped>({
  name,
  id,
  idPrefix,
  label,
  error,
  hint,
  hintAbove,
  required,
  ...rest
}: P) {
  const field = { id: idOf({ name, id, idPrefix }), label, error, hint, hintAbove };
  return { field, control: { name, "aria-required": required || undefined, ...rest }, required };
}

type TextFieldProps = Wrapped & {
  defaultValue?: string | number;
  type?: "text" | "email" | "password" | "search" | "number" | "date";
  inputMode?: "numeric" | "decimal" | "text";
  placeholder?: string;
  maxLength?: number;
  min?: number;
  max?: number;
  step?: number;
  autoComplete?: string;
};

export function TextField({ autoComplete, ...props }: TextFieldProps) {
  const { field, control } = split(props);
  return (
    <Field {...field}>
      {(aria) => <input {...aria} {...control} autoComplete={autoComplete ?? "off"} />}
    </Field>
  );
}

export function TextAreaField({ rows = 6, ...props }: Wrapped & { defaultValue?: string; rows?: number }) {
  const { field, control } = split(props);
  return <Field {...field}>{(aria) => <textarea {...aria} {...control} rows={rows} />}</Field>;
}

type SelectFieldProps = Wrapped & {
  options: Option[];
  defaultValue?: string;
  /** Text for the empty first choice; drafts may leave a select unset. Null: no empty choice. */
  placeholder?: string | null;
  /** The empty choice is only a prompt, never an answer. */
  placeholderDisabled?: boolean;
  value?: string;
  onChange?: (value: string) => void;
  autoComplete?: string;
};

export function SelectField({
  options,
  defaultValue,
  placeholder = "Choose…",
  placeholderDisabled,
  value,
  onChange,
  ...props
}: SelectFieldProps) {
  const { field, control, required } = split(props);
  const controlled =
    value !== undefined
      ? { value, onChange: (e: React.ChangeEvent<HTMLSelectElement>) => onChange?.(e.target.value) }
      : { defaultValue: defaultValue ?? "" };
  return (
    <Field {...field}>
      {(aria) => (
        <select {...aria} {...control} {...controlled} required={placeholderDisabled ? required : undefined}>
          {placeholder !== null && (
            <option value="" disabled={placeholderDisabled}>
              {placeholder}
            </option>
          )}
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

export function CheckboxGroup({
  name,
  id: ownId,
  idPrefix,
  label,
  options,
  checked,
  error,
  hint,
}: Common & { options: Option[]; checked: string[] }) {
  const id = idOf({ name, id: ownId, idPrefix });
  return (
    <fieldset className="sell-checkboxes" aria-describedby={describedBy(id, error, hint)}>
      <legend>{label}</legend>
      {options.map((o) => (
        <label key={o.value} className="sell-checkbox">
          <input type="checkbox" name={name} value={o.value} defaultChecked={checked.includes(o.value)} />{" "}
          {o.label}
        </label>
      ))}
      <FieldMessages id={id} error={error} hint={hint} />
    </fieldset>
  );
}

export function FieldSet({ legend, children }: { legend: string; children: ReactNode }) {
  return (
    <fieldset className="sell-section">
      <legend>{legend}</legend>
      {children}
    </fieldset>
  );
}

export function toOptions<T extends string | number>(
  values: readonly T[],
  labels: Record<T, string>,
): Option[] {
  return values.map((v) => ({ value: String(v), label: labels[v] }));
}
