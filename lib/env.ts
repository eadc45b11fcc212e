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
    .refine((v) => v === undefined || /^postgres(ql)?:\/\//.test(v), "DATABASE_URL must start with postgres:// or postgresql://"),
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
    .transform((v) => (v ?? "").split(",").map((part) => part.trim()).filter(Boolean))
    .refine((list) => list.every(isAddressOrRange), "TRUSTED_PROXIES must list IP addresses or CIDR ranges, comma-separated"),
  /** Seed the demo catalogue (and its demo accounts) into an empty database. Default: only on the embedded database. */
  SEED_DEMO: flag,
  /** Take pretend payments on our own page instead of Stripe. Default: only on the embedded database without a Stripe key. */
  TEST_PAYMENTS: flag,
});

export type Env = z.infer<typeof envSchema> & {
  /** Whether an empty database gets the demo catalogue. */
  seedDemo: boolean;
  /** Whether payments are pretend ones on /checkout/test (no Stripe). */
  testPayments: boolean;
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
    throw new Error("Configuration error: TEST_PAYMENTS=true and STRIPE_SECRET_KEY are both set. Unset TEST_PAYMENTS to take real payments through Stripe, or unset STRIPE_SECRET_KEY to take pretend ones.");
  }
  const testPayments = env.TEST_PAYMENTS === undefined ? embedded && !env.STRIPE_SECRET_KEY : env.TEST_PAYMENTS === "true";
  return {
    ...env,
    seedDemo: env.SEED_DEMO === undefined ? embedded : env.SEED_DEMO === "true",
    testPayments,
    embedded,
    scheduledJobs: env.SCHEDULED_JOBS !== "false",
  };
}

let cached: Env | undefined;

export function getEnv(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

/** What a deployment on PostgreSQL runs without, said once at start so nobody is surprised later. */
export function describeMissingSettings(env: Env): string[] {
  if (env.embedded) return [];
  const notes: string[] = [];
  if (!env.STRIPE_SECRET_KEY && !env.testPayments) notes.push("No STRIPE_SECRET_KEY: checkout is closed (set it, or TEST_PAYMENTS=true for pretend payments).");
  if (!env.CRON_SECRET) notes.push("No CRON_SECRET: POST /api/cron/* (for an external scheduler) answers 503 until it is set; the built-in scheduled jobs run regardless.");
  if (!env.scheduledJobs) notes.push("SCHEDULED_JOBS=false: this instance runs no scheduled jobs (another instance or an external scheduler must).");
  return notes;
}
