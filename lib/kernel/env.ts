import { isIP } from "node:net";
import { z } from "zod";

function isAddressOrRange(value: string): boolean {
  const [address = "", bits, ...rest] = value.split("/");
  const family = isIP(address);
  if (!family || rest.length) return false;
  if (bits === undefined) return true;
  const n = Number(bits);
  return /^\d+$/.test(bits) && n >= 0 && n <= (family === 4 ? 32 : 128);
}

// Every setting the app reads, checked once. Optional ones switch features on when present.
// DATABASE_URL marks a real deployment: there, nothing meant for a laptop (demo accounts, pretend
// payments) is on unless a setting asks for it.

const flag = z.enum(["true", "false"], { message: "must be true or false" }).optional();
const milliseconds = (fallback: number) => z.coerce.number().int().min(100).max(600_000).default(fallback);

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** PostgreSQL server; without it the app runs on embedded PGlite under DATA_DIR. */
  DATABASE_URL: z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? v : undefined))
    .refine(
      (v) => v === undefined || /^postgres(ql)?:\/\//.test(v),
      "DATABASE_URL must start with postgres:// or postgresql://",
    ),
  DATA_DIR: z.string().default(".data"),
  /** Connections this instance keeps to PostgreSQL (reads and writes together). */
  DATABASE_POOL_SIZE: z.coerce.number().int().min(2).max(500).default(10),
  /** How long a request waits for a free connection before it is told the market is busy. */
  DATABASE_CONNECT_TIMEOUT_MS: milliseconds(3_000),
  /** How long a transaction waits for a row lock another one holds. */
  DATABASE_LOCK_TIMEOUT_MS: milliseconds(3_000),
  /** The longest any one statement may run. */
  DATABASE_STATEMENT_TIMEOUT_MS: milliseconds(15_000),
  AUTH_SECRET: z.string().min(16).optional(),
  NEXTAUTH_SECRET: z.string().min(16).optional(),
  NEXTAUTH_URL: z.string().url().optional(),
  GITHUB_ID: z.string().optional(),
  GITHUB_SECRET: z.string().optional(),
  STRIPE_SECRET_KEY: z.string().optional(),
  STRIPE_WEBHOOK_SECRET: z.string().optional(),
  /** Another Stripe API endpoint (e.g. a local Stripe-compatible server), as http(s)://host:port. */
  STRIPE_API_URL: z.string().url().optional(),
  /** The marketplace's cut of each sale, in percent of the order total. */
  PLATFORM_FEE_PERCENT: z.coerce.number().min(0).max(50).default(10),
  /** POST /api/cron/* (for an external scheduler) needs `Authorization: Bearer <CRON_SECRET>`; unset, those endpoints answer 503. */
  CRON_SECRET: z.string().min(16).optional(),
  /** Whether this instance runs the scheduled jobs (pg-boss on PostgreSQL, timers on the embedded database). Default: true. */
  SCHEDULED_JOBS: flag,
  /**
   * How many proxies (load balancers) stand in front of the app and append to X-Forwarded-For.
   * 0: the client is whoever opened the connection, and forwarding headers are ignored.
   */
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
  /** Addresses or CIDR ranges of those proxies (comma-separated); when set, forwarded hops are trusted only from them. */
  TRUSTED_PROXIES: z
    .string()
    .optional()
    .transform((v) =>
      (v ?? "")
        .split(",")
        .map((part) => part.trim())
        .filter(Boolean),
    )
    .refine(
      (list) => list.every(isAddressOrRange),
      "TRUSTED_PROXIES must list IP addresses or CIDR ranges, comma-separated",
    ),
  /** Seed the demo catalogue (and its demo accounts) into an empty database. Default: only on the embedded database. */
  SEED_DEMO: flag,
  /** Take pretend payments on our own page instead of Stripe. Default: only on the embedded database without a Stripe key. */
  TEST_PAYMENTS: flag,
  /** How long a winner has to pay before the order lapses and the seller may offer the item to the next bidder. */
  AUCTION_PAYMENT_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 14)
    .default(72),
  /** "Ending soon" alerts go out this many minutes before the end. */
  AUCTION_ENDING_SOON_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(60),
  /** SMTP server for emails, e.g. smtp://user:pass@mail.example.com:587. Unset: emails are written to the log. */
  SMTP_URL: z.string().url().optional(),
  MAIL_FROM: z.string().default("Moskvitch Market <market@moskvitch.example>"),
  /** "test": cheap password hashes for the test suite, which hashes many. Refused in production. */
  PASSWORD_HASH_COST: z.enum(["test"]).optional(),
  /**
   * Let the scheduler's secret move the market's clock forward (POST /api/cron/test-clock), for
   * end-to-end tests of auction ends and reservation holds. Off unless set, and only with pretend payments.
   */
  TEST_CLOCK: flag,
  /** Redis for the page and data cache every instance shares (next.config.ts); unset, each instance caches on its own disk. */
  REDIS_URL: z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? v : undefined))
    .refine(
      (v) => v === undefined || /^rediss?:\/\//.test(v),
      "REDIS_URL must start with redis:// or rediss://",
    ),
  /** Where photos are kept: `local` (DATA_DIR/photos, one machine) or `s3` (an S3-compatible bucket every instance reads). */
  PHOTO_STORAGE: z.enum(["local", "s3"], { message: "must be local or s3" }).default("local"),
  S3_BUCKET: z.string().trim().min(3).optional(),
  /** The store's address for S3-compatible services (MinIO, R2, …); unset, AWS for S3_REGION. */
  S3_ENDPOINT: z.string().url().optional(),
  S3_REGION: z.string().trim().min(1).default("us-east-1"),
  S3_ACCESS_KEY_ID: z.string().optional(),
  S3_SECRET_ACCESS_KEY: z.string().optional(),
  /** `true` addresses the bucket as a path (host/bucket/key), which most S3-compatible servers need. */
  S3_FORCE_PATH_STYLE: flag,
});

export type Env = z.infer<typeof envSchema> & {
  /** Whether an empty database gets the demo catalogue. */
  seedDemo: boolean;
  /** Whether payments are pretend ones on /checkout/test (no Stripe). */
  testPayments: boolean;
  /** Whether the market's clock may be moved by tests (TEST_CLOCK=true with pretend payments; never by default). */
  testClock: boolean;
  /** Whether the data lives in the embedded database under DATA_DIR (no DATABASE_URL). */
  embedded: boolean;
  /** Whether this instance runs the scheduled jobs. */
  scheduledJobs: boolean;
};

/** Checks a set of settings; throws one Error naming the setting and what to do. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new Error(`Configuration error: ${first?.path.join(".")}: ${first?.message}`);
  }
  const env = parsed.data;
  const embedded = env.DATABASE_URL === undefined;
  if (env.TEST_PAYMENTS === "true" && env.STRIPE_SECRET_KEY) {
    throw new Error(
      "Configuration error: TEST_PAYMENTS=true and STRIPE_SECRET_KEY are both set. Unset TEST_PAYMENTS to take real payments through Stripe, or unset STRIPE_SECRET_KEY to take pretend ones.",
    );
  }
  refuseUnsafeProduction(env);
  if (env.PASSWORD_HASH_COST && env.NODE_ENV === "production") {
    throw new Error(
      "Configuration error: PASSWORD_HASH_COST=test makes password hashes cheap to crack and is for the test suite only. Unset it.",
    );
  }
  if (env.PHOTO_STORAGE === "s3" && !env.S3_BUCKET) {
    throw new Error(
      "Configuration error: PHOTO_STORAGE=s3 needs S3_BUCKET (and S3_ENDPOINT for a store other than AWS).",
    );
  }
  const testPayments =
    env.TEST_PAYMENTS === undefined ? embedded && !env.STRIPE_SECRET_KEY : env.TEST_PAYMENTS === "true";
  // A clock anyone with the scheduler's secret can move has no place where money is real.
  if (env.TEST_CLOCK === "true" && !testPayments) {
    throw new Error(
      "Configuration error: TEST_CLOCK=true is for test servers taking pretend payments. Unset TEST_CLOCK, or set TEST_PAYMENTS=true on a server without STRIPE_SECRET_KEY.",
    );
  }
  return {
    ...env,
    seedDemo: env.SEED_DEMO === undefined ? embedded : env.SEED_DEMO === "true",
    testPayments,
    testClock: env.TEST_CLOCK === "true",
    embedded,
    scheduledJobs: env.SCHEDULED_JOBS !== "false",
  };
}

const localHosts = new Set(["localhost", "127.0.0.1", "[::1]"]);

/**
 * A production server on PostgreSQL is a real deployment: settings that only make sense on a laptop
 * are refused there rather than quietly weakening it. (The embedded database, and the end-to-end
 * server on 127.0.0.1, stay as they are.)
 */
function refuseUnsafeProduction(env: z.infer<typeof envSchema>): void {
  if (env.NODE_ENV !== "production" || env.DATABASE_URL === undefined) return;
  const site = env.NEXTAUTH_URL ? new URL(env.NEXTAUTH_URL) : undefined;
  if (site && site.protocol !== "https:" && !localHosts.has(site.hostname)) {
    throw new Error(
      `Configuration error: NEXTAUTH_URL is ${site.origin}: a public site must use https:// (sessions and payment links travel over it).`,
    );
  }
  if (env.STRIPE_SECRET_KEY?.startsWith("sk_live_") && env.STRIPE_API_URL) {
    throw new Error(
      "Configuration error: STRIPE_API_URL is set together with a live STRIPE_SECRET_KEY: live keys go to Stripe itself. Unset STRIPE_API_URL.",
    );
  }
  if (env.STRIPE_SECRET_KEY?.startsWith("sk_live_") && !env.STRIPE_WEBHOOK_SECRET) {
    throw new Error(
      "Configuration error: a live STRIPE_SECRET_KEY needs STRIPE_WEBHOOK_SECRET, or paid orders are never confirmed.",
    );
  }
}

let cached: Env | undefined;

export function getEnv(): Env {
  // Read once per process; under vitest, tests stub settings mid-file (vi.stubEnv), so read afresh.
  if (process.env.VITEST) return parseEnv(process.env);
  cached ??= parseEnv(process.env);
  return cached;
}

/** Public URL for links in emails and payment pages (no trailing slash). */
export function siteUrl(): string {
  return (getEnv().NEXTAUTH_URL ?? "http://localhost:3000").replace(/\/$/, "");
}

/** Where emails go out: an SMTP server (unset: the log) and the sender. */
export function mailSettings(): { smtpUrl: string | undefined; from: string } {
  const env = getEnv();
  return { smtpUrl: env.SMTP_URL, from: env.MAIL_FROM };
}

/** Auction timings. */
export function auctionSettings(): { paymentHours: number; endingSoonMinutes: number } {
  const env = getEnv();
  return { paymentHours: env.AUCTION_PAYMENT_HOURS, endingSoonMinutes: env.AUCTION_ENDING_SOON_MINUTES };
}

/** What a deployment on PostgreSQL runs without, said once at start so nobody is surprised later. */
export function describeMissingSettings(env: Env): string[] {
  if (env.embedded) return [];
  const notes: string[] = [];
  if (!env.STRIPE_SECRET_KEY && !env.testPayments)
    notes.push(
      "No STRIPE_SECRET_KEY: checkout is closed (set it, or TEST_PAYMENTS=true for pretend payments).",
    );
  if (!env.CRON_SECRET)
    notes.push(
      "No CRON_SECRET: POST /api/cron/* (for an external scheduler) answers 503 until it is set; the built-in scheduled jobs run regardless.",
    );
  if (!env.scheduledJobs)
    notes.push(
      "SCHEDULED_JOBS=false: this instance runs no scheduled jobs (another instance or an external scheduler must).",
    );
  return notes;
}
