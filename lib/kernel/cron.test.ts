import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";

// The scheduler's endpoints are checked before they touch the database, so a refused call needs none.
type Route = { POST: (request: Request) => Promise<Response> };

async function loadRoutes(env: Record<string, string | undefined>): Promise<Route[]> {
  vi.resetModules();
  for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value);
  return [
    await import("@/app/api/cron/close-auctions/route"),
    await import("@/app/api/cron/expire-reservations/route"),
  ];
}

const call = (route: Route, authorization?: string) =>
  route.POST(
    new Request("http://127.0.0.1/api/cron/x", {
      method: "POST",
      headers: authorization ? { authorization } : {},
    }),
  );

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("POST /api/cron/* on PostgreSQL", () => {
  it("is switched off (503) without CRON_SECRET, never open", async () => {
    for (const route of await loadRoutes({
      DATABASE_URL: "postgres://nobody@127.0.0.1:1/none",
      CRON_SECRET: undefined,
    })) {
      const response = await call(route);
      expect(response.status).toBe(503);
      expect((await response.json()).error).toMatch(/CRON_SECRET/);
    }
  });

  it("refuses a missing or wrong bearer secret when CRON_SECRET is set", async () => {
    for (const route of await loadRoutes({
      DATABASE_URL: "postgres://nobody@127.0.0.1:1/none",
      CRON_SECRET: "s".repeat(32),
    })) {
      expect((await call(route)).status).toBe(401);
      expect((await call(route, `Bearer ${"t".repeat(32)}`)).status).toBe(401);
    }
  });
});

describe("POST /api/cron/* on the embedded database", () => {
  it("is switched off (503) without CRON_SECRET too: no secret is made up, and nothing is open", async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "cron-secret-"));
    try {
      for (const route of await loadRoutes({
        DATABASE_URL: undefined,
        CRON_SECRET: undefined,
        DATA_DIR: dataDir,
      })) {
        const response = await call(route);
        expect(response.status).toBe(503);
        expect((await response.json()).error).toMatch(/CRON_SECRET/);
      }
      expect(fs.readdirSync(dataDir)).toEqual([]);
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it("refuses a wrong bearer secret when CRON_SECRET is set", async () => {
    for (const route of await loadRoutes({ DATABASE_URL: undefined, CRON_SECRET: "s".repeat(32) })) {
      expect((await call(route, `Bearer ${"t".repeat(32)}`)).status).toBe(401);
    }
  });
});
