import { createServer, request as httpRequest, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAccount, verifyCredentials } from "@/lib/auth/accounts";
import { clientIpFrom, socketAddressHeader } from "@/lib/auth/client-ip";
import { hashPassword } from "@/lib/auth/password";
import { openSession } from "@/lib/auth/sessions";
import { signInLimits } from "@/lib/auth/sign-in-limits";
import { recordSocketAddresses } from "@/lib/auth/socket-address";
import { users } from "@/db/schema";
import { withTestDatabase } from "../support/test-database";

const database = withTestDatabase();
const password = "Aluminum-Bumpers-1976!";
const minutes = (n: number) => n * 60 * 1000;
let clock = new Date("2026-12-01T10:00:00Z");
const later = (ms: number) => (clock = new Date(clock.getTime() + ms));

async function account(email: string) {
  const [row] = await database()
    .db.insert(users)
    .values({ email, displayName: "Owner", passwordHash: await hashPassword(password) })
    .returning({ id: users.id });
  return row!.id;
}

const attempt = (email: string, ip: string, pass = "wrong-guess-123") =>
  verifyCredentials({ email, password: pass, ip, now: clock });

// A real HTTP server, as under `next start`: the address a sign-in is counted against is read from
// the request exactly as the sign-in handler reads it.
describe("the address sign-in attempts count against", () => {
  let server: Server;
  let port = 0;
  beforeAll(async () => {
    recordSocketAddresses();
    server = createServer((req, res) => res.end(JSON.stringify(req.headers)));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const headersSeen = (headers: Record<string, string>) =>
    new Promise<IncomingHttpHeaders>((resolve, reject) => {
      const req = httpRequest({ host: "127.0.0.1", port, headers }, (res) => {
        let body = "";
        res.on("data", (chunk) => (body += chunk));
        res.on("end", () => resolve(JSON.parse(body) as IncomingHttpHeaders));
      });
      req.on("error", reject);
      req.end();
    });

  it("60 tries with a new X-Forwarded-For each are limited like 60 tries from one address", async () => {
    const direct = { hops: 0, proxies: [] };
    const refusals = async (prefix: string, forwardedFor: (i: number) => string | undefined) => {
      let refused = 0;
      for (let i = 0; i < 60; i++) {
        const forged = forwardedFor(i);
        // A client also sending our own header gets it overwritten by the connection's address.
        const seen = await headersSeen(
          forged ? { "x-forwarded-for": forged, [socketAddressHeader]: forged } : {},
        );
        const ip = clientIpFrom(seen, direct);
        expect(ip).toBe("127.0.0.1");
        const result = await attempt(`${prefix}-${i}@example.com`, `${prefix}|${ip}`);
        if (result.status === "rate_limited") refused++;
      }
      return refused;
    };
    const spoofed = await refusals("spoof", (i) => `198.51.100.${i + 1}`);
    const plain = await refusals("plain", () => undefined);
    expect(spoofed).toBe(60 - signInLimits.perIp.points);
    expect(spoofed).toBe(plain);
  });

  it("behind one proxy, the right-most forwarded address is the client", async () => {
    const seen = await headersSeen({ "x-forwarded-for": "6.6.6.6, 203.0.113.77" });
    expect(clientIpFrom(seen, { hops: 1, proxies: [] })).toBe("203.0.113.77");
    expect(clientIpFrom(seen, { hops: 0, proxies: ["127.0.0.1"] })).toBe("203.0.113.77");
    expect(clientIpFrom(seen, { hops: 0, proxies: ["10.0.0.0/8"] })).toBe("127.0.0.1");
  });
});

describe("slowing guessers without locking the owner out", () => {
  it("wrong passwords from five other addresses leave the owner signing in", async () => {
    await account("owner@example.com");
    for (let i = 0; i < 5; i++)
      expect((await attempt("owner@example.com", `192.0.2.${i}`)).status).toBe("invalid");
    expect((await attempt("owner@example.com", "203.0.113.10", password)).status).toBe("ok");
  });

  it("refuses one address guessing one account, for longer each time, and not the owner elsewhere", async () => {
    await account("pair@example.com");
    for (let i = 0; i < signInLimits.perAccountAndIp.points; i++)
      await attempt("pair@example.com", "192.0.2.50");
    const refused = await attempt("pair@example.com", "192.0.2.50", password);
    expect(refused).toEqual({ status: "rate_limited", retryAfterSeconds: 15 * 60 });
    expect((await attempt("pair@example.com", "203.0.113.11", password)).status).toBe("ok");

    later(minutes(15));
    for (let i = 0; i < signInLimits.perAccountAndIp.points; i++)
      expect((await attempt("pair@example.com", "192.0.2.50")).status).toBe("invalid");
    expect(await attempt("pair@example.com", "192.0.2.50", password)).toEqual({
      status: "rate_limited",
      retryAfterSeconds: 30 * 60,
    });
    later(minutes(30));
    expect((await attempt("pair@example.com", "192.0.2.50", password)).status).toBe("ok");
  });

  it("many addresses guessing one account: unknown addresses wait, the owner's known address does not", async () => {
    const id = await account("famous@example.com");
    await openSession({ userId: id, ip: "203.0.113.12", now: clock });
    for (let i = 0; i < signInLimits.perAccount.points; i++)
      await attempt("famous@example.com", `192.0.2.${100 + i}`);
    expect((await attempt("famous@example.com", "198.51.100.200", password)).status).toBe("rate_limited");
    expect((await attempt("famous@example.com", "203.0.113.12", password)).status).toBe("ok");
    later(minutes(60));
    expect((await attempt("famous@example.com", "198.51.100.200", password)).status).toBe("ok");
  });

  it("an address spraying many accounts is refused", async () => {
    for (let i = 0; i < signInLimits.perIp.points; i++)
      await attempt(`spray-${i}@example.com`, "192.0.2.250");
    expect((await attempt("owner@example.com", "192.0.2.250", password)).status).toBe("rate_limited");
    expect((await attempt("owner@example.com", "192.0.2.251", password)).status).toBe("ok");
  });

  it("an account created by sign-up cannot sign in until its email link is followed", async () => {
    const result = await createAccount({
      email: "fresh@example.com",
      displayName: "Fresh",
      password,
      country: "GB",
    });
    expect(result.ok).toBe(true);
    expect((await attempt("fresh@example.com", "203.0.113.13", password)).status).toBe("invalid");
  });
});

describe("a busy shared address", () => {
  it("successful sign-ins do not use up the address's allowance", async () => {
    await account("office@example.com");
    for (let i = 0; i < signInLimits.perIp.points + 5; i++)
      expect((await attempt("office@example.com", "192.0.2.200", password)).status).toBe("ok");
  });
});

describe("housekeeping", () => {
  it("forgets windows that are over and sessions that ended long ago, and keeps the rest", async () => {
    const { sweepExpired } = await import("@/lib/auth/sign-in-limits");
    const { rateLimits, sessions } = await import("@/db/schema");
    const { resolveSession, revokeSession } = await import("@/lib/auth/sessions");
    const id = await account("sweep@example.com");
    const old = await openSession({ userId: id, ip: "192.0.2.1", now: clock });
    await revokeSession(old, clock);
    await attempt("sweep@example.com", "192.0.2.1");
    later(minutes(60 * 24 * 31));
    const fresh = await openSession({ userId: id, ip: "192.0.2.1", now: clock });
    await attempt("sweep@example.com", "192.0.2.2");
    await sweepExpired(clock);
    const keys = (await database().db.select({ key: rateLimits.key }).from(rateLimits)).map((r) => r.key);
    expect(keys.some((k) => k.includes("192.0.2.1"))).toBe(false);
    expect(keys.some((k) => k.includes("192.0.2.2"))).toBe(true);
    const left = (await database().db.select({ id: sessions.id }).from(sessions)).map((r) => r.id);
    expect(left).not.toContain(old);
    expect(await resolveSession(fresh, clock)).toMatchObject({ id });
  });
});
