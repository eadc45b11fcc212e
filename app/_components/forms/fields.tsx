import type { ReactNode } from "react";

// The field kit: labelled inputs for every form (the sell form, /value, checkout). Each ties its
// hint and error to the input with aria-describedby, and keeps its error in a polite live region
// so screen readers hear new ones. Ids are the form's prefix and the field's name ("sell-era").

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

export function FieldMessages({ id, error, hint }: { id: string; error?: string; hint?: string }) {
  return (
    <>
      {hint && (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
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

type TextFieldProps = Common & {
  defaultValue?: string;
  inputMode?: "numeric" | "decimal" | "text";
  placeholder?: string;
  required?: boolean;
  maxLength?: number;
  autoComplete?: string;
};

export function TextField({
  name,
  id: ownId,
  idPrefix,
  label,
  error,
  hint,
  defaultValue,
  inputMode,
  placeholder,
  required,
  maxLength,
  autoComplete,
}: TextFieldProps) {
  const id = idOf({ name, id: ownId, idPrefix });
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        name={name}
        defaultValue={defaultValue}
        inputMode={inputMode}
        placeholder={placeholder}
        maxLength={maxLength}
        autoComplete={autoComplete ?? "off"}
        aria-required={required || undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, hint)}
      />
      <FieldMessages id={id} error={error} hint={hint} />
    </div>
  );
}

export function TextAreaField({
  name,
  id: ownId,
  idPrefix,
  label,
  error,
  hint,
  defaultValue,
  rows = 6,
  required,
}: Common & { defaultValue?: string; rows?: number; required?: boolean }) {
  const id = idOf({ name, id: ownId, idPrefix });
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        name={name}
        rows={rows}
        defaultValue={defaultValue}
        aria-required={required || undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, hint)}
      />
      <FieldMessages id={id} error={error} hint={hint} />
    </div>
  );
}

type SelectFieldProps = Common & {
  options: Option[];
  defaultValue?: string;
  /** Text for the empty first choice; drafts may leave a select unset. Null: no empty choice. */
  placeholder?: string | null;
  /** The empty choice is only a prompt, never an answer. */
  placeholderDisabled?: boolean;
  value?: string;
  onChange?: (value: string) => void;
  required?: boolean;
  autoComplete?: string;
};

export function SelectField({
  name,
  id: ownId,
  idPrefix,
  label,
  error,
  hint,
  options,
  defaultValue,
  placeholder = "Choose…",
  placeholderDisabled,
  value,
  onChange,
  required,
  autoComplete,
}: SelectFieldProps) {
  const id = idOf({ name, id: ownId, idPrefix });
  const controlled =
    value !== undefined
      ? { value, onChange: (e: React.ChangeEvent<HTMLSelectElement>) => onChange?.(e.target.value) }
      : { defaultValue: defaultValue ?? "" };
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        name={name}
        {...controlled}
        required={placeholderDisabled ? required : undefined}
        autoComplete={autoComplete}
        aria-required={required || undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, hint)}
      >
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
      <FieldMessages id={id} error={error} hint={hint} />
    </div>
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
