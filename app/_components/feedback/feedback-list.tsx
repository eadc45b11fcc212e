import { LocalTime } from "@/app/_components/local-time";
import type { FeedbackEntry } from "@/lib/feedback/queries";
import { ratingLabels } from "@/lib/feedback/rules";
import styles from "./feedback.module.css";

/** Feedback as text (never HTML), with who left it, on which side, and the reply under it. */
export function FeedbackList({
  entries,
  label,
  showSide = true,
  children,
}: {
  entries: FeedbackEntry[];
  label: string;
  showSide?: boolean;
  /** Extra content under an entry (the reply form), by entry. */
  children?: (entry: FeedbackEntry) => React.ReactNode;
}) {
  return (
    <ul className={styles.list} aria-label={label}>
      {entries.map((entry) => (
        <li key={entry.id} className={styles.entry} data-testid="feedback-entry">
          <p className={styles.head}>
            <span className={`${styles.badge} ${styles[entry.rating]}`}>{ratingLabels[entry.rating]}</span>{" "}
            {showSide && `As ${entry.subjectSide} · `}
            {entry.kind === "unpaid_auction"
              ? "recorded automatically"
              : `from ${entry.authorName ?? "a member"} (${entry.subjectSide === "seller" ? "buyer" : "seller"})`}{" "}
            · <LocalTime at={entry.createdAt} style="date" />
          </p>
          <p className={styles.comment}>{entry.comment}</p>
          {entry.reply && (
            <p className={styles.reply}>
              <strong>Reply:</strong> {entry.reply}
            </p>
          )}
          {children?.(entry)}
        </li>
      ))}
    </ul>
  );
}
