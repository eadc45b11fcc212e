import "server-only";
import { and, desc, eq, inArray, isNull, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { notifications } from "@/db/schema";

// A person's own notifications: every read and write is scoped to their user id.

export type NotificationItem = {
  id: number;
  kind: string;
  title: string;
  body: string;
  href: string;
  read: boolean;
  createdAt: string;
};

export async function listNotifications({
  userId,
  limit = 50,
}: {
  userId: string;
  limit?: number;
}): Promise<NotificationItem[]> {
  const db = await getDb();
  const rows = await db
    .select({
      id: notifications.id,
      kind: notifications.kind,
      title: notifications.title,
      body: notifications.body,
      href: notifications.href,
      readAt: notifications.readAt,
      createdAt: notifications.createdAt,
    })
    .from(notifications)
    .where(eq(notifications.userId, userId))
    .orderBy(desc(notifications.id))
    .limit(limit);
  return rows.map(({ readAt, createdAt, ...row }) => ({
    ...row,
    read: readAt !== null,
    createdAt: createdAt.toISOString(),
  }));
}

export async function countUnreadNotifications({ userId }: { userId: string }): Promise<number> {
  const db = await getDb();
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(notifications)
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
  return Number(row?.n ?? 0);
}

/** Marks the given notifications (or all) read; another person's ids change nothing. */
export async function markNotificationsRead({
  userId,
  ids,
}: {
  userId: string;
  ids?: number[];
}): Promise<number> {
  const db = await getDb();
  const rows = await db
    .update(notifications)
    .set({ readAt: sql`now()` })
    .where(
      and(
        eq(notifications.userId, userId),
        isNull(notifications.readAt),
        ids ? inArray(notifications.id, ids.length ? ids : [-1]) : undefined,
      ),
    )
    .returning({ id: notifications.id });
  return rows.length;
}
