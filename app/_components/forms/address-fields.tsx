import { TextField } from "./fields";

// A delivery address's lines, as the cart's "add an address" form and the test payment page ask them.

type Line = "name" | "line1" | "line2" | "city" | "postalCode";

const lines: { name: Line; label: string; autoComplete: string }[] = [
  { name: "name", label: "Name on the parcel", autoComplete: "shipping name" },
  { name: "line1", label: "Street address", autoComplete: "shipping address-line1" },
  { name: "line2", label: "Address line 2 (optional)", autoComplete: "shipping address-line2" },
  { name: "city", label: "Town or city", autoComplete: "shipping address-level2" },
  { name: "postalCode", label: "Postcode", autoComplete: "shipping postal-code" },
];

type Props = {
  /** Ids are the prefix and the line's name ("address-line1"). */
  idPrefix: string;
  errors: Partial<Record<string, string>>;
  values?: Partial<Record<Line, string>>;
  /** The test payment page asks no second line. */
  withLine2?: boolean;
};

export function AddressFields({ idPrefix, errors, values, withLine2 = true }: Props) {
  return lines
    .filter((line) => withLine2 || line.name !== "line2")
    .map((line) => (
      <TextField
        key={line.name}
        idPrefix={idPrefix}
        {...line}
        defaultValue={values ? (values[line.name] ?? "") : undefined}
        error={errors[line.name]}
      />
    ));
}
