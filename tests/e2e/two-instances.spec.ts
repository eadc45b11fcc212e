import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import sharp from "sharp";
import { createClient } from "redis";
import { demoAccounts, expect, test } from "./fixtures";
import { SignInPage } from "./pages/sign-in-page";
import { e2ePaths, e2ePort } from "../support/e2e-paths";
import { startS3TestServer, type S3TestServer } from "../support/s3-test-server";

// Two production instances of the one build the other specs use (`next start` twice, on other
// ports), on one PostgreSQL database, one Redis and one S3-compatible store (s3rver, started here).
// A seller changes a price and marks the car sold through instance A; we measure how long instance B
// keeps showing the old state on the listing page, home, a browse page and a search, and print it.

const redisUrl = process.env.REDIS_TEST_URL ?? "redis://127.0.0.1:6379";
const distDir = process.env.E2E_DIST_DIR ?? ".next-e2e";
const ports = {
  a: e2ePort + 1,
  s3: e2ePort + 2,
  b: e2ePort + 3,
  redisDown: e2ePort + 4,
  closedRedis: e2ePort + 9,
};
const keyPrefix = `mm-two-instances-${process.pid}:`;
const staleLimitMs = 1_000;

function answers(url: string): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = net.connect({ host: hostname, port: Number(port || 6379), timeout: 500 });
    socket.once("connect", () => (socket.destroy(), resolve(true)));
    socket.once("error", () => resolve(false));
    socket.once("timeout", () => (socket.destroy(), resolve(false)));
  });
}

async function reasonToSkip(): Promise<string | null> {
  if (!process.env.DATABASE_URL) return "DATABASE_URL is not set (the instances share one PostgreSQL)";
  if (!(await answers(redisUrl))) return `no Redis answers at ${redisUrl}`;
  return null;
}

type Instance = { name: string; base: string; process: ChildProcess; log: string };

async function startInstance(
  name: string,
  port: number,
  s3: S3TestServer,
  redis = redisUrl,
): Promise<Instance> {
  const base = `http://127.0.0.1:${port}`;
  const dataDir = path.resolve(e2ePaths(port).dataDir);
  fs.rmSync(dataDir, { recursive: true, force: true });
  fs.mkdirSync(dataDir, { recursive: true });
  const log = path.join(dataDir, "server.log");
  const out = fs.openSync(log, "w");
  const child = spawn(
    path.resolve("node_modules/.bin/next"),
    ["start", "-p", String(port)], // no -H: see playwright.config.ts
    {
      detached: true,
      stdio: ["ignore", out, out],
      env: {
        ...process.env,
        NODE_ENV: "production",
        NEXT_DIST_DIR: distDir,
        DATA_DIR: dataDir,
        NEXTAUTH_URL: base,
        SEED_DEMO: "true",
        TEST_PAYMENTS: "true",
        REDIS_URL: redis,
        REDIS_KEY_PREFIX: keyPrefix,
        PHOTO_STORAGE: "s3",
        S3_BUCKET: s3.bucket,
        S3_ENDPOINT: s3.endpoint,
        S3_REGION: "us-east-1",
        S3_ACCESS_KEY_ID: "S3RVER",
        S3_SECRET_ACCESS_KEY: "S3RVER",
        S3_FORCE_PATH_STYLE: "true",
      },
    },
  );
  const deadline = Date.now() + 120_000;
  for (;;) {
    const health = await fetch(`${base}/api/health`).then(
      (r) => (r.ok ? r.json() : null),
      () => null,
    );
    if (health?.ok && health.cache.reachable === (redis === redisUrl))
      return { name, base, process: child, log };
    if (child.exitCode !== null || Date.now() > deadline)
      throw new Error(`${name} did not start: ${fs.readFileSync(log, "utf8").slice(-2000)}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

function stop(instance: Instance | undefined) {
  if (instance?.process.pid && instance.process.exitCode === null)
    process.kill(-instance.process.pid, "SIGTERM");
}

async function page(url: string): Promise<{ html: string; cacheControl: string | null }> {
  const response = await fetch(url);
  return { html: await response.text(), cacheControl: response.headers.get("cache-control") };
}

type Window = { page: string; staleMs: number; answeredMs: number };

/**
 * Asks `url` again and again (every 20 ms, for at most 10 s) until `fresh` holds. The stale window
 * is when the first request that saw the change was sent, counted from the change; `answeredMs`
 * adds that request's own time.
 */
async function staleWindow(
  name: string,
  url: string,
  fresh: (html: string) => boolean,
  since: number,
): Promise<Window> {
  const deadline = since + 10_000;
  for (;;) {
    const sentAt = Date.now();
    const { html } = await page(url);
    if (fresh(html)) return { page: name, staleMs: sentAt - since, answeredMs: Date.now() - since };
    if (Date.now() > deadline)
      return { page: name, staleMs: Number.POSITIVE_INFINITY, answeredMs: Number.POSITIVE_INFINITY };
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

function report(change: string, windows: Window[]) {
  for (const w of windows)
    console.log(
      `stale window on instance B after ${change}: ${w.page.padEnd(13)} ${String(w.staleMs).padStart(5)} ms (answered at ${w.answeredMs} ms)`,
    );
}

test.describe("two instances on one database, one Redis and one photo store", () => {
  test.setTimeout(300_000);

  let s3: S3TestServer | undefined;
  let a: Instance | undefined;
  let b: Instance | undefined;
  let down: Instance | undefined;

  test.afterAll(async () => {
    stop(a);
    stop(b);
    stop(down);
    await s3?.close();
    const redis = createClient({ url: redisUrl });
    await redis.connect();
    for await (const keys of redis.scanIterator({ MATCH: `${keyPrefix}*`, COUNT: 200 }))
      if (keys.length) await redis.del(keys);
    await redis.quit();
  });

  test("a price change and a sale on A reach B within a second; a photo uploaded through A is served by B", async ({
    page: browserPage,
  }) => {
    const skipReason = await reasonToSkip();
    if (skipReason) console.log(`Skipping the two-instance test: ${skipReason}.`);
    test.skip(skipReason !== null, skipReason ?? "");
    s3 = await startS3TestServer({ port: ports.s3 });
    [a, b] = await Promise.all([startInstance("A", ports.a, s3), startInstance("B", ports.b, s3)]);

    const word = `dvaserv${Date.now().toString(36)}`;
    const title = `Two-instance pedal car ${word}`;
    const urls = {
      listing: (id: string) => `${b!.base}/listings/${id}`,
      home: `${b.base}/`,
      browse: `${b.base}/listings?category=pedal_car&era=early_aluminum_bumpers`,
      search: `${b.base}/listings?q=${word}`,
    };

    // The seller works on A.
    const { email, password } = demoAccounts.seller;
    await new SignInPage(browserPage).signIn(email, password, { path: `${a.base}/sign-in` });

    // B has the browse page and home cached before the listing exists.
    await page(urls.home);
    await page(urls.browse);

    await browserPage.goto(`${a.base}/sell`);
    await browserPage.getByLabel("Title").fill(title);
    await browserPage.getByLabel("Description").fill("Listed on one instance, bought from another.");
    await browserPage.getByLabel("Era", { exact: true }).selectOption("early_aluminum_bumpers");
    await browserPage.getByLabel("Licence plate").selectOption("azlk_1993");
    await browserPage.getByLabel("Condition", { exact: true }).selectOption("excellent");
    await browserPage.getByLabel("Restored?").selectOption("no");
    await browserPage.getByLabel("Windscreen").selectOption("intact");
    await browserPage.getByLabel("Steering wheel").selectOption("intact");
    await browserPage.getByLabel("Custom emergency version").selectOption("none");
    await browserPage.getByLabel("Asking price").fill("1,234.56");
    await browserPage.getByLabel("Country (two letters)").fill("US");
    await browserPage.getByLabel("City").fill("Jersey City");
    await browserPage.getByRole("button", { name: "Add a destination" }).click();
    await browserPage.getByLabel("Destination 1", { exact: true }).fill("US");
    await browserPage.getByLabel("Price (USD)").fill("95");
    const photo = await sharp({
      create: { width: 800, height: 600, channels: 3, background: { r: 170, g: 20, b: 20 } },
    })
      .jpeg()
      .toBuffer();
    await browserPage
      .getByLabel("Add photos")
      .setInputFiles([{ name: "front.jpg", mimeType: "image/jpeg", buffer: photo }]);
    await browserPage.getByRole("button", { name: "Publish" }).click();
    await expect(browserPage).toHaveURL(/\/dashboard\/listings\?done=published&id=\d+/, { timeout: 30_000 });
    const id = /id=(\d+)/.exec(browserPage.url())![1]!;
    const published = Date.now();

    // Publishing on A reaches B's cached pages, and B serves the photo A stored in the bucket.
    report(
      "publishing",
      await Promise.all([
        staleWindow("home", urls.home, (html) => html.includes(word), published),
        staleWindow("browse", urls.browse, (html) => html.includes(word), published),
      ]),
    );
    const listingOnB = await page(urls.listing(id));
    expect(listingOnB.cacheControl).toBe("private, no-cache");
    const photoFile = /\/photos\/(l\d+-[0-9a-f]+-large\.webp)/.exec(listingOnB.html)?.[1];
    expect(photoFile, "the listing page on B names the photo uploaded through A").toBeTruthy();
    const served = await fetch(`${b.base}/photos/${photoFile}`);
    expect(served.status).toBe(200);
    expect(served.headers.get("content-type")).toBe("image/webp");
    expect(fs.existsSync(path.join(s3.directory, s3.bucket))).toBe(true);
    expect(
      fs
        .readdirSync(path.join(s3.directory, s3.bucket), { recursive: true })
        .some((name) => String(name).startsWith(photoFile!)),
    ).toBe(true);

    // Every page B shows is cached and shows the old price.
    for (const url of [urls.listing(id), urls.home, urls.browse, urls.search]) {
      await page(url);
      const { html, cacheControl } = await page(url);
      expect(html, url).toContain("$1,234.56");
      if (url !== urls.search) expect(cacheControl, url).toBe("private, no-cache");
    }

    // A price change on A.
    await browserPage.goto(`${a.base}/sell/${id}`);
    await browserPage.getByLabel("Asking price").fill("987.65");
    await browserPage.getByRole("button", { name: "Save changes" }).click();
    await expect(browserPage.getByText("Changes saved. The listing is live.")).toBeVisible();
    const repriced = Date.now();
    const afterPrice = await Promise.all([
      staleWindow(
        "listing page",
        urls.listing(id),
        (html) => html.includes("$987.65") && !html.includes("$1,234.56"),
        repriced,
      ),
      staleWindow("home", urls.home, (html) => html.includes("$987.65"), repriced),
      staleWindow("browse", urls.browse, (html) => html.includes("$987.65"), repriced),
      staleWindow("search", urls.search, (html) => html.includes("$987.65"), repriced),
    ]);
    report("a price change", afterPrice);

    // A sale on A: B must stop offering the car.
    await browserPage.goto(`${a.base}/dashboard/listings`);
    await browserPage.getByRole("button", { name: `Mark sold: ${title}` }).click();
    await expect(browserPage.getByRole("button", { name: `Mark sold: ${title}` })).toHaveCount(0);
    const sold = Date.now();
    const afterSale = await Promise.all([
      staleWindow("listing page", urls.listing(id), (html) => html.includes("This item has sold"), sold),
      // The search page repeats the searched word, so the card's title is what must go.
      staleWindow("home", urls.home, (html) => !html.includes(title), sold),
      staleWindow("browse", urls.browse, (html) => !html.includes(title), sold),
      staleWindow("search", urls.search, (html) => !html.includes(title), sold),
    ]);
    report("a sale", afterSale);

    for (const w of [...afterPrice, ...afterSale])
      expect(w.staleMs, `${w.page} stale on B`).toBeLessThan(staleLimitMs);

    // A third instance whose Redis is down (nothing listens there) serves from the database: the
    // sold car is sold, it says so in its health check, and nothing is offered from a stale cache.
    stop(a);
    down = await startInstance(
      "C (Redis down)",
      ports.redisDown,
      s3,
      `redis://127.0.0.1:${ports.closedRedis}`,
    );
    const health = await fetch(`${down.base}/api/health`).then((r) => r.json());
    expect(health).toMatchObject({ ok: true, database: "pg", cache: { mode: "redis", reachable: false } });
    const soldPage = await page(`${down.base}/listings/${id}`);
    expect(soldPage.html).toContain("This item has sold");
    expect((await page(`${down.base}/`)).html).not.toContain(title);
    expect((await fetch(`${down.base}/photos/${photoFile}`)).status).toBe(200);
  });
});
