import { describe, expect, it } from "vitest";
import { DatabaseUnavailableError, openPostgres } from "./client";

describe("openPostgres", () => {
  it("says in one line that DATABASE_URL cannot be reached, without the password", async () => {
    const attempt = openPostgres("postgres://market:s3cret@127.0.0.1:1/market");
    await expect(attempt).rejects.toBeInstanceOf(DatabaseUnavailableError);
    const message = await attempt.catch((error: Error) => error.message);
    expect(message).toMatch(/^Cannot reach the database at DATABASE_URL \(127\.0\.0\.1:1\/market\)/);
    expect(message).not.toContain("s3cret");
    expect(message).not.toContain("\n");
  });
});

describe("getDatabaseHandle during next build", () => {
  it("refuses to open any database: one build serves every machine, and no embedded database is left in the build", async () => {
    const { getDatabaseHandle } = await import("./client");
    const phase = process.env.NEXT_PHASE;
    process.env.NEXT_PHASE = "phase-production-build";
    try {
      await expect(getDatabaseHandle()).rejects.toThrow(/The build does not open the database/);
    } finally {
      if (phase === undefined) delete process.env.NEXT_PHASE;
      else process.env.NEXT_PHASE = phase;
    }
  });
});
