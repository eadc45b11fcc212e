import { defineConfig } from "@playwright/test";
import { e2ePaths, e2ePort } from "./tests/support/e2e-paths";
import { e2eCronSecret } from "./tests/e2e/server-settings";

const port = e2ePort;
// Own build folder and data folder, so the tests never touch the `npm start` build or its database.
const distDir = process.env.E2E_DIST_DIR ?? ".next-e2e";
const { dataDir, serverLogFile } = e2ePaths(port);
const baseURL = `http://127.0.0.1:${port}`;
// `npm test` builds beside Vitest (`npm run build:e2e`, the same settings) and says so; alone, Playwright builds.
const build = process.env.E2E_PREBUILT === "true" ? "" : `rm -rf ${distDir}/cache && next build && `;
const marketJourneys = [
  "auction-state.spec.ts",
  "auction.spec.ts",
  "checkout.spec.ts",
  "multi-seller-checkout.spec.ts",
  "offers.spec.ts",
  "stock-after-edit.spec.ts",
  "two-instances.spec.ts",
  "uk-buyer.spec.ts",
].map((file) => `**/${file}`);
// Counts every cache entry on the server's disk, so nothing else may render pages meanwhile.
const aloneJourneys = ["**/bounds.spec.ts"];

// Debian's Chromium, never a downloaded browser. Background networking is off: this machine has no internet.
const chromiumArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-dev-shm-usage",
];

export default defineConfig({
  testDir: "tests/e2e",
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  // Two journeys at a time, one from each project below. A journey mostly waits on the server and
  // the browser, so two of them share the machine's two cores well.
  workers: 2,
  projects: [
    {
      // Journeys that buy, bid or move the market's clock: one at a time, so none changes the market
      // under another's feet.
      name: "market",
      testMatch: marketJourneys,
      workers: 1,
    },
    {
      // Journeys that only read the catalogue or make accounts of their own; they run beside the
      // market's, which only ever add listings or change their own.
      name: "browse",
      testIgnore: [...marketJourneys, ...aloneJourneys],
      workers: 1,
    },
    { name: "alone", testMatch: aloneJourneys, dependencies: ["market", "browse"] },
  ],
  retries: 0,
  reporter: process.env.CI ? "list" : [["list"]],
  use: {
    baseURL,
    browserName: "chromium",
    launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: chromiumArgs },
    trace: "off",
    screenshot: "only-on-failure",
  },
  webServer: {
    // No -H 127.0.0.1: given a loopback address, Next 16.4 sends proxy.ts's rewrites (the browse pages)
    // through an HTTP proxy to itself instead of serving them inside, a slower hop that now and then
    // fails with ECONNRESET (vercel/next.js#94745). Without it the server listens on every address.
    // A fresh embedded database each run (or the DATABASE_URL server CI provides), seeded on start,
    // and an empty data cache: cached pages of an earlier run would show listings of another database.
    // Without SMTP_URL the server prints the emails it sends; the tests read them from a copy of its log.
    command: `rm -rf ${dataDir} && mkdir -p ${dataDir} && ${build}next start -p ${port} 2>&1 | tee ${serverLogFile}`,
    url: `${baseURL}/api/health`,
    // A build on a busy two-core machine can take several minutes.
    timeout: 600_000,
    reuseExistingServer: !process.env.CI,
    // The demo catalogue and pretend payments are asked for explicitly: with DATABASE_URL (CI) they
    // are off by default, as on any real deployment. TEST_CLOCK lets the tests move the market's
    // clock to an auction's end instead of waiting for it (POST /api/cron/test-clock). Scheduled
    // jobs are off: the tests run them through POST /api/cron/* when their story needs time to have
    // passed, so no job ever runs at a moment the test did not choose.
    env: {
      DATA_DIR: dataDir,
      NEXT_DIST_DIR: distDir,
      BUILD_TYPECHECKED_ELSEWHERE: "true",
      // No internet here: the build's telemetry report would only wait for a network that is not there.
      NEXT_TELEMETRY_DISABLED: "1",
      NEXTAUTH_URL: baseURL,
      SEED_DEMO: "true",
      TEST_PAYMENTS: "true",
      TEST_CLOCK: "true",
      CRON_SECRET: e2eCronSecret,
      SCHEDULED_JOBS: "false",
    },
    stdout: "pipe",
    stderr: "pipe",
  },
});
