import { z } from "zod";

// How many random sequences the model-based test tries. CI on PostgreSQL runs the full 1,000; PGlite
// and laptops run fewer unless MODEL_RUNS asks for more. A test-run setting, not an app setting.
const runsSchema = z.coerce.number().int().min(1).max(100_000).optional();

export function modelRuns(driver: "pg" | "pglite"): number {
  const asked = runsSchema.parse(process.env.MODEL_RUNS || undefined);
  if (asked) return asked;
  return driver === "pg" && process.env.CI === "true" ? 1000 : 50;
}

/** Replays a failure: fast-check prints `{ seed, path }`; pass them as MODEL_SEED and MODEL_PATH. */
export function modelReplay(): { seed?: number; path?: string } {
  const seed = z.coerce
    .number()
    .int()
    .optional()
    .parse(process.env.MODEL_SEED || undefined);
  const path = process.env.MODEL_PATH || undefined;
  return { ...(seed === undefined ? {} : { seed }), ...(path ? { path } : {}) };
}
