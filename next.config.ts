import path from "node:path";
import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { PHASE_PRODUCTION_BUILD } from "next/constants";

const isDev = process.env.NODE_ENV !== "production";

// Next injects small inline scripts, so script-src needs 'unsafe-inline' without nonces; everything
// else is locked to our own origin. Stripe Checkout is a redirect, so only form-action names it.
const contentSecurityPolicy = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${isDev ? " 'unsafe-eval'" : ""}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self' https://checkout.stripe.com",
  "frame-ancestors 'none'",
].join("; ");

const securityHeaders = [
  { key: "Content-Security-Policy", value: contentSecurityPolicy },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=()" },
  { key: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains" },
];

// Pages that show prices and stock (in English and under /ru) are cached inside the app, where a sale or a price change
// invalidates them at once (on every instance, with REDIS_URL). A CDN or proxy in front cannot hear
// those invalidations, so it may not keep them at all: Next's own header for cached pages would
// promise it five minutes, then a year of stale-while-revalidate.
export const priceAndStockCacheControl = "private, no-cache";
const priceAndStockPages = [
  "/",
  "/home/:path*",
  "/listings",
  "/listings/:path*",
  "/auctions",
  "/parts",
  "/reports",
  "/reports/:path*",
  "/value",
  "/value/:path*",
];

const nextConfig: NextConfig = {
  // Test servers build into their own folder so a running `npm start` build is left alone.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // `npm test` type-checks the whole project with tsc beside the end-to-end build, which need not
  // check it a second time. Every other build checks.
  typescript: { ignoreBuildErrors: process.env.BUILD_TYPECHECKED_ELSEWHERE === "true" },
  poweredByHeader: false,
  experimental: {
    // Server actions carry form fields only (photos go to their own route handler, capped there).
    // Next counts the body while it streams and refuses it with 413 past this size.
    serverActions: { bodySizeLimit: "1mb" },
  },
  // PGlite loads its WASM and extension bundles from its own package folder at run time.
  // rate-limiter-flexible imports drizzle-orm by a computed name, which only works unbundled, so both stay external.
  serverExternalPackages: [
    "@electric-sql/pglite",
    "@node-rs/argon2",
    "sharp",
    "rate-limiter-flexible",
    "drizzle-orm",
  ],
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      ...priceAndStockPages
        .flatMap((source) => [source, source === "/" ? "/ru" : `/ru${source}`])
        .map((source) => ({
          source,
          headers: [{ key: "Cache-Control", value: priceAndStockCacheControl }],
        })),
    ];
  },
};

// next-intl finds each request's language and messages through lib/i18n/request.ts.
const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

// With REDIS_URL every instance shares one page and data cache, so an invalidation reaches all
// (lib/cache/redis-cache-handler.mjs). Chosen when the server starts, never by the build, which
// stays the same for every machine and talks to no Redis.
export default function config(phase: string): NextConfig {
  const redis = phase !== PHASE_PRODUCTION_BUILD && Boolean(process.env.REDIS_URL);
  return withNextIntl({
    ...nextConfig,
    cacheHandler: redis ? path.resolve(process.cwd(), "lib/cache/redis-cache-handler.mjs") : undefined,
  });
}
