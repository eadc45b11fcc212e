import "server-only";
import { eq } from "drizzle-orm";
import type { Executor } from "@/db/transaction";
import { emailOutbox, notifications, users, type NotificationKind } from "@/db/schema";
import { siteUrl } from "@/lib/kernel/env";
import { notificationEmail } from "./email";

// Notifications are written in the same transaction as the change they report (a bid, a close),
// with their email queued beside them; the outbox is sent after commit by whichever instance runs
// deliverQueuedEmails, so a crash never loses an email nor sends one for a change rolled back.

export type NewNotification = {
  userId: string;
  kind: NotificationKind;
  title: string;
  body: string;
  /** A path on this site. */
  href: string;
  listingId?: number;
  orderId?: number;
  /** Notifications with the same key for the same person are sent once. */
  dedupeKey?: string;
};

/** Stores the notification and queues its email; false when one with the same dedupe key already exists. */
export async function notify(db: Executor, notification: NewNotification): Promise<boolean> {
  const [row] = await db
    .insert(notifications)
    .values({
      userId: notification.userId,
      kind: notification.kind,
      title: notification.title,
      body: notification.body,
      href: notification.href,
      listingId: notification.listingId ?? null,
      orderId: notification.orderId ?? null,
      dedupeKey: notification.dedupeKey ?? null,
    })
    .onConflictDoNothing()
    .returning({ id: notifications.id });
  if (!row) return false;
  const { subject, text } = notificationEmail(notification, siteUrl());
  const [user] = await db.select({ email: users.email }).from(users).where(eq(users.id, notification.userId));
  if (user)
    await db.insert(emailOutbox).values({ notificationId: row.id, toAddress: user.email, subject, text });
  return true;
}
