import type { ValuationResponse } from "@/lib/valuation/appraise";

const verdictText = {
  great_deal: "Great deal",
  fair: "Fair price",
  high: "Priced high",
  overpriced: "Overpriced",
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
      className={`verdict verdict--${verdict}${compact ? " verdict--compact" : ""}`}
      data-verdict={verdict}
    >
      {verdictText[verdict]}
    </span>
  );
}
