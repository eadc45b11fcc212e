import { afterAll, vi } from "vitest";

// Test files share a worker (isolate: false), so Node loads next, drizzle, PGlite, Stripe and the
// other packages once per worker instead of once per file, the slow part of starting a file. The
// app's own modules still start afresh for every file, so module-level caches (the env, the Stripe
// client, the database handle) never carry one file's settings into the next.
vi.resetModules();

afterAll(() => {
  vi.unstubAllEnvs();
  vi.unstubAllGlobals();
});
