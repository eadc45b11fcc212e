import { count, desc, eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { emailOutbox, users } from "@/db/schema";
import { createAccount, verifyCredentials } from "@/lib/auth/accounts";
import { confirmSignUp, consumeSignUpAttempt, signUpLimits } from "@/lib/auth/sign-up";
import { raceTest } from "../support/race-tests";
import { withTestDatabase } from "../support/test-database";

const database = withTestDatabase();
const strongPassword = "Aluminum-Bumpers-1976!";
const now = new Date("2026-12-01T12:00:00Z");

async function countUsers(email?: string) {
  const query = database().db.select({ n: count() }).from(users);
  const [row] = email ? await query.where(sql`lower(${users.email}) = ${email.toLowerCase()}`) : await query;
  return row!.n;
}

async function emailsTo(address: string) {
  return database()
    .db.select({ subject: emailOutbox.subject, text: emailOutbox.text })
    .from(emailOutbox)
    .where(eq(emailOutbox.toAddress, address))
    .orderBy(desc(emailOutbox.id));
}

/** Follows the newest sign-up link emailed to `address`. */
async function followSignUpLink(address: string, at = now) {
  const [latest] = await emailsTo(address);
  const token = /\/sign-up\/confirm\?token=([\w-]+)/.exec(latest?.text ?? "")?.[1];
  return confirmSignUp({ token: token ?? "", now: at });
}

describe("sign-up", () => {
  it("creates an account with an argon2id hash, never the password itself, confirmed through an emailed link", async () => {
    const result = await createAccount(
      { email: "sergei@example.com", displayName: "Sergei", password: strongPassword, country: "GB" },
      { now },
    );
    expect(result).toEqual({ ok: true, email: "sergei@example.com" });
    const [stored] = await database()
      .db.select()
      .from(users)
      .where(sql`${users.email} = 'sergei@example.com'`);
    expect(stored?.passwordHash).toMatch(/^\$argon2id\$/);
    expect(stored?.passwordHash).not.toContain(strongPassword);
    expect(stored?.role).toBe("user");
    expect(stored?.emailConfirmedAt).toBeNull();
    expect((await emailsTo("sergei@example.com"))[0]?.subject).toBe(
      "Finish creating your Moskvitch Market account",
    );

    expect(await followSignUpLink("sergei@example.com")).toMatchObject({
      id: stored!.id,
      email: "sergei@example.com",
      role: "user",
    });
    // A link works once.
    expect(await followSignUpLink("sergei@example.com")).toBeNull();
    expect(await confirmSignUp({ token: "made-up-token-made-up-token", now })).toBeNull();
  });

  it("answers a registered email exactly like a new one, tells only its owner, and changes nothing", async () => {
    const before = await countUsers();
    const [original] = await database()
      .db.select()
      .from(users)
      .where(sql`${users.email} = 'sergei@example.com'`);
    const taken = await createAccount(
      {
        email: "sergei@example.com",
        displayName: "Other",
        password: "Another-Strong-Pass-1990",
        country: "GB",
      },
      { now },
    );
    const fresh = await createAccount(
      {
        email: "somebody-new@example.com",
        displayName: "Other",
        password: "Another-Strong-Pass-1990",
        country: "GB",
      },
      { now },
    );
    expect(taken).toEqual({ ok: true, email: "sergei@example.com" });
    expect(Object.keys(taken)).toEqual(Object.keys(fresh));
    expect((await emailsTo("sergei@example.com"))[0]?.subject).toBe(
      "You already have a Moskvitch Market account",
    );
    const [after] = await database()
      .db.select()
      .from(users)
      .where(sql`${users.email} = 'sergei@example.com'`);
    expect(after).toEqual(original);
    expect(await countUsers()).toBe(before + 1);
  });

  it("a link expires after a day", async () => {
    await createAccount(
      { email: "slow@example.com", displayName: "Slow", password: strongPassword, country: "GB" },
      { now },
    );
    expect(
      await followSignUpLink(
        "slow@example.com",
        new Date(now.getTime() + (signUpLimits.linkValidHours * 60 + 1) * 60 * 1000),
      ),
    ).toBeNull();
  });

  it("refuses an easy-to-guess password with a field message and stores nothing", async () => {
    const result = await createAccount({
      email: "weak@example.com",
      displayName: "Weak",
      password: "password123",
      country: "GB",
    });
    expect(result.ok).toBe(false);
    expect(result.ok ? null : result.fieldErrors.password).toMatch(/too easy to guess/);
    expect(await countUsers("weak@example.com")).toBe(0);
  });

  raceTest("lets exactly one account come of simultaneous sign-ups with one email", async () => {
    const attempts = await Promise.all(
      [1, 2, 3].map((n) =>
        createAccount({
          email: "race@example.com",
          displayName: `Racer ${n}`,
          password: strongPassword,
          country: "GB",
        }),
      ),
    );
    expect(attempts.every((a) => a.ok)).toBe(true);
    expect(await countUsers("race@example.com")).toBe(1);
  });

  it("throttles sign-ups from one address, and sends one address only a few emails", async () => {
    const results = [];
    for (let i = 0; i < signUpLimits.perIp.points + 5; i++)
      results.push(await consumeSignUpAttempt({ ip: "192.0.2.77", now }));
    expect(results.filter((r) => r.allowed)).toHaveLength(signUpLimits.perIp.points);
    expect(results.at(-1)).toEqual({ allowed: false, retryAfterSeconds: signUpLimits.perIp.durationSeconds });
    expect((await consumeSignUpAttempt({ ip: "192.0.2.78", now })).allowed).toBe(true);
    expect(
      (await consumeSignUpAttempt({ ip: "192.0.2.77", now: new Date(now.getTime() + 15 * 60 * 1000) }))
        .allowed,
    ).toBe(true);

    for (let i = 0; i < 5; i++)
      await createAccount(
        { email: "bombed@example.com", displayName: "Bombed", password: strongPassword, country: "GB" },
        { now },
      );
    expect(await emailsTo("bombed@example.com")).toHaveLength(signUpLimits.emailsPerAddress.points);
  });
});

describe("sign-in", () => {
  it("accepts the right password and gives the account without its hash", async () => {
    const result = await verifyCredentials({
      email: "sergei@example.com",
      password: strongPassword,
      ip: "10.0.0.1",
      now,
    });
    expect(result.status).toBe("ok");
    expect(result.status === "ok" && result.account).toEqual({
      id: expect.any(String),
      email: "sergei@example.com",
      displayName: "Sergei",
      role: "user",
    });
    expect(JSON.stringify(result)).not.toContain("argon2");
  });

  it("answers a wrong password, an unknown email and an unconfirmed account the same way", async () => {
    const wrong = await verifyCredentials({
      email: "sergei@example.com",
      password: "not-the-password",
      ip: "10.0.0.2",
      now,
    });
    const unknown = await verifyCredentials({
      email: "nobody@example.com",
      password: "whatever-it-is",
      ip: "10.0.0.2",
      now,
    });
    const unconfirmed = await verifyCredentials({
      email: "somebody-new@example.com",
      password: "Another-Strong-Pass-1990",
      ip: "10.0.0.2",
      now,
    });
    expect(wrong).toEqual({ status: "invalid" });
    expect(unknown).toEqual({ status: "invalid" });
    expect(unconfirmed).toEqual({ status: "invalid" });
  });
});

describe("sign-in through GitHub", () => {
  it("takes over an unconfirmed sign-up for the address and drops the password someone else may have set", async () => {
    const { upsertOAuthAccount } = await import("@/lib/auth/accounts");
    await createAccount(
      {
        email: "preclaimed@example.com",
        displayName: "Squatter",
        password: "Squatters-Password-1999",
        country: "GB",
      },
      { now },
    );
    const account = await upsertOAuthAccount({ email: "preclaimed@example.com", displayName: "Owner" });
    const [stored] = await database().db.select().from(users).where(eq(users.id, account.id));
    expect(stored?.emailConfirmedAt).not.toBeNull();
    expect(stored?.passwordHash).toBeNull();
    expect(
      (
        await verifyCredentials({
          email: "preclaimed@example.com",
          password: "Squatters-Password-1999",
          ip: "10.0.0.9",
          now,
        })
      ).status,
    ).toBe("invalid");
  });
});
