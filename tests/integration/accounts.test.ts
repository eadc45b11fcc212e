import { count, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { users } from "@/db/schema";
import { createAccount, verifyCredentials } from "@/lib/auth/accounts";
import { signInLimits } from "@/lib/auth/sign-in-limits";
import { raceTest } from "../support/race-tests";
import { useTestDatabase } from "../support/test-database";

const database = useTestDatabase();
const strongPassword = "Aluminum-Bumpers-1976!";

async function countUsers(email?: string) {
  const query = database().db.select({ n: count() }).from(users);
  const [row] = email ? await query.where(sql`lower(${users.email}) = ${email.toLowerCase()}`) : await query;
  return row!.n;
}

describe("sign-up", () => {
  it("creates an account with an argon2id hash, never the password itself", async () => {
    const result = await createAccount({ email: "sergei@example.com", displayName: "Sergei", password: strongPassword });
    expect(result.ok).toBe(true);
    const [stored] = await database().db.select().from(users).where(sql`${users.email} = 'sergei@example.com'`);
    expect(stored?.passwordHash).toMatch(/^\$argon2id\$/);
    expect(stored?.passwordHash).not.toContain(strongPassword);
    expect(stored?.role).toBe("user");
  });

  it("refuses a taken email, whatever its case, and stores nothing", async () => {
    const before = await countUsers();
    const result = await createAccount({ email: "sergei@example.com".toUpperCase().toLowerCase(), displayName: "Other", password: strongPassword });
    expect(result).toEqual({ ok: false, fieldErrors: { email: expect.stringContaining("already exists") } });
    expect(await countUsers()).toBe(before);
  });

  it("refuses an easy-to-guess password with a field message and stores nothing", async () => {
    const result = await createAccount({ email: "weak@example.com", displayName: "Weak", password: "password123" });
    expect(result.ok).toBe(false);
    expect(result.ok ? null : result.fieldErrors.password).toMatch(/too easy to guess/);
    expect(await countUsers("weak@example.com")).toBe(0);
  });

  raceTest("lets exactly one of two simultaneous sign-ups with one email through", async () => {
    const attempts = await Promise.all(
      [1, 2, 3].map((n) => createAccount({ email: "race@example.com", displayName: `Racer ${n}`, password: strongPassword })),
    );
    expect(attempts.filter((a) => a.ok)).toHaveLength(1);
    expect(await countUsers("race@example.com")).toBe(1);
  });
});

describe("sign-in", () => {
  it("accepts the right password and gives the account without its hash", async () => {
    const result = await verifyCredentials({ email: "sergei@example.com", password: strongPassword, ip: "10.0.0.1" });
    expect(result.status).toBe("ok");
    expect(result.status === "ok" && result.account).toEqual({ id: expect.any(String), email: "sergei@example.com", displayName: "Sergei", role: "user" });
    expect(JSON.stringify(result)).not.toContain("argon2");
  });

  it("answers a wrong password and an unknown email the same way", async () => {
    const wrong = await verifyCredentials({ email: "sergei@example.com", password: "not-the-password", ip: "10.0.0.2" });
    const unknown = await verifyCredentials({ email: "nobody@example.com", password: "whatever-it-is", ip: "10.0.0.2" });
    expect(wrong).toEqual({ status: "invalid" });
    expect(unknown).toEqual({ status: "invalid" });
  });

  it("locks an account after repeated failures, even for the right password, and says how long", async () => {
    await createAccount({ email: "target@example.com", displayName: "Target", password: strongPassword });
    for (let i = 0; i < signInLimits.perAccount.points; i++) {
      await verifyCredentials({ email: "target@example.com", password: `guess-${i}`, ip: `10.1.0.${i}` });
    }
    const locked = await verifyCredentials({ email: "target@example.com", password: strongPassword, ip: "10.1.0.99" });
    expect(locked.status).toBe("rate_limited");
    expect(locked.status === "rate_limited" && locked.retryAfterSeconds).toBeGreaterThan(60);
    // Another account from another address is untouched.
    expect((await verifyCredentials({ email: "sergei@example.com", password: strongPassword, ip: "10.9.9.9" })).status).toBe("ok");
  });

  it("limits one address trying many accounts", async () => {
    for (let i = 0; i < signInLimits.perIp.points; i++) {
      await verifyCredentials({ email: `spray-${i}@example.com`, password: "guess-guess", ip: "10.2.0.1" });
    }
    const refused = await verifyCredentials({ email: "sergei@example.com", password: strongPassword, ip: "10.2.0.1" });
    expect(refused.status).toBe("rate_limited");
  });
});
