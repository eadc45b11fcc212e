import { it, type TestContext } from "vitest";
import { testDriver } from "./test-database";

// Tests of concurrent callers (racing checkouts, parallel webhook deliveries, bids at once) only
// mean something on PostgreSQL: PGlite serves one query at a time, so a missing row lock or a
// read-then-write race can never show there. On PGlite they are skipped, saying why; CI sets
// DATABASE_URL (vitest.config.ts refuses to run in CI without it), so there they always run.

const raceSkipReason =
  "a race or row-lock test: PGlite serves one query at a time, so it cannot fail there; it runs on PostgreSQL (set DATABASE_URL)";

export function raceTest(
  name: string,
  body: (context: TestContext) => Promise<void>,
  timeout?: number,
): void {
  it(
    name,
    async (context) => {
      if (testDriver !== "pg") {
        console.log(`Skipped on PGlite: "${name}": ${raceSkipReason}.`);
        context.skip(raceSkipReason);
      }
      await body(context);
    },
    timeout,
  );
}
