// The valuation engine: pure, deterministic, no I/O (no database, no Next, no files), which
// .dependency-cruiser.cjs checks. The sales and rates it is handed are loaded by ../queries.ts;
// ../appraise.ts puts the two together for a request.
export { estimateValue } from "./estimate";
export { valuationRulesVersion } from "./rules-version";
export type { Comparable, ValuationInput } from "./types";
