import { AsyncLocalStorage } from "node:async_hooks";
import { afterAll, vi } from "vitest";

// Test files share a worker (isolate: false), so Node loads next, drizzle, PGlite, Stripe and the
// other packages once per worker instead of once per file, the slow part of starting a file. The
// app's own modules still start afresh for every file, so module-level caches (the env, the Stripe
// client, the database handle) never carry one file's settings into the next.
vi.resetModules();

// What Next's server sets before it loads anything of its own (next/dist/server/node-environment).
// Next's modules stay loaded across the worker's files, so it is set here, before the first of them
// can load Next without it (a later file installing Next's data cache would find it too late).
(globalThis as { AsyncLocalStorage?: unknown }).AsyncLocalStorage ??= AsyncLocalStorage;

afterAll(() => {
  vi.unstubAllEnvs();
  vi.unstubAllGlobals();
});
