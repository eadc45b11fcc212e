import "server-only";
import { eq, sql } from "drizzle-orm";
import type { Executor } from "@/db/transaction";
import { conversations, listings } from "@/db/schema";

// What a conversation is about, in words, for its list, its page and its notifications: the
// listing's title, or "Order 12 · <its first item>".

export const subjectSql = sql<string>`case when ${conversations.orderId} is not null
  then 'Order ' || ${conversations.orderId} || coalesce(' · ' || (select i.title from order_items i where i.order_id = ${conversations.orderId} order by i.id limit 1), '')
  else coalesce(${listings.title}, 'a listing') end`;

export async function subjectOf(db: Pick<Executor, "select">, conversationId: number): Promise<string> {
  const [row] = await db
    .select({ subject: subjectSql })
    .from(conversations)
    .leftJoin(listings, eq(listings.id, conversations.listingId))
    .where(eq(conversations.id, conversationId));
  return row?.subject ?? "a conversation";
}
