import Link from "next/link";
import { categories, categoryLabels } from "@/lib/catalogue/vocabulary";
import { filtersForCategory, searchHref, type ListingSearchParams } from "@/lib/listings/search-params";
import {
  conditionChoices,
  countryChoices,
  eraChoices,
  modelChoices,
  shipsToChoices,
  type Choice,
} from "./search-labels";
import styles from "./search.module.css";

export const searchFormId = "search-filters";

function Select({
  name,
  label,
  value,
  choices,
  anyLabel,
}: {
  name: string;
  label: string;
  value: string | undefined;
  choices: Choice[];
  anyLabel: string;
}) {
  const id = `filter-${name}`;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} name={name} defaultValue={value ?? ""}>
        <option value="">{anyLabel}</option>
        {choices.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/**
 * The filters as a plain GET form, so the URL holds the whole search and it works without JavaScript.
 * Model and era appear for the categories they describe (for parts they mean "fits"); switching the
 * category shows its own choices after "Show results".
 */
export function SearchForm({
  params,
  sellerCountries,
  activeCount,
}: {
  params: ListingSearchParams;
  sellerCountries: string[];
  activeCount: number;
}) {
  const offered = filtersForCategory(params.category);
  const forParts = params.category === "part";
  return (
    <details className={styles.filters}>
      <summary>Filters{activeCount ? ` (${activeCount} on)` : ""}</summary>
      <form
        id={searchFormId}
        className={styles.filtersForm}
        action="/listings"
        method="get"
        role="search"
        aria-label="Filter listings"
      >
        <div className="field">
          <label htmlFor="filter-q">Words</label>
          <input
            id="filter-q"
            name="q"
            type="search"
            defaultValue={params.q ?? ""}
            placeholder="pedal car, 412, windscreen…"
            autoComplete="off"
          />
        </div>
        <Select
          name="category"
          label="Category"
          value={params.category}
          anyLabel="All categories"
          choices={categories.map((c) => ({ value: c, label: categoryLabels[c] }))}
        />
        {offered.model && (
          <Select
            name="model"
            label={forParts ? "Fits car model" : "Model"}
            value={params.model}
            anyLabel="Any model"
            choices={modelChoices}
          />
        )}
        {offered.era && (
          <Select
            name="era"
            label={forParts ? "Fits pedal-car era" : "Pedal-car era"}
            value={params.era}
            anyLabel="Any era"
            choices={eraChoices}
          />
        )}
        <Select
          name="condition"
          label="Condition"
          value={params.condition}
          anyLabel="Any condition"
          choices={conditionChoices(params.category)}
        />
        <fieldset className={styles.price}>
          <legend>Price in US dollars</legend>
          <div className="field">
            <label htmlFor="filter-min">From</label>
            <input
              id="filter-min"
              name="min"
              type="number"
              inputMode="numeric"
              min={0}
              step={1}
              defaultValue={params.min ?? ""}
            />
          </div>
          <div className="field">
            <label htmlFor="filter-max">Up to</label>
            <input
              id="filter-max"
              name="max"
              type="number"
              inputMode="numeric"
              min={0}
              step={1}
              defaultValue={params.max ?? ""}
            />
          </div>
        </fieldset>
        <Select
          name="country"
          label="Seller’s country"
          value={params.country}
          anyLabel="Any country"
          choices={countryChoices(sellerCountries, params.country)}
        />
        <Select
          name="ships_to"
          label="Ships to"
          value={params.ships_to}
          anyLabel="Anywhere"
          choices={shipsToChoices(params.ships_to)}
        />
        <div className="sell-checkbox">
          <input
            id="filter-photos"
            name="photos"
            type="checkbox"
            value="1"
            defaultChecked={params.photos === true}
          />
          <label htmlFor="filter-photos">Only listings with photos</label>
        </div>
        <div className={styles.filtersActions}>
          <button className="button" type="submit">
            Show results
          </button>
          {activeCount > 0 && <Link href={searchHref({ sort: params.sort })}>Clear all</Link>}
        </div>
      </form>
    </details>
  );
}
