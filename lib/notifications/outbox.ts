import "server-only";
import { eq, sql } from "drizzle-orm";
import { selectRows } from "@/db/transaction";
import { getDb } from "@/db/client";
import { emailOutbox } from "@/db/schema";
import { getMailer } from "./mailer";

/** After this many failed sends an email stays unsent (its last error says why). */
const maxEmailAttempts = 8;
/** A claimed email is someone's for this long; a sender that died mid-send lets the next one retry after it. */
const claimMinutes = 5;

/** Minutes before the next try after `attempts` failed ones: 1, 2, 4, ... at most six hours. */
function retryDelayMinutes(attempts: number): number {
  return Math.min(2 ** Math.max(0, attempts - 1), 360);
}

type ClaimedEmail = { id: number; to_address: string; subject: string; text: string; attempts: number };

/**
 * Sends queued emails (the send-emails job). Each batch is claimed with SKIP LOCKED and pushed back
 * a few minutes before sending, so instances running this at the same time never send one email
 * twice. A failed send is retried with exponential backoff. Returns how many went out.
 */
export async function deliverQueuedEmails({
  limit = 25,
  now,
}: { limit?: number; now?: Date } = {}): Promise<number> {
  const db = await getDb();
  const at = now ? sql`${now.toISOString()}::timestamptz` : sql`now()`;
  const claimed = await selectRows<ClaimedEmail>(
    db,
    sql`
    update ${emailOutbox} set next_attempt_at = ${at} + make_interval(mins => ${claimMinutes}), attempts = attempts + 1
    where id in (
      select id from ${emailOutbox}
      where sent_at is null and next_attempt_at <= ${at} and attempts < ${maxEmailAttempts}
      order by id limit ${limit} for update skip locked)
    returning id, to_address, subject, text, attempts`,
  );
  const mailer = getMailer();
  let sent = 0;
  for (const email of claimed) {
    try {
      await mailer.send({ to: email.to_address, subject: email.subject, text: email.text });
      await db.update(emailOutbox).set({ sentAt: at, lastError: null }).where(eq(emailOutbox.id, email.id));
      sent++;
    } catch (error) {
      await db
        .update(emailOutbox)
        .set({
          lastError: (error as Error).message.slice(0, 500),
          nextAttemptAt: sql`${at} + make_interval(mins => ${retryDelayMinutes(Number(email.attempts))})`,
        })
        .where(eq(emailOutbox.id, email.id));
    }
  }
  return sent;
}
