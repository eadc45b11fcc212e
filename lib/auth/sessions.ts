import "server-only";
import type { Role } from "./actor";
import { and, eq, isNull, ne, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import type { Transaction } from "@/db/transaction";
import { sessions, users } from "@/db/schema";

// The session cookie is a signed token naming a row here. Each request looks that row up with its
// account in one indexed read, so the role, the account's state and revocation are always current.

export type SessionUser = { id: string; name: string; email: string; role: Role };

export const sessionMaxAgeSeconds = 30 * 24 * 60 * 60;
/** last_seen_at is written at most this often, so reading a session is not a write per request. */
const touchEverySeconds = 5 * 60;

const plus = (date: Date, seconds: number) => new Date(date.getTime() + seconds * 1000);

export async function openSession(input: { userId: string; ip: string; now?: Date }): Promise<string> {
  const now = input.now ?? new Date();
  const db = await getDb();
  const [row] = await db
    .insert(sessions)
    .values({
      userId: input.userId,
      ipAddress: input.ip,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: expiryFrom(now),
    })
    .returning({ id: sessions.id });
  return row!.id;
}

type SessionRow = {
  revokedAt: Date | null;
  disabledAt: Date | null;
  confirmedAt: Date | null;
  expiresAt: Date;
};

/** A session lets its browser in while it is neither expired nor revoked, and its account is confirmed and not disabled. */
export function isSessionOpen(row: SessionRow, now: Date): boolean {
  return !row.revokedAt && !row.disabledAt && Boolean(row.confirmedAt) && row.expiresAt > now;
}

/** Whether this read should record the visit (and so push the expiry a full max age past now). */
export function needsTouch(lastSeenAt: Date, now: Date): boolean {
  return now.getTime() - lastSeenAt.getTime() > touchEverySeconds * 1000;
}

/** The expiry a session gets when it is opened or touched: it ends after this long without a visit. */
export function expiryFrom(seenAt: Date): Date {
  return plus(seenAt, sessionMaxAgeSeconds);
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The signed-in user as the database says now, or null when the session is over, revoked or the account disabled. */
export async function resolveSession(
  sessionId: string | undefined,
  now: Date = new Date(),
): Promise<SessionUser | null> {
  if (!sessionId || !uuidPattern.test(sessionId)) return null;
  const db = await getDb();
  const [row] = await db
    .select({
      id: users.id,
      name: users.displayName,
      email: users.email,
      role: users.role,
      disabledAt: users.disabledAt,
      confirmedAt: users.emailConfirmedAt,
      revokedAt: sessions.revokedAt,
      expiresAt: sessions.expiresAt,
      lastSeenAt: sessions.lastSeenAt,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(eq(sessions.id, sessionId))
    .limit(1);
  if (!row || !isSessionOpen(row, now)) return null;
  if (needsTouch(row.lastSeenAt, now)) {
    await db
      .update(sessions)
      .set({ lastSeenAt: now, expiresAt: expiryFrom(now) })
      .where(and(eq(sessions.id, sessionId), isNull(sessions.revokedAt)));
  }
  return { id: row.id, name: row.name, email: row.email, role: row.role };
}

/** Sign-out: this browser's session ends. */
export async function revokeSession(sessionId: string | undefined, now: Date = new Date()): Promise<void> {
  if (!sessionId || !uuidPattern.test(sessionId)) return;
  const db = await getDb();
  await db
    .update(sessions)
    .set({ revokedAt: now })
    .where(and(eq(sessions.id, sessionId), isNull(sessions.revokedAt)));
}

/** Forgets sessions that ended (expired or revoked) more than a month ago. */
export async function deleteEndedSessions(now: Date): Promise<void> {
  const db = await getDb();
  const cutoff = new Date(now.getTime() - sessionMaxAgeSeconds * 1000);
  await db
    .delete(sessions)
    .where(
      sql`${sessions.expiresAt} < ${cutoff.toISOString()}::timestamptz or ${sessions.revokedAt} < ${cutoff.toISOString()}::timestamptz`,
    );
}

type Executor = Pick<Transaction, "update">;

/** Ends every open session of the account (password or role changed), except `exceptSessionId` when given. */
export async function revokeAllSessions(
  input: { userId: string; exceptSessionId?: string; now?: Date },
  executor?: Executor,
): Promise<void> {
  const db = executor ?? (await getDb());
  const keep =
    input.exceptSessionId && uuidPattern.test(input.exceptSessionId)
      ? ne(sessions.id, input.exceptSessionId)
      : sql`true`;
  await db
    .update(sessions)
    .set({ revokedAt: input.now ?? new Date() })
    .where(and(eq(sessions.userId, input.userId), isNull(sessions.revokedAt), keep));
}
