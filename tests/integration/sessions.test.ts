import { eq } from "drizzle-orm";
import type { AuthOptions } from "next-auth";
import { encode, type JWT } from "next-auth/jwt";
import { beforeAll, describe, expect, it } from "vitest";
import { users } from "@/db/schema";
import { changeAccountRole, changePassword } from "@/lib/auth/account-changes";
import { getAuthOptions } from "@/lib/auth/options";
import { hashPassword } from "@/lib/auth/password";
import { getAuthSecret } from "@/lib/auth/secret";
import { readSessionFromCookies } from "@/lib/auth/session-cookie";
import { unpublishListing } from "@/lib/selling/listings";
import { checkoutSellerGroup } from "@/lib/orders/checkout";
import { getOrderForViewer } from "@/lib/orders/queries";
import { withTestDatabase } from "../support/test-database";
import {
  createListing,
  createUser,
  partsFromEE,
  putInCart,
  windscreen,
  type TestUser,
} from "./checkout-fixtures";

// What a request with a given session cookie is allowed to do, through the same callbacks next-auth
// runs for /api/auth/session and the same reader getCurrentUser uses, against the real database.

const database = withTestDatabase();
let options: AuthOptions;
let seller: TestUser;
let buyer: TestUser;
let listingId: number;
let orderId: number;

beforeAll(async () => {
  options = await getAuthOptions();
  seller = await createUser(database(), { country: "EE" });
  buyer = await createUser(database(), { country: "GB" });
  listingId = await createListing(database(), {
    sellerId: seller.id,
    item: windscreen,
    priceCents: 4500,
    quantity: 5,
    shipping: partsFromEE,
    country: "EE",
  });
  await putInCart(database(), buyer.id, [{ listingId, quantity: 1 }]);
  const order = await checkoutSellerGroup({
    buyerId: buyer.id,
    input: { sellerId: seller.id, currency: "USD", country: "GB" },
  });
  if (!order.ok) throw new Error(order.message);
  orderId = order.orderId;
});

/** Signs in as next-auth does after a good password: the jwt callback with the user, then the cookie. */
async function signIn(user: TestUser, ip = "203.0.113.5"): Promise<{ token: JWT; cookie: string }> {
  const token = await options.callbacks!.jwt!({
    token: { email: user.email, name: "Tester" },
    user: { id: user.id, email: user.email, role: user.role, signInIp: ip },
    account: { provider: "credentials", type: "credentials", providerAccountId: user.id },
    trigger: "signIn",
  });
  return { token, cookie: await encode({ token, secret: await getAuthSecret() }) };
}

/** The user a later request with this cookie acts as, by next-auth's session route (null: signed out). */
async function sessionUserFor(token: JWT) {
  try {
    const refreshed = await options.callbacks!.jwt!({ token, user: undefined as never, account: null });
    const session = await options.callbacks!.session!({
      session: { expires: "" },
      token: refreshed,
    } as never);
    return session.user as { id: string; role: "user" | "admin" };
  } catch {
    return null;
  }
}

/** The user getCurrentUser gives for this cookie. */
async function currentUserFor(cookie: string) {
  return (await readSessionFromCookies([{ name: "next-auth.session-token", value: cookie }]))?.user ?? null;
}

describe("roles are read fresh", () => {
  it("an admin demoted in the database acts as a user on the next request", async () => {
    const admin = await createUser(database(), { role: "admin" });
    const { token, cookie } = await signIn(admin);
    expect((await sessionUserFor(token))?.role).toBe("admin");
    expect((await currentUserFor(cookie))?.role).toBe("admin");

    await database().db.update(users).set({ role: "user" }).where(eq(users.id, admin.id));

    const viaSession = await sessionUserFor(token);
    const actor = await currentUserFor(cookie);
    expect(viaSession).toMatchObject({ id: admin.id, role: "user" });
    expect(actor).toMatchObject({ id: admin.id, role: "user" });
    // Another buyer's order and another seller's listing are out of reach again.
    expect(await getOrderForViewer({ orderId, viewer: actor! })).toBeNull();
    const unpublished = await unpublishListing({ actor: actor!, listingId });
    expect(unpublished.ok).toBe(false);
  });

  it("changing a role through the app ends the account's sessions", async () => {
    const chief = await createUser(database(), { role: "admin" });
    const other = await createUser(database(), { role: "admin" });
    const { cookie } = await signIn(other);
    const chiefActor = (await currentUserFor((await signIn(chief)).cookie))!;
    expect(
      await changeAccountRole({ actor: { ...chiefActor, role: "user" }, userId: other.id, role: "user" }),
    ).toMatchObject({ ok: false, reason: "forbidden" });
    expect(await changeAccountRole({ actor: chiefActor, userId: other.id, role: "user" })).toEqual({
      ok: true,
    });
    expect(await currentUserFor(cookie)).toBeNull();
  });

  it("a disabled account's sessions are refused", async () => {
    const user = await createUser(database());
    const { token, cookie } = await signIn(user);
    await database().db.update(users).set({ disabledAt: new Date() }).where(eq(users.id, user.id));
    expect(await sessionUserFor(token)).toBeNull();
    expect(await currentUserFor(cookie)).toBeNull();
  });
});

describe("ending sessions", () => {
  it("after sign-out the old cookie is refused", async () => {
    const user = await createUser(database());
    const { token, cookie } = await signIn(user);
    const other = await signIn(user, "198.51.100.20");
    await options.events!.signOut!({ token, session: null as never });
    expect(await sessionUserFor(token)).toBeNull();
    expect(await currentUserFor(cookie)).toBeNull();
    // Only that browser signed out.
    expect(await currentUserFor(other.cookie)).toMatchObject({ id: user.id });
  });

  it("after a password change every other session is refused", async () => {
    const user = await createUser(database());
    const oldPassword = "Early-Aluminium-Bumpers-1974";
    await database()
      .db.update(users)
      .set({ passwordHash: await hashPassword(oldPassword) })
      .where(eq(users.id, user.id));
    const here = await signIn(user);
    const elsewhere = await signIn(user, "198.51.100.30");
    const hereSession = await readSessionFromCookies([
      { name: "next-auth.session-token", value: here.cookie },
    ]);

    expect(
      await changePassword({
        userId: user.id,
        currentSessionId: hereSession!.sessionId,
        currentPassword: "wrong-password-1",
        newPassword: "Plastic-Bumpers-Soft-Tyres-1989",
        ip: "203.0.113.5",
      }),
    ).toMatchObject({ ok: false, reason: "wrong_password" });
    expect(await currentUserFor(elsewhere.cookie)).not.toBeNull();

    const changed = await changePassword({
      userId: user.id,
      currentSessionId: hereSession!.sessionId,
      currentPassword: oldPassword,
      newPassword: "Plastic-Bumpers-Soft-Tyres-1989",
      ip: "203.0.113.5",
    });
    expect(changed).toEqual({ ok: true });
    expect(await currentUserFor(elsewhere.cookie)).toBeNull();
    expect(await sessionUserFor(elsewhere.token)).toBeNull();
    expect(await currentUserFor(here.cookie)).toMatchObject({ id: user.id });
  });

  it("refuses a cookie without a session row, a forged one and garbage", async () => {
    const user = await createUser(database());
    const legacy = await encode({
      token: { uid: user.id, role: "admin", email: user.email },
      secret: await getAuthSecret(),
    });
    expect(await currentUserFor(legacy)).toBeNull();
    const forged = await encode({
      token: { uid: user.id, sid: crypto.randomUUID() },
      secret: "another-secret-entirely-000",
    });
    expect(await currentUserFor(forged)).toBeNull();
    expect(await currentUserFor("not-a-token")).toBeNull();
  });
});
