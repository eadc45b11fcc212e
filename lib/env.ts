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
  /** When set, POST /api/cron/* needs `Authorization: Bearer <CRON_SECRET>`. */
  CRON_SECRET: z.string().min(16).optional(),
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
  /** Skip the automatic demo seed on an empty database. */
  SEED_DEMO: z.enum(["true", "false"]).default("true"),
});

export type Env = z.infer<typeof envSchema>;

let cached: Env | undefined;

export function getEnv(): Env {
  if (cached) return cached;
  const parsed = envSchema.safeParse(process.env);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new Error(`Configuration error: ${first?.path.join(".")}: ${first?.message}`);
  }
  cached = parsed.data;
  return cached;
}
