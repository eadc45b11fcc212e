import { countryName } from "@/lib/catalogue/describe";

// Where collectors on the market usually ship; the buyer's own country is always offered too.
const commonCountries = "US CA GB IE DE NL BE FR IT ES PT AT CH DK SE NO FI EE LV LT PL CZ SK HU BG RO GR UA AU NZ JP".split(" ");

/** A plain GET form: changing the country re-prices shipping on the server. */
export function ShipToForm({ country }: { country: string }) {
  const codes = [...new Set([country, ...commonCountries])].sort((a, b) => countryName(a).localeCompare(countryName(b)));
  return (
    <form method="get" action="/cart" className="ship-to">
      <div className="field">
        <label htmlFor="ship-to-country">Ship to</label>
        <select id="ship-to-country" name="country" defaultValue={country}>
          {codes.map((code) => (
            <option key={code} value={code}>
              {countryName(code)}
            </option>
          ))}
        </select>
      </div>
      <button className="button button--ghost" type="submit">
        Update shipping
      </button>
    </form>
  );
}
