import { describe, expect, it } from "vitest";
import { describeMissingSettings, parseEnv } from "./env";

const postgres = { DATABASE_URL: "postgres://market@db.example.com:5432/moskvitch" };

describe("settings on a real PostgreSQL (DATABASE_URL set)", () => {
  it("seeds no demo accounts and takes no pretend payments unless asked", () => {
    const env = parseEnv(postgres);
    expect(env.seedDemo).toBe(false);
    expect(env.testPayments).toBe(false);
    expect(env.embedded).toBe(false);
    expect(env.scheduledJobs).toBe(true);
  });

  it("runs no scheduled jobs on an instance told SCHEDULED_JOBS=false, and says so", () => {
    const env = parseEnv({ ...postgres, SCHEDULED_JOBS: "false", STRIPE_SECRET_KEY: "sk_live_x", CRON_SECRET: "a".repeat(32) });
    expect(env.scheduledJobs).toBe(false);
    expect(describeMissingSettings(env).join("\n")).toMatch(/SCHEDULED_JOBS=false/);
  });

  it("seeds the demo and takes pretend payments when asked by setting, as CI does", () => {
    const env = parseEnv({ ...postgres, SEED_DEMO: "true", TEST_PAYMENTS: "true" });
    expect(env.seedDemo).toBe(true);
    expect(env.testPayments).toBe(true);
  });

  it("says at start what is switched off for want of a setting", () => {
    expect(describeMissingSettings(parseEnv(postgres)).join("\n")).toMatch(/STRIPE_SECRET_KEY[\s\S]*CRON_SECRET/);
    expect(describeMissingSettings(parseEnv({ ...postgres, STRIPE_SECRET_KEY: "sk_live_x", CRON_SECRET: "a".repeat(32) }))).toEqual([]);
  });
});

describe("settings on the embedded laptop database", () => {
  it("keeps the two-command start: demo data, pretend payments, scheduled jobs in the process", () => {
    const env = parseEnv({});
    expect(env.seedDemo).toBe(true);
    expect(env.testPayments).toBe(true);
    expect(env.embedded).toBe(true);
    expect(env.scheduledJobs).toBe(true);
  });

  it("takes real payments as soon as a Stripe key is set", () => {
    expect(parseEnv({ STRIPE_SECRET_KEY: "sk_test_x" }).testPayments).toBe(false);
  });

  it("starts empty with SEED_DEMO=false", () => {
    expect(parseEnv({ SEED_DEMO: "false" }).seedDemo).toBe(false);
  });
});

describe("unsafe or mistyped settings are refused with one message naming them", () => {
  it.each([
    [{ TEST_PAYMENTS: "true", STRIPE_SECRET_KEY: "sk_live_x" }, /TEST_PAYMENTS=true and STRIPE_SECRET_KEY/],
    [{ ...postgres, TEST_PAYMENTS: "yes" }, /TEST_PAYMENTS: must be true or false/],
    [{ SEED_DEMO: "1" }, /SEED_DEMO: must be true or false/],
    [{ DATABASE_URL: "mysql://x" }, /DATABASE_URL must start with postgres/],
    [{ DATABASE_POOL_SIZE: "0" }, /DATABASE_POOL_SIZE/],
  ])("%o", (source, message) => {
    expect(() => parseEnv(source)).toThrow(message);
  });
});
