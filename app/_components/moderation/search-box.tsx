import styles from "./moderation-form.module.css";

/** An admin page's GET search: one labelled box and its button, side by side. */
export function AdminSearchBox({ id, label, query }: { id: string; label: string; query: string }) {
  return (
    <form role="search" method="get" className={styles.search}>
      <div className="field">
        <label htmlFor={id}>{label}</label>
        <input id={id} name="q" type="search" defaultValue={query} maxLength={200} />
      </div>
      <button className="button button--small" type="submit">
        Search
      </button>
    </form>
  );
}
