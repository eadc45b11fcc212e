import { Link } from "@/lib/i18n/navigation";
import { CardPhoto } from "@/app/_components/listings/listing-card";
import { countryName } from "@/lib/catalogue/describe";
import { categoryLabels } from "@/lib/catalogue/vocabulary";
import type { ResultSummary } from "@/lib/results/queries";
import { resultOrigin, resultOutcome } from "@/lib/results/words";
import styles from "./results.module.css";

const endedOn = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  timeZone: "UTC",
});

export function formatEndedOn(iso: string): string {
  return endedOn.format(new Date(iso));
}

/** Where a result comes from, marked so a demo result is never read as the market's. */
export function OriginTag({ result }: { result: Pick<ResultSummary, "origin" | "sourceName"> }) {
  return (
    <span
      className={`${styles.origin} ${result.origin === "demo" ? styles.demo : ""}`}
      data-origin={result.origin}
    >
      {resultOrigin(result)}
    </span>
  );
}

export function ResultList({ results }: { results: ResultSummary[] }) {
  return (
    <ul className={styles.list} aria-label="Results">
      {results.map((result) => (
        <li key={result.id}>
          <article className={styles.card}>
            <Link href={`/results/${result.id}`} className={styles.cardLink}>
              <CardPhoto listing={result} />
              <div className={styles.cardBody}>
                <span className={styles.title}>{result.title}</span>
                <span className={result.kind === "sold" ? styles.price : styles.unsold}>
                  {resultOutcome(result)}
                </span>
                <span className={styles.meta}>
                  {formatEndedOn(result.endedAt)} · {categoryLabels[result.category]} ·{" "}
                  {countryName(result.country)}
                  {result.bidCount !== null
                    ? ` · ${result.bidCount} ${result.bidCount === 1 ? "bid" : "bids"}`
                    : ""}
                </span>
                <OriginTag result={result} />
              </div>
            </Link>
          </article>
        </li>
      ))}
    </ul>
  );
}
