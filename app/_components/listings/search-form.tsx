import Link from "next/link";
import { SelectField, TextField } from "@/app/_components/forms/fields";
import { categories, categoryLabels } from "@/lib/catalogue/vocabulary";
import { filtersForCategory, searchHref, type ListingSearchParams } from "@/lib/listings/search-params";
import {
  conditionChoices,
  countryChoices,
  eraChoices,
  formatChoices,
  modelChoices,
  restoredChoices,
  shipsToChoices,
  type Choice,
} from "./search-labels";
import styles from "./search.module.css";

export const searchFormId = "search-filters";

/** A choice among the closed list's values, or any. */
function Select(props: {
  name: string;
  label: string;
  value: string | undefined;
  choices: Choice[];
  anyLabel: string;
}) {
  return (
    <SelectField
      idPrefix="filter"
      name={props.name}
      label={props.label}
      options={props.choices}
      placeholder={props.anyLabel}
      defaultValue={props.value}
    />
  );
}

/** A whole-number end of a range (price, year); the server drops a value it cannot read. */
function WholeNumber(props: {
  name: string;
  label: string;
  value: number | undefined;
  min?: number;
  max?: number;
}) {
  return (
    <TextField
      idPrefix="filter"
      type="number"
      inputMode="numeric"
      step={1}
      min={props.min ?? 0}
      max={props.max}
      name={props.name}
      label={props.label}
      defaultValue={props.value ?? ""}
    />
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
        {offered.restored && (
          <Select
            name="restored"
            label="Restored or original"
            value={params.restored}
            anyLabel="Either"
            choices={restoredChoices}
          />
        )}
        <Select
          name="condition"
          label="Condition"
          value={params.condition}
          anyLabel="Any condition"
          choices={conditionChoices(params.category)}
        />
        <fieldset className={styles.range}>
          <legend>Price in US dollars</legend>
          <WholeNumber name="min" label="From" value={params.min} />
          <WholeNumber name="max" label="Up to" value={params.max} />
        </fieldset>
        {offered.year && (
          <fieldset className={styles.range}>
            <legend>Year made</legend>
            <WholeNumber name="year_from" label="From" value={params.year_from} min={1900} max={2100} />
            <WholeNumber name="year_to" label="To" value={params.year_to} min={1900} max={2100} />
          </fieldset>
        )}
        <Select
          name="format"
          label="Sale format"
          value={params.format}
          anyLabel="Buy now or auction"
          choices={formatChoices}
        />
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
