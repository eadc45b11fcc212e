type Option = { value: string; label: string };

type Common = { name: string; label: string; error?: string; hint?: string };

function describedBy(name: string, error?: string, hint?: string) {
  return [hint ? `${name}-hint` : null, error ? `${name}-error` : null].filter(Boolean).join(" ") || undefined;
}

function Messages({ name, error, hint }: { name: string; error?: string; hint?: string }) {
  return (
    <>
      {hint && (
        <p className="field__hint" id={`${name}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p className="field__error" id={`${name}-error`} role="alert">
          {error}
        </p>
      )}
    </>
  );
}

export function SelectField({ name, label, error, hint, options, defaultValue, placeholder }: Common & { options: Option[]; defaultValue?: string; placeholder?: string }) {
  return (
    <div className="field">
      <label htmlFor={name}>{label}</label>
      <select id={name} name={name} defaultValue={defaultValue ?? ""} aria-invalid={error ? true : undefined} aria-describedby={describedBy(name, error, hint)}>
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <Messages name={name} error={error} hint={hint} />
    </div>
  );
}

export function TextField({ name, label, error, hint, defaultValue, inputMode, placeholder }: Common & { defaultValue?: string; inputMode?: "numeric" | "decimal" | "text"; placeholder?: string }) {
  return (
    <div className="field">
      <label htmlFor={name}>{label}</label>
      <input
        id={name}
        name={name}
        defaultValue={defaultValue}
        inputMode={inputMode}
        placeholder={placeholder}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(name, error, hint)}
      />
      <Messages name={name} error={error} hint={hint} />
    </div>
  );
}

export function CheckboxGroup({ name, label, options, checked, error }: Common & { options: Option[]; checked: string[] }) {
  return (
    <fieldset className="checkbox-group">
      <legend>{label}</legend>
      {options.map((o) => (
        <label key={o.value} className="checkbox">
          <input type="checkbox" name={name} value={o.value} defaultChecked={checked.includes(o.value)} /> {o.label}
        </label>
      ))}
      {error && <p className="field__error">{error}</p>}
    </fieldset>
  );
}

export function toOptions<T extends string | number>(values: readonly T[], labels: Record<T, string>): Option[] {
  return values.map((v) => ({ value: String(v), label: labels[v] }));
}
