import { LocalTime } from "@/app/_components/local-time";
import type { DescriptionAddition } from "@/lib/auctions/queries";
import styles from "./description-additions.module.css";

/** What the seller added once bidding had started, each with its date, under the description bidders read. */
export function DescriptionAdditions({ additions }: { additions: readonly DescriptionAddition[] }) {
  if (!additions.length) return null;
  return (
    <ol className={styles.additions} aria-label="Added after bidding started">
      {additions.map((addition, index) => (
        <li key={index} className={styles.note}>
          <p className="field__hint">
            Added after bidding started, <LocalTime at={addition.addedAt} style="date" />
          </p>
          <p className="description">{addition.body}</p>
        </li>
      ))}
    </ol>
  );
}
