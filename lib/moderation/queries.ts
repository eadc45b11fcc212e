import "server-only";
import { and, desc, eq, ilike, isNotNull, lt, or, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { getDb } from "@/db/client";
import { adminActions, listings, users } from "@/db/schema";
import { isAdmin, type Actor } from "@/lib/auth/actor";
import { offeredSqlFor } from "@/lib/listings/visibility";

// What the admin pages read: accounts to find, listings to hide or restore, and the audit log. Each
// answers null to anyone but an admin (the page turns that into 404). Never cached.

const pageSize = 50;

/** `%`, `_` and `\` typed into a search box match themselves. */
function likePattern(typed: string): string {
  return `%${typed.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

export type AdminAccount = {
  id: string;
  email: string;
  displayName: string;
  role: string;
  createdAt: Date;
  suspendedAt: Date | null;
  liveListings: number;
};

/** Accounts whose email or name contains `query`, newest first (the newest when empty); at most 50. */
export async function findAccounts({
  actor,
  query,
}: {
  actor: Actor;
  query: string;
}): Promise<AdminAccount[] | null> {
  if (!isAdmin(actor)) return null;
  const typed = query.trim().slice(0, 200);
  const db = await getDb();
  return db
    .select({
      id: users.id,
      email: users.email,
      displayName: users.displayName,
      role: users.role,
      createdAt: users.createdAt,
      suspendedAt: users.disabledAt,
      liveListings: sql<number>`(select count(*)::int from listings l where l.seller_id = "users"."id" and ${offeredSqlFor("l")})`,
    })
    .from(users)
    .where(
      typed
        ? or(ilike(users.email, likePattern(typed)), ilike(users.displayName, likePattern(typed)))
        : undefined,
    )
    .orderBy(desc(users.createdAt), desc(users.id))
    .limit(pageSize);
}

export type AdminListing = {
  id: number;
  title: string;
  status: string;
  sellerName: string;
  hiddenAt: Date | null;
  hiddenReason: "admin" | "suspension" | null;
};

/**
 * Listings to moderate: by id (`#12` or `12`) or title words; with no query, the hidden ones
 * (newest hidden first). At most 50.
 */
export async function findListingsToModerate({
  actor,
  query,
}: {
  actor: Actor;
  query: string;
}): Promise<AdminListing[] | null> {
  if (!isAdmin(actor)) return null;
  const typed = query.trim().replace(/^#/, "").slice(0, 200);
  const db = await getDb();
  const byId = /^\d{1,9}$/.test(typed) ? eq(listings.id, Number(typed)) : undefined;
  const where: SQL | undefined = typed
    ? (byId ?? ilike(listings.title, likePattern(typed)))
    : isNotNull(listings.hiddenAt);
  return db
    .select({
      id: listings.id,
      title: listings.title,
      status: listings.status,
      sellerName: users.displayName,
      hiddenAt: listings.hiddenAt,
      hiddenReason: listings.hiddenReason,
    })
    .from(listings)
    .innerJoin(users, eq(users.id, listings.sellerId))
    .where(and(sql`${listings.deletedAt} is null`, where))
    .orderBy(typed ? desc(listings.id) : desc(listings.hiddenAt), desc(listings.id))
    .limit(pageSize);
}

export type AuditEntry = {
  id: number;
  at: Date;
  adminName: string;
  action: string;
  subjectType: string;
  subjectId: string;
  /** An account's email or a listing's title, as it is now. */
  subjectName: string | null;
  reason: string | null;
};

/** The audit log newest first, 50 a page; `before` is the last id of the previous page. */
export async function listAuditLog({
  actor,
  before,
}: {
  actor: Actor;
  before?: number | null;
}): Promise<{ entries: AuditEntry[]; nextBefore: number | null } | null> {
  if (!isAdmin(actor)) return null;
  const db = await getDb();
  const admin = alias(users, "admin");
  const rows = await db
    .select({
      id: adminActions.id,
      at: adminActions.createdAt,
      adminName: admin.displayName,
      action: adminActions.action,
      subjectType: adminActions.subjectType,
      subjectId: adminActions.subjectId,
      subjectName: sql<string | null>`case ${adminActions.subjectType}
        when 'user' then (select u.email from users u where u.id::text = ${adminActions.subjectId})
        when 'listing' then (select l.title from listings l where l.id::text = ${adminActions.subjectId})
      end`,
      reason: sql<string | null>`${adminActions.details} ->> 'reason'`,
    })
    .from(adminActions)
    .innerJoin(admin, eq(admin.id, adminActions.adminId))
    .where(before ? lt(adminActions.id, before) : undefined)
    .orderBy(desc(adminActions.id))
    .limit(pageSize + 1);
  const entries = rows.slice(0, pageSize);
  return { entries, nextBefore: rows.length > pageSize ? entries.at(-1)!.id : null };
}
