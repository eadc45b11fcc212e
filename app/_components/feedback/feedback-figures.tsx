import type { Figures, FeedbackSummary } from "@/lib/feedback/queries";
import { feedbackLimits } from "@/lib/feedback/rules";
import styles from "./feedback.module.css";

const share = (figures: Figures) =>
  figures.positiveShare === null ? "–" : `${figures.positiveShare.toFixed(1)}%`;

/** Positive share and counts, as seller and as buyer, over the recent months and all time. */
export function FeedbackFigures({ summary }: { summary: FeedbackSummary }) {
  const rows: [string, Figures][] = [
    [`As seller, last ${feedbackLimits.recentMonths} months`, summary.asSeller.recent],
    ["As seller, all time", summary.asSeller.allTime],
    [`As buyer, last ${feedbackLimits.recentMonths} months`, summary.asBuyer.recent],
    ["As buyer, all time", summary.asBuyer.allTime],
  ];
  return (
    <div className={styles.scroll}>
      <table className={styles.figures} data-testid="feedback-figures">
        <caption className="visually-hidden">Feedback received</caption>
        <thead>
          <tr>
            <th scope="col">Feedback</th>
            <th scope="col">Positive share</th>
            {(["Positive", "Neutral", "Negative"] as const).map((name) => (
              <th scope="col" key={name}>
                <span className={styles.long}>{name}</span>
                <abbr className={styles.short} title={name}>
                  {name.slice(0, 3)}.
                </abbr>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map(([label, figures]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td>{share(figures)}</td>
              <td>{figures.positive}</td>
              <td>{figures.neutral}</td>
              <td>{figures.negative}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
