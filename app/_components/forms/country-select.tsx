import { countryChoices } from "@/lib/shipping/countries";
import { SelectField } from "./fields";

type Props = {
  id: string;
  name?: string;
  label: string;
  value: string | null;
  error?: string;
  hint?: string;
  required?: boolean;
};

const choices = countryChoices().map((c) => ({ value: c.code, label: c.name }));

/** A labelled select of every country, with a "choose" prompt while none is picked: the field kit's select. */
export function CountrySelect({ id, name = "country", label, value, error, hint, required }: Props) {
  return (
    <SelectField
      id={id}
      name={name}
      label={label}
      options={choices}
      defaultValue={value ?? ""}
      placeholder="Choose a country"
      placeholderDisabled
      required={required}
      autoComplete="country"
      error={error}
      hint={hint}
    />
  );
}
