import "server-only";
import { eq, sql } from "drizzle-orm";
import { selectRows } from "@/db/transaction";
import { getDb } from "@/db/client";
import { emailOutbox } from "@/db/schema";
import { getMailer } from "./mailer";

const maxAttempts = 5;

type ClaimedEmail = { id: number; to_address: string; subject: string; text: string };

/**
 * Sends queued emails. Each batch is claimed with SKIP LOCKED and pushed back five minutes before
 * sending, so instances running this at the same time never send one email twice, and a failed
 * send is retried later. Returns how many went out.
 */
export async function deliverQueuedEmails({ limit = 25 }: { limit?: number } = {}): Promise<number> {
  const db = await getDb();
  const claimed = await selectRows<ClaimedEmail>(db, sql`
    update ${emailOutbox} set next_attempt_at = now() + interval '5 minutes', attempts = attempts + 1
    where id in (
      select id from ${emailOutbox}
      where sent_at is null and next_attempt_at <= now() and attempts < ${maxAttempts}
      order by id limit ${limit} for update skip locked)
    returning id, to_address, subject, text`);
  const mailer = getMailer();
  let sent = 0;
  for (const email of claimed) {
    try {
      await mailer.send({ to: email.to_address, subject: email.subject, text: email.text });
      await db.update(emailOutbox).set({ sentAt: sql`now()`, lastError: null }).where(eq(emailOutbox.id, email.id));
      sent++;
    } catch (error) {
      await db.update(emailOutbox).set({ lastError: (error as Error).message.slice(0, 500) }).where(eq(emailOutbox.id, email.id));
    }
  }
  return sent;
}
