import { describe, expect, it } from "vitest";
import { describeMissingSettings, parseEnv } from "./env";

const postgres = { DATABASE_URL: "postgres://market@db.example.com:5432/moskvitch" };

describe("settings on a real PostgreSQL (DATABASE_URL set)", () => {
  it("seeds no demo accounts and takes no pretend payments unless asked", () => {
    const env = parseEnv(postgres);
    expect(env.seedDemo).toBe(false);
    expect(env.testPayments).toBe(false);
    expect(env.localCronSecret).toBe(false);
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
  it("keeps the two-command start: demo data, pretend payments, a generated scheduler secret", () => {
    const env = parseEnv({});
    expect(env.seedDemo).toBe(true);
    expect(env.testPayments).toBe(true);
    expect(env.localCronSecret).toBe(true);
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

describe("settings for several instances", () => {
  it("reads the Redis cache and the S3 photo store, and refuses an S3 store without a bucket", () => {
    expect(parseEnv({}).PHOTO_STORAGE).toBe("local");
    expect(parseEnv({}).REDIS_URL).toBeUndefined();
    const env = parseEnv({ REDIS_URL: "redis://cache:6379", PHOTO_STORAGE: "s3", S3_BUCKET: "photos", S3_ENDPOINT: "http://127.0.0.1:9000", S3_FORCE_PATH_STYLE: "true" });
    expect(env).toMatchObject({ REDIS_URL: "redis://cache:6379", PHOTO_STORAGE: "s3", S3_BUCKET: "photos", S3_REGION: "us-east-1" });
    expect(() => parseEnv({ PHOTO_STORAGE: "s3" })).toThrow(/PHOTO_STORAGE=s3 needs S3_BUCKET/);
    expect(() => parseEnv({ PHOTO_STORAGE: "bucket" })).toThrow(/PHOTO_STORAGE: must be local or s3/);
    expect(() => parseEnv({ REDIS_URL: "cache:6379" })).toThrow(/REDIS_URL must start with redis:\/\//);
  });
});
