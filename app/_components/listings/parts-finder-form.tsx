import { classicModels } from "@/lib/catalogue/models";
import { partTypeLabels, partTypes, pedalCarProduction } from "@/lib/catalogue/vocabulary";
import { eraChoices, type PartsFinderQuery } from "@/lib/listings/parts-finder";
import styles from "./parts-finder.module.css";

const partTypeOptions = partTypes.map((t) => (
  <option key={t} value={t}>
    {partTypeLabels[t]}
  </option>
));

function FieldError({ id, message }: { id: string; message: string | undefined }) {
  return (
    <div aria-live="polite">
      {message && (
        <p className="field__error" id={id}>
          {message}
        </p>
      )}
    </div>
  );
}

/** Two small GET forms, one per kind of car, so each asks only what it needs and works without JavaScript. */
export function PartsFinderForms({ query }: { query: PartsFinderQuery }) {
  const target =
    query.status === "ok"
      ? query.target
      : (query.values.for ?? (query.status === "invalid" ? "pedal_car" : undefined));
  const pedal = target === "pedal_car" ? query.values : {};
  const classic = target === "classic_car" ? query.values : {};
  const errors = query.status === "invalid" ? query.errors : {};
  return (
    <div className={styles.finder}>
      <form
        className={`panel form ${styles.form}`}
        action="/parts"
        method="get"
        aria-labelledby="finder-pedal-car"
      >
        <h2 id="finder-pedal-car">For a pedal car</h2>
        <input type="hidden" name="for" value="pedal_car" />
        <div className="field">
          <label htmlFor="finder-year">Year made</label>
          <p className="field__hint" id="finder-year-hint">
            {pedalCarProduction.from}–{pedalCarProduction.to}. Around a change of bumpers or tires a year can
            mean two eras: you see parts for both.
          </p>
          <input
            id="finder-year"
            name="year"
            type="text"
            inputMode="numeric"
            maxLength={4}
            defaultValue={pedal.year ?? ""}
            aria-invalid={errors.year ? true : undefined}
            aria-describedby={["finder-year-hint", errors.year ? "finder-year-error" : ""]
              .filter(Boolean)
              .join(" ")}
          />
          <FieldError id="finder-year-error" message={errors.year} />
        </div>
        <div className="field">
          <label htmlFor="finder-era">Era, by bumpers and tires</label>
          <select
            id="finder-era"
            name="era"
            defaultValue={pedal.era ?? ""}
            aria-invalid={errors.era ? true : undefined}
            aria-describedby={errors.era ? "finder-era-error" : undefined}
          >
            <option value="">Not sure</option>
            {eraChoices.map((c) => (
              <option key={c.value} value={c.value}>
                {c.label}
              </option>
            ))}
          </select>
          <FieldError id="finder-era-error" message={errors.era} />
        </div>
        <div className="field">
          <label htmlFor="finder-pedal-part">Part</label>
          <select id="finder-pedal-part" name="part_type" defaultValue={pedal.part_type ?? ""}>
            <option value="">Any part</option>
            {partTypeOptions}
          </select>
        </div>
        <button className="button" type="submit">
          Find pedal-car parts
        </button>
      </form>
      <form
        className={`panel form ${styles.form}`}
        action="/parts"
        method="get"
        aria-labelledby="finder-classic-car"
      >
        <h2 id="finder-classic-car">For a classic car</h2>
        <input type="hidden" name="for" value="classic_car" />
        <div className="field">
          <label htmlFor="finder-model">Model</label>
          <select id="finder-model" name="model" defaultValue={classic.model ?? ""}>
            <option value="">Any Moskvitch</option>
            {classicModels.map((m) => (
              <option key={m.code} value={m.code}>
                {m.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="finder-car-part">Part</label>
          <select id="finder-car-part" name="part_type" defaultValue={classic.part_type ?? ""}>
            <option value="">Any part</option>
            {partTypeOptions}
          </select>
        </div>
        <button className="button" type="submit">
          Find car parts
        </button>
      </form>
    </div>
  );
}
