import { countryChoices } from "@/lib/shipping/countries";

type Props = { id: string; name?: string; label: string; value: string | null; error?: string; hint?: string; required?: boolean };

const choices = countryChoices();

/** A labelled select of every country, with a "choose" prompt while none is picked. */
export function CountrySelect({ id, name = "country", label, value, error, hint, required }: Props) {
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <select id={id} name={name} defaultValue={value ?? ""} required={required} aria-invalid={error ? true : undefined} aria-describedby={describedBy} autoComplete="country">
        <option value="" disabled>
          Choose a country
        </option>
        {choices.map((c) => (
          <option key={c.code} value={c.code}>
            {c.name}
          </option>
        ))}
      </select>
      <div aria-live="polite">
        {error && (
          <p className="field__error" id={`${id}-error`}>
            {error}
          </p>
        )}
      </div>
    </div>
  );
}
