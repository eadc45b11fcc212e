import { useTranslations } from "next-intl";
import type { ValuationResponse } from "@/lib/valuation/appraise";
import styles from "./verdict-badge.module.css";

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
  const t = useTranslations("Verdict");
  if (!verdict) return null;
  return (
    <span
      className={[styles.verdict, verdictClass[verdict], compact && styles.compact].filter(Boolean).join(" ")}
      data-verdict={verdict}
    >
      {t(verdict)}
    </span>
  );
}
