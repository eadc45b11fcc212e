import { dollars } from "@/app/_components/valuation/dollars";
import type { Evidence } from "@/lib/reports/figures";

// The reports' figures in words, shared by the index and a segment's page.

export const priceOrDash = (cents: number | null) => (cents === null ? "—" : dollars(cents));

/** "Moskvitch Market's figures from 12 recorded sales: 7 sold here, 3 public results from Bonhams, 2 demo sales (…)" */
export function evidenceText(evidence: Evidence): string {
  const parts: string[] = [];
  if (evidence.marketplace) parts.push(`${evidence.marketplace} sold here`);
  for (const source of evidence.imported)
    parts.push(`${source.sales} public result${source.sales === 1 ? "" : "s"} from ${source.sourceName}`);
  if (evidence.demo)
    parts.push(
      `${evidence.demo} demo ${evidence.demo === 1 ? "sale" : "sales"} (synthetic, not market evidence)`,
    );
  const head = `Moskvitch Market's figures from ${evidence.sales} recorded ${evidence.sales === 1 ? "sale" : "sales"}`;
  return parts.length ? `${head}: ${parts.join(", ")}.` : `${head}.`;
}
