import type { ValuationResponse } from "@/lib/valuation/appraise";
import styles from "./verdict-badge.module.css";

const verdictText = {
  great_deal: "Great deal",
  fair: "Fair price",
  high: "Priced high",
  overpriced: "Overpriced",
} as const;

const verdictClass = {
  great_deal: styles.greatDeal,
  fair: styles.fair,
  high: styles.high,
  overpriced: styles.overpriced,
} as const;

export function VerdictBadge({
  verdict,
  compact = false,
}: {
  verdict: ValuationResponse["verdict"];
  compact?: boolean;
}) {
  if (!verdict) return null;
  return (
    <span
      className={[styles.verdict, verdictClass[verdict], compact && styles.compact].filter(Boolean).join(" ")}
      data-verdict={verdict}
    >
      {verdictText[verdict]}
    </span>
  );
}
