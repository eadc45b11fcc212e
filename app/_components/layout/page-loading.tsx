import styles from "./page-loading.module.css";

/** What a slow page shows while its data loads: its title, a plain-words note (read out politely) and grey placeholder rows. */
export function PageLoading({ title, note, rows = 3 }: { title: string; note: string; rows?: number }) {
  return (
    <section className={styles.loading} aria-busy="true">
      <h1>{title}</h1>
      <p className={styles.note} role="status">
        {note}
      </p>
      <div className={styles.rows} aria-hidden="true">
        {Array.from({ length: rows }, (_, i) => (
          <span key={i} className={styles.row} />
        ))}
      </div>
    </section>
  );
}
