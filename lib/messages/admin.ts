import "server-only";
import { desc, eq, lt, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { getDb } from "@/db/client";
import { adminActions, conversations, listings, users } from "@/db/schema";
import { isAdmin, type Actor } from "@/lib/auth/actor";
import { systemClock, type Clock } from "@/lib/kernel/clock";
import { readThread, type ThreadAnswer } from "./queries";
import { subjectSql } from "./subject";

// Admins may read any conversation (to look into a complaint or a shill), never write in one they
// are not a party to. Every read is a row in the audit log, written in the same transaction.

const buyers = alias(users, "buyer");
const sellers = alias(users, "seller");
const pageSize = 50;

export type AdminConversation = {
  id: number;
  subject: string;
  buyerName: string;
  sellerName: string;
  messageCount: number;
  lastMessageAt: Date;
};

/** Conversations newest first, 50 a page, without their text; null to anyone but an admin. */
export async function listConversationsForAdmin({
  actor,
  before,
}: {
  actor: Actor;
  before?: number | null;
}): Promise<{ conversations: AdminConversation[]; nextBefore: number | null } | null> {
  if (!isAdmin(actor)) return null;
  const db = await getDb();
  const rows = await db
    .select({
      id: conversations.id,
      subject: subjectSql,
      buyerName: buyers.displayName,
      sellerName: sellers.displayName,
      messageCount: sql<number>`(select count(*)::int from messages m where m.conversation_id = ${conversations.id})`,
      lastMessageAt: conversations.lastMessageAt,
    })
    .from(conversations)
    .innerJoin(buyers, eq(buyers.id, conversations.buyerId))
    .innerJoin(sellers, eq(sellers.id, conversations.sellerId))
    .leftJoin(listings, eq(listings.id, conversations.listingId))
    .where(before ? lt(conversations.id, before) : undefined)
    .orderBy(desc(conversations.id))
    .limit(pageSize + 1);
  const page = rows.slice(0, pageSize).map((row) => ({ ...row, messageCount: Number(row.messageCount) }));
  return { conversations: page, nextBefore: rows.length > pageSize ? page.at(-1)!.id : null };
}

/** An admin's read of a conversation, logged as `conversation.read` with the admin and the time. */
export async function readConversationAsAdmin({
  actor,
  conversationId,
  clock = systemClock,
}: {
  actor: Actor;
  conversationId: number;
  clock?: Clock;
}): Promise<ThreadAnswer> {
  if (!isAdmin(actor)) return { ok: false, reason: "forbidden", message: "Only an admin can do that." };
  const db = await getDb();
  return db.transaction(async (tx) => {
    const answer = await readThread(tx, { conversationId, viewer: actor, asAdmin: true });
    if (!answer.ok) return answer;
    await tx.insert(adminActions).values({
      adminId: actor.id,
      action: "conversation.read",
      subjectType: "conversation",
      subjectId: String(conversationId),
      details: { messages: answer.thread.messages.length },
      createdAt: clock.now(),
    });
    return answer;
  });
}
