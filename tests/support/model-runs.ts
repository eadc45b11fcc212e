import { z } from "zod";

// How many random sequences the model-based test tries. CI on PostgreSQL runs the full 1,000; PGlite
// and laptops run fewer unless MODEL_RUNS asks for more. A test-run setting, not an app setting.
const runsSchema = z.coerce.number().int().min(1).max(100_000).optional();

export function modelRuns(driver: "pg" | "pglite"): number {
  const asked = runsSchema.parse(process.env.MODEL_RUNS || undefined);
  if (asked) return asked;
  return driver === "pg" && process.env.CI === "true" ? 1000 : 50;
}
