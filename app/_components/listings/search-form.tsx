import { Link } from "@/lib/i18n/navigation";
import { useLocale, useTranslations } from "next-intl";
import { SelectField, TextField } from "@/app/_components/forms/fields";
import { getPathname } from "@/lib/i18n/navigation";
import { categories } from "@/lib/catalogue/vocabulary";
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
  const t = useTranslations("Search");
  const filter = useTranslations("SearchFilter");
  const category = useTranslations("Category");
  const locale = useLocale();
  const offered = filtersForCategory(params.category);
  const forParts = params.category === "part";
  return (
    <details className={styles.filters}>
      <summary>{activeCount ? t("filtersOn", { count: activeCount }) : t("filters")}</summary>
      <form
        id={searchFormId}
        className={styles.filtersForm}
        action={getPathname({ href: "/listings", locale })}
        method="get"
        role="search"
        aria-label={t("filterListings")}
      >
        <div className="field">
          <label htmlFor="filter-q">{t("words")}</label>
          <input
            id="filter-q"
            name="q"
            type="search"
            defaultValue={params.q ?? ""}
            placeholder={t("wordsPlaceholder")}
            autoComplete="off"
          />
        </div>
        <Select
          name="category"
          label={t("category")}
          value={params.category}
          anyLabel={t("allCategories")}
          choices={categories.map((c) => ({ value: c, label: category(c) }))}
        />
        {offered.model && (
          <Select
            name="model"
            label={t(forParts ? "fitsModel" : "model")}
            value={params.model}
            anyLabel={t("anyModel")}
            choices={modelChoices}
          />
        )}
        {offered.era && (
          <Select
            name="era"
            label={t(forParts ? "fitsEra" : "era")}
            value={params.era}
            anyLabel={t("anyEra")}
            choices={eraChoices}
          />
        )}
        {offered.restored && (
          <Select
            name="restored"
            label={t("restored")}
            value={params.restored}
            anyLabel={t("either")}
            choices={(["yes", "no"] as const).map((value) => ({ value, label: filter(value) }))}
          />
        )}
        <Select
          name="condition"
          label={t("condition")}
          value={params.condition}
          anyLabel={t("anyCondition")}
          choices={conditionChoices(params.category)}
        />
        <fieldset className={styles.range}>
          <legend>{t("priceInDollars")}</legend>
          <WholeNumber name="min" label={t("from")} value={params.min} />
          <WholeNumber name="max" label={t("upTo")} value={params.max} />
        </fieldset>
        {offered.year && (
          <fieldset className={styles.range}>
            <legend>{t("yearMade")}</legend>
            <WholeNumber name="year_from" label={t("from")} value={params.year_from} min={1900} max={2100} />
            <WholeNumber name="year_to" label={t("to")} value={params.year_to} min={1900} max={2100} />
          </fieldset>
        )}
        <Select
          name="format"
          label={t("format")}
          value={params.format}
          anyLabel={t("anyFormat")}
          choices={(["buy_now", "auction"] as const).map((value) => ({ value, label: filter(value) }))}
        />
        <Select
          name="country"
          label={t("country")}
          value={params.country}
          anyLabel={t("anyCountry")}
          choices={countryChoices(sellerCountries, params.country)}
        />
        <Select
          name="ships_to"
          label={t("shipsTo")}
          value={params.ships_to}
          anyLabel={t("anywhere")}
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
          <label htmlFor="filter-photos">{t("withPhotos")}</label>
        </div>
        <div className={styles.filtersActions}>
          <button className="button" type="submit">
            {t("showResults")}
          </button>
          {activeCount > 0 && <Link href={searchHref({ sort: params.sort })}>{t("clearAll")}</Link>}
        </div>
      </form>
    </details>
  );
}
