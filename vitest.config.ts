import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { defineConfig, type TestProjectInlineConfiguration } from "vitest/config";
import { LongestFirstSequencer } from "./tests/support/sequencer";

const root = fileURLToPath(new URL(".", import.meta.url));

// Integration tests run once on embedded PGlite and, when DATABASE_URL points at a server, again on
// PostgreSQL. CI must not lose the second run silently.
const postgresUrl = process.env.DATABASE_URL;
if (!postgresUrl) {
  if (process.env.CI === "true")
    throw new Error("CI must set DATABASE_URL so integration tests also run on PostgreSQL.");
  console.log(
    "Skipping the PostgreSQL run of the integration tests: DATABASE_URL is not set (they still run on PGlite).",
  );
}

const integration = (driver: "pglite" | "pg"): TestProjectInlineConfiguration => ({
  extends: true,
  test: {
    name: `integration-${driver}`,
    include: ["tests/integration/**/*.test.ts"],
    // Pretend payments are asked for explicitly: DATABASE_URL in the environment would switch them off.
    // Cheap password hashes: the suite hashes a password for many of its accounts (never in production).
    env: {
      TEST_DRIVER: driver,
      DATA_DIR: `.data/test-${driver}`,
      TEST_PAYMENTS: "true",
      PASSWORD_HASH_COST: "test",
    },
    globalSetup: ["tests/support/global-setup.ts"],
    // Files share a worker's loaded packages (the app's own modules still start afresh for each
    // file, and each file's database is closed when it ends). A process per file cost about 40% more
    // CPU on PGlite, most of it loading packages again.
    setupFiles: ["tests/support/fresh-modules.ts"],
    isolate: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});

export default defineConfig({
  resolve: {
    alias: {
      "@": root,
      // Outside Next's server bundle the guard package would throw; here every module is server-side anyway.
      "server-only": `${root}tests/support/server-only.ts`,
    },
  },
  test: {
    environment: "node",
    // next-intl's ESM imports "next/server" without an extension, which only a bundler resolves.
    server: { deps: { inline: ["next-intl"] } },
    // Vitest's default is one worker fewer than the cores: one worker on a two-core machine, with the
    // second core idle while PostgreSQL or PGlite answers. Two keep both busy.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    sequence: { sequencer: LongestFirstSequencer },
    projects: [
      // Pure functions: one worker keeps its loaded modules across files (a fresh process per file
      // cost more than the tests themselves). The two files that stub env vars restore them.
      {
        extends: true,
        test: { name: "unit", include: ["lib/**/*.test.ts", "db/**/*.test.ts"], isolate: false },
      },
      // Client components as a collector meets them: rendered in happy-dom (jsdom needs Node 22),
      // found by role and label, driven with user-event.
      {
        extends: true,
        test: {
          name: "components",
          include: ["tests/components/**/*.test.tsx"],
          environment: "happy-dom",
          setupFiles: ["tests/components/setup.ts"],
          // The live estimate asks the app's own valuation route, which reads an embedded test database.
          env: { TEST_DRIVER: "pglite" },
          globalSetup: ["tests/support/global-setup.ts"],
          // Rendering and typing through user-event take seconds on a busy machine.
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      integration("pglite"),
      ...(postgresUrl ? [integration("pg")] : []),
    ],
  },
});
