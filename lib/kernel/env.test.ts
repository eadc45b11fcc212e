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
    const env = parseEnv({
      ...postgres,
      SCHEDULED_JOBS: "false",
      STRIPE_SECRET_KEY: "sk_live_x",
      CRON_SECRET: "a".repeat(32),
    });
    expect(env.scheduledJobs).toBe(false);
    expect(describeMissingSettings(env).join("\n")).toMatch(/SCHEDULED_JOBS=false/);
  });

  it("seeds the demo and takes pretend payments when asked by setting, as CI does", () => {
    const env = parseEnv({ ...postgres, SEED_DEMO: "true", TEST_PAYMENTS: "true" });
    expect(env.seedDemo).toBe(true);
    expect(env.testPayments).toBe(true);
  });

  it("says at start what is switched off for want of a setting", () => {
    expect(describeMissingSettings(parseEnv(postgres)).join("\n")).toMatch(
      /STRIPE_SECRET_KEY[\s\S]*CRON_SECRET/,
    );
    expect(
      describeMissingSettings(
        parseEnv({ ...postgres, STRIPE_SECRET_KEY: "sk_live_x", CRON_SECRET: "a".repeat(32) }),
      ),
    ).toEqual([]);
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

describe("the movable test clock", () => {
  it("is off unless asked for, on a laptop as on a real deployment", () => {
    expect(parseEnv({}).testClock).toBe(false);
    expect(parseEnv(postgres).testClock).toBe(false);
    expect(parseEnv({ ...postgres, TEST_PAYMENTS: "true" }).testClock).toBe(false);
  });

  it("is on for a test server with pretend payments that asks for it, as the end-to-end tests do", () => {
    expect(parseEnv({ ...postgres, TEST_PAYMENTS: "true", TEST_CLOCK: "true" }).testClock).toBe(true);
    expect(parseEnv({ TEST_CLOCK: "true" }).testClock).toBe(true);
  });
});

describe("unsafe or mistyped settings are refused with one message naming them", () => {
  it.each([
    [{ TEST_PAYMENTS: "true", STRIPE_SECRET_KEY: "sk_live_x" }, /TEST_PAYMENTS=true and STRIPE_SECRET_KEY/],
    [{ ...postgres, TEST_PAYMENTS: "yes" }, /TEST_PAYMENTS: must be true or false/],
    [{ SEED_DEMO: "1" }, /SEED_DEMO: must be true or false/],
    [{ DATABASE_URL: "mysql://x" }, /DATABASE_URL must start with postgres/],
    [{ DATABASE_POOL_SIZE: "0" }, /DATABASE_POOL_SIZE/],
    [{ ...postgres, TEST_CLOCK: "true" }, /TEST_CLOCK=true is for test servers/],
    [{ TEST_CLOCK: "true", STRIPE_SECRET_KEY: "sk_test_x" }, /TEST_CLOCK=true is for test servers/],
    [{ ...postgres, TEST_CLOCK: "on" }, /TEST_CLOCK: must be true or false/],
  ])("%o", (source, message) => {
    expect(() => parseEnv(source)).toThrow(message);
  });
});

describe("a production server on PostgreSQL refuses settings meant for a laptop", () => {
  const production = { ...postgres, NODE_ENV: "production" };

  it.each([
    [
      { ...production, NEXTAUTH_URL: "http://market.example.com" },
      /NEXTAUTH_URL is http:\/\/market\.example\.com: a public site must use https/,
    ],
    [
      {
        ...production,
        STRIPE_SECRET_KEY: "sk_live_x",
        STRIPE_WEBHOOK_SECRET: "whsec_x",
        STRIPE_API_URL: "http://127.0.0.1:12111",
      },
      /STRIPE_API_URL is set together with a live STRIPE_SECRET_KEY/,
    ],
    [{ ...production, STRIPE_SECRET_KEY: "sk_live_x" }, /live STRIPE_SECRET_KEY needs STRIPE_WEBHOOK_SECRET/],
  ])("%o", (source, message) => {
    expect(() => parseEnv(source)).toThrow(message);
  });

  it("accepts a public https site, a local test server and the same settings outside production", () => {
    expect(parseEnv({ ...production, NEXTAUTH_URL: "https://market.example.com" }).NEXTAUTH_URL).toBe(
      "https://market.example.com",
    );
    expect(
      parseEnv({ ...production, NEXTAUTH_URL: "http://127.0.0.1:3110", TEST_PAYMENTS: "true" }).testPayments,
    ).toBe(true);
    expect(
      parseEnv({ ...postgres, NODE_ENV: "development", NEXTAUTH_URL: "http://market.example.com" })
        .NEXTAUTH_URL,
    ).toBe("http://market.example.com");
    expect(parseEnv({ NODE_ENV: "production", NEXTAUTH_URL: "http://market.example.com" }).NEXTAUTH_URL).toBe(
      "http://market.example.com",
    );
  });
});

describe("auction and mail settings", () => {
  it("have their defaults and are checked with the rest", () => {
    const env = parseEnv({});
    expect([env.AUCTION_PAYMENT_HOURS, env.AUCTION_ENDING_SOON_MINUTES, env.MAIL_FROM]).toEqual([
      72,
      60,
      "Moskvitch Market <market@moskvitch.example>",
    ]);
    expect(() => parseEnv({ AUCTION_PAYMENT_HOURS: "0" })).toThrow(/AUCTION_PAYMENT_HOURS/);
    expect(() => parseEnv({ SMTP_URL: "not a url" })).toThrow(/SMTP_URL/);
  });
});

describe("the password hash cost", () => {
  it("is the full cost unless the test suite asks for the cheap one, and production refuses the cheap one", () => {
    expect(parseEnv(postgres).PASSWORD_HASH_COST).toBeUndefined();
    expect(parseEnv({ ...postgres, PASSWORD_HASH_COST: "test" }).PASSWORD_HASH_COST).toBe("test");
    expect(() => parseEnv({ ...postgres, NODE_ENV: "production", PASSWORD_HASH_COST: "test" })).toThrow(
      /PASSWORD_HASH_COST=test .* test suite only/,
    );
    expect(() => parseEnv({ ...postgres, PASSWORD_HASH_COST: "cheap" })).toThrow(/PASSWORD_HASH_COST/);
  });
});

describe("settings for several instances", () => {
  it("reads the Redis cache and the S3 photo store, and refuses an S3 store without a bucket", () => {
    expect(parseEnv({}).PHOTO_STORAGE).toBe("local");
    expect(parseEnv({}).REDIS_URL).toBeUndefined();
    const env = parseEnv({
      REDIS_URL: "redis://cache:6379",
      PHOTO_STORAGE: "s3",
      S3_BUCKET: "photos",
      S3_ENDPOINT: "http://127.0.0.1:9000",
      S3_FORCE_PATH_STYLE: "true",
    });
    expect(env).toMatchObject({
      REDIS_URL: "redis://cache:6379",
      PHOTO_STORAGE: "s3",
      S3_BUCKET: "photos",
      S3_REGION: "us-east-1",
    });
    expect(() => parseEnv({ PHOTO_STORAGE: "s3" })).toThrow(/PHOTO_STORAGE=s3 needs S3_BUCKET/);
    expect(() => parseEnv({ PHOTO_STORAGE: "bucket" })).toThrow(/PHOTO_STORAGE: must be local or s3/);
    expect(() => parseEnv({ REDIS_URL: "cache:6379" })).toThrow(/REDIS_URL must start with redis:\/\//);
  });
});
