import { Link } from "@/lib/i18n/navigation";
import { SelectField, TextField } from "@/app/_components/forms/fields";
import { eraChoices, modelChoices, type Choice } from "@/app/_components/listings/search-labels";
import { categories, categoryLabels, toyKindLabels, toyKinds } from "@/lib/catalogue/vocabulary";
import styles from "./results.module.css";

type Values = Partial<Record<"q" | "category" | "era" | "model" | "from" | "to", string>>;
type Errors = Partial<Record<"q" | "category" | "era" | "model" | "from" | "to" | "after", string>>;

const toyChoices: Choice[] = toyKinds.map((kind) => ({ value: kind, label: toyKindLabels[kind] }));

function Select(props: {
  name: keyof Values;
  label: string;
  choices: Choice[];
  values: Values;
  errors: Errors;
  anyLabel: string;
}) {
  return (
    <SelectField
      idPrefix="results"
      name={props.name}
      label={props.label}
      options={props.choices}
      placeholder={props.anyLabel}
      defaultValue={props.values[props.name]}
      error={props.errors[props.name]}
    />
  );
}

function DateField({
  name,
  label,
  values,
  errors,
}: {
  name: "from" | "to";
  label: string;
  values: Values;
  errors: Errors;
}) {
  return (
    <TextField
      idPrefix="results"
      type="date"
      name={name}
      label={label}
      defaultValue={values[name] ?? ""}
      error={errors[name]}
    />
  );
}

/**
 * The archive's filters as a plain GET form: the URL holds the whole question. The segment
 * (an era, a model, a toy) is offered for the category it belongs to once that category is chosen.
 */
export function ResultsForm({ values, errors }: { values: Values; errors: Errors }) {
  const category = values.category;
  return (
    <form className={styles.form} action="/results" method="get" role="search" aria-label="Search results">
      <div className={`field ${styles.words}`}>
        <label htmlFor="results-q">Words</label>
        <input
          id="results-q"
          name="q"
          type="search"
          defaultValue={values.q ?? ""}
          placeholder="412, pedal car, crane…"
          autoComplete="off"
        />
      </div>
      <Select
        name="category"
        label="Category"
        anyLabel="All categories"
        choices={categories.map((c) => ({ value: c, label: categoryLabels[c] }))}
        values={values}
        errors={errors}
      />
      {category === "pedal_car" && (
        <Select
          name="era"
          label="Era"
          anyLabel="Any era"
          choices={eraChoices}
          values={values}
          errors={errors}
        />
      )}
      {(category === "classic_car" || category === "toy") && (
        <Select
          name="model"
          label={category === "toy" ? "Toy" : "Model"}
          anyLabel={category === "toy" ? "Any toy" : "Any model"}
          choices={category === "toy" ? toyChoices : modelChoices}
          values={values}
          errors={errors}
        />
      )}
      <DateField name="from" label="Ended from" values={values} errors={errors} />
      <DateField name="to" label="Ended by" values={values} errors={errors} />
      <div className={styles.actions}>
        <button type="submit" className="button">
          Show results
        </button>
        <Link href="/results">Clear</Link>
      </div>
      {/* Errors for fields the form does not show (a segment from another category, a damaged page link). */}
      {(["era", "model", "after"] as const)
        .filter((name) => errors[name] && !(name === "era" && category === "pedal_car"))
        .filter((name) => !(name === "model" && (category === "classic_car" || category === "toy")))
        .map((name) => (
          <p key={name} className={`field__error ${styles.wide}`} role="alert">
            {errors[name]}
          </p>
        ))}
    </form>
  );
}
