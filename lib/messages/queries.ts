import "server-only";
import { and, desc, eq, gt, isNull, ne, or, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { getDb } from "@/db/client";
import type { Executor } from "@/db/transaction";
import { conversations, listings, messages, users } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { excerptOf, messageLimits, sideOf } from "./rules";
import { subjectOf, subjectSql } from "./subject";

// A member's own conversations: every read is scoped to the conversations they are a party to.

const buyers = alias(users, "buyer");
const sellers = alias(users, "seller");

/** Messages in a conversation the viewer has not seen: the other party's, after the viewer's last read. */
const unreadFor = (userId: string) => sql<number>`(
  select count(*)::int from ${messages} m
  where m.conversation_id = ${conversations.id} and m.author_id <> ${userId}
    and m.id > case when ${conversations.buyerId} = ${userId} then ${conversations.buyerReadId} else ${conversations.sellerReadId} end)`;

export type ConversationSummary = {
  id: number;
  subject: string;
  listingId: number | null;
  orderId: number | null;
  otherName: string;
  /** The viewer's side. */
  side: "buyer" | "seller";
  lastMessage: string;
  lastMessageAt: Date;
  unread: number;
};

const lastMessageSql = sql<string>`coalesce((select m.body from ${messages} m where m.conversation_id = ${conversations.id} order by m.id desc limit 1), '')`;

/** The viewer's conversations, latest message first; at most 100. */
export async function listConversations({ userId }: { userId: string }): Promise<ConversationSummary[]> {
  const db = await getDb();
  const rows = await db
    .select({
      id: conversations.id,
      listingId: conversations.listingId,
      orderId: conversations.orderId,
      buyerId: conversations.buyerId,
      sellerId: conversations.sellerId,
      buyerName: buyers.displayName,
      sellerName: sellers.displayName,
      subject: subjectSql,
      lastMessage: lastMessageSql,
      lastMessageAt: conversations.lastMessageAt,
      unread: unreadFor(userId),
    })
    .from(conversations)
    .innerJoin(buyers, eq(buyers.id, conversations.buyerId))
    .innerJoin(sellers, eq(sellers.id, conversations.sellerId))
    .leftJoin(listings, eq(listings.id, conversations.listingId))
    .where(or(eq(conversations.buyerId, userId), eq(conversations.sellerId, userId)))
    .orderBy(desc(conversations.lastMessageAt), desc(conversations.id))
    .limit(100);
  return rows.map((row) => {
    const side = row.buyerId === userId ? "buyer" : "seller";
    return {
      id: row.id,
      subject: row.subject,
      listingId: row.listingId,
      orderId: row.orderId,
      otherName: side === "buyer" ? row.sellerName : row.buyerName,
      side,
      lastMessage: excerptOf(row.lastMessage),
      lastMessageAt: row.lastMessageAt,
      unread: Number(row.unread),
    };
  });
}

/** The header's count: messages from others the viewer has not opened yet. */
export async function countUnreadMessages({ userId }: { userId: string }): Promise<number> {
  const db = await getDb();
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(messages)
    .innerJoin(conversations, eq(conversations.id, messages.conversationId))
    .where(
      and(
        ne(messages.authorId, userId),
        or(
          and(eq(conversations.buyerId, userId), gt(messages.id, conversations.buyerReadId)),
          and(eq(conversations.sellerId, userId), gt(messages.id, conversations.sellerReadId)),
        ),
      ),
    );
  return Number(row?.n ?? 0);
}

export type ThreadMessage = {
  id: number;
  authorId: string;
  authorName: string;
  body: string;
  createdAt: Date;
};

export type ConversationThread = {
  id: number;
  subject: string;
  listingId: number | null;
  orderId: number | null;
  buyer: { id: string; name: string };
  seller: { id: string; name: string };
  /** The latest messages, oldest first. */
  messages: ThreadMessage[];
  /** The id of the last message the viewer had read before this visit. */
  readUpTo: number;
};

export type ThreadAnswer =
  | { ok: true; thread: ConversationThread }
  | { ok: false; reason: "not_found" | "forbidden"; message: string };

/** Reads a conversation: `viewer` must be one of its two parties unless `asAdmin` (the admin read, logged by its caller). */
export async function readThread(
  db: Pick<Executor, "select">,
  { conversationId, viewer, asAdmin = false }: { conversationId: number; viewer: Actor; asAdmin?: boolean },
): Promise<ThreadAnswer> {
  const [row] = await db
    .select({
      id: conversations.id,
      listingId: conversations.listingId,
      orderId: conversations.orderId,
      buyerId: conversations.buyerId,
      sellerId: conversations.sellerId,
      buyerReadId: conversations.buyerReadId,
      sellerReadId: conversations.sellerReadId,
      buyerName: buyers.displayName,
      sellerName: sellers.displayName,
    })
    .from(conversations)
    .innerJoin(buyers, eq(buyers.id, conversations.buyerId))
    .innerJoin(sellers, eq(sellers.id, conversations.sellerId))
    .where(eq(conversations.id, conversationId));
  if (!row) return { ok: false, reason: "not_found", message: "That conversation does not exist." };
  const side = sideOf(row, viewer.id);
  if (!side && !asAdmin)
    return {
      ok: false,
      reason: "forbidden",
      message: "Only the buyer and the seller can read or write in this conversation.",
    };
  const latest = await db
    .select({
      id: messages.id,
      authorId: messages.authorId,
      authorName: users.displayName,
      body: messages.body,
      createdAt: messages.createdAt,
    })
    .from(messages)
    .innerJoin(users, eq(users.id, messages.authorId))
    .where(eq(messages.conversationId, conversationId))
    .orderBy(desc(messages.id))
    .limit(messageLimits.threadLength);
  return {
    ok: true,
    thread: {
      id: row.id,
      subject: await subjectOf(db, row.id),
      listingId: row.listingId,
      orderId: row.orderId,
      buyer: { id: row.buyerId, name: row.buyerName },
      seller: { id: row.sellerId, name: row.sellerName },
      messages: latest.reverse(),
      readUpTo: side === "buyer" ? row.buyerReadId : side === "seller" ? row.sellerReadId : 0,
    },
  };
}

export async function getThreadForParty({
  conversationId,
  viewer,
}: {
  conversationId: number;
  viewer: Actor;
}): Promise<ThreadAnswer> {
  return readThread(await getDb(), { conversationId, viewer });
}

/**
 * Marks the viewer's side read up to `upTo` (a message id they were shown), never backwards;
 * another person's conversation changes nothing. Returns whether anything changed.
 */
export async function markConversationRead({
  userId,
  conversationId,
  upTo,
}: {
  userId: string;
  conversationId: number;
  upTo: number;
}): Promise<boolean> {
  const db = await getDb();
  const newest = sql`least(${upTo}, (select coalesce(max(m.id), 0) from ${messages} m where m.conversation_id = ${conversationId}))`;
  const asBuyer = await db
    .update(conversations)
    .set({ buyerReadId: sql`greatest(${conversations.buyerReadId}, ${newest})` })
    .where(
      and(
        eq(conversations.id, conversationId),
        eq(conversations.buyerId, userId),
        sql`${conversations.buyerReadId} < ${upTo}`,
      ),
    )
    .returning({ id: conversations.id });
  const asSeller = await db
    .update(conversations)
    .set({ sellerReadId: sql`greatest(${conversations.sellerReadId}, ${newest})` })
    .where(
      and(
        eq(conversations.id, conversationId),
        eq(conversations.sellerId, userId),
        sql`${conversations.sellerReadId} < ${upTo}`,
      ),
    )
    .returning({ id: conversations.id });
  return asBuyer.length + asSeller.length > 0;
}

/** The viewer's conversation about a listing (as its buyer) or an order (as either party), if one exists. */
export async function findConversationAbout({
  userId,
  listingId,
  orderId,
}: {
  userId: string;
  listingId?: number;
  orderId?: number;
}): Promise<number | null> {
  const db = await getDb();
  const [row] = await db
    .select({ id: conversations.id })
    .from(conversations)
    .where(
      listingId
        ? and(
            eq(conversations.listingId, listingId),
            eq(conversations.buyerId, userId),
            isNull(conversations.orderId),
          )
        : and(
            eq(conversations.orderId, orderId ?? -1),
            or(eq(conversations.buyerId, userId), eq(conversations.sellerId, userId)),
          ),
    );
  return row?.id ?? null;
}
