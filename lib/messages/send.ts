import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { getDb } from "@/db/client";
import type { Transaction } from "@/db/transaction";
import { conversations, listings, messages, orders, users } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { countHit, secondsUntil } from "@/lib/auth/counters";
import { systemClock, type Clock } from "@/lib/kernel/clock";
import { fieldErrorsOf } from "@/lib/kernel/forms";
import type { Refusal } from "@/lib/kernel/result";
import { publicViewOf } from "@/lib/listings/visibility";
import { notify } from "@/lib/notifications/notify";
import { excerptOf, messageLimits, replySchema, sideOf, startConversationSchema } from "./rules";
import { subjectOf } from "./subject";

// Sending a message: the first one about a listing or an order opens its conversation (or joins
// the one already there: one per listing and buyer, one per order), a reply goes to a conversation
// the sender is a party to. Checked, counted against the sender's rate limit, then stored with the
// other party's notification and email in one transaction.

export type MessageRefusal = Refusal<
  "invalid" | "not_found" | "forbidden" | "self" | "suspended" | "rate_limited",
  { fieldErrors: Record<string, string> }
>;

export type SendMessageResult = { ok: true; conversationId: number; messageId: number } | MessageRefusal;

const refuse = (
  reason: MessageRefusal["reason"],
  message: string,
  fieldErrors: Record<string, string> = {},
): MessageRefusal => ({ ok: false, reason, message, fieldErrors });

const notAParty = (): MessageRefusal =>
  refuse("forbidden", "Only the buyer and the seller can read or write in this conversation.");

async function rateLimited(actor: Actor, now: Date): Promise<MessageRefusal | null> {
  const count = await countHit(`message-account:${actor.id}`, messageLimits.perAccount, now);
  if (count.points <= messageLimits.perAccount.points) return null;
  const minutes = Math.ceil(secondsUntil(count.expiresAt, now) / 60);
  return refuse(
    "rate_limited",
    `You have sent a lot of messages in a short time. Wait ${minutes} minute${minutes === 1 ? "" : "s"} and try again.`,
  );
}

/** The sender's account, read in the transaction: a suspended one sends nothing. */
async function senderName(tx: Transaction, actorId: string): Promise<string | null> {
  const [sender] = await tx
    .select({ name: users.displayName })
    .from(users)
    .where(and(eq(users.id, actorId), isNull(users.disabledAt)));
  return sender?.name ?? null;
}

export async function startConversation({
  actor,
  input,
  clock = systemClock,
}: {
  actor: Actor;
  input: { listingId?: unknown; orderId?: unknown; body: unknown };
  clock?: Clock;
}): Promise<SendMessageResult> {
  const parsed = startConversationSchema.safeParse(input);
  if (!parsed.success) {
    const fieldErrors = fieldErrorsOf(parsed.error);
    if (fieldErrors.listingId) return refuse("not_found", fieldErrors.listingId);
    if (fieldErrors.orderId) return refuse("not_found", fieldErrors.orderId);
    return refuse("invalid", "Check your message.", fieldErrors);
  }
  const { listingId, orderId, body } = parsed.data;
  const parties = listingId ? await listingParties(actor, listingId) : await orderParties(actor, orderId!);
  if (!parties.ok) return parties;
  const now = clock.now();
  const limited = await rateLimited(actor, now);
  if (limited) return limited;

  const db = await getDb();
  return db.transaction(async (tx): Promise<SendMessageResult> => {
    const name = await senderName(tx, actor.id);
    if (!name) return refuse("suspended", "Your account is suspended: it cannot send messages.");
    await tx
      .insert(conversations)
      .values({
        listingId: listingId ?? null,
        orderId: orderId ?? null,
        buyerId: parties.buyerId,
        sellerId: parties.sellerId,
        createdAt: now,
        lastMessageAt: now,
        updatedAt: now,
      })
      .onConflictDoNothing();
    const [conversation] = await tx
      .select({ id: conversations.id, buyerId: conversations.buyerId, sellerId: conversations.sellerId })
      .from(conversations)
      .where(
        listingId
          ? and(
              eq(conversations.listingId, listingId),
              eq(conversations.buyerId, parties.buyerId),
              isNull(conversations.orderId),
            )
          : eq(conversations.orderId, orderId!),
      )
      .for("update");
    return addMessage(tx, { conversation: conversation!, actor, senderName: name, body, now });
  });
}

export async function replyToConversation({
  actor,
  input,
  clock = systemClock,
}: {
  actor: Actor;
  input: { conversationId: unknown; body: unknown };
  clock?: Clock;
}): Promise<SendMessageResult> {
  const parsed = replySchema.safeParse(input);
  if (!parsed.success) {
    const fieldErrors = fieldErrorsOf(parsed.error);
    if (fieldErrors.conversationId) return refuse("not_found", fieldErrors.conversationId);
    return refuse("invalid", "Check your message.", fieldErrors);
  }
  const { conversationId, body } = parsed.data;
  const db = await getDb();
  const [found] = await db
    .select({ buyerId: conversations.buyerId, sellerId: conversations.sellerId })
    .from(conversations)
    .where(eq(conversations.id, conversationId));
  if (!found) return refuse("not_found", "That conversation does not exist.");
  if (!sideOf(found, actor.id)) return notAParty();
  const now = clock.now();
  const limited = await rateLimited(actor, now);
  if (limited) return limited;

  return db.transaction(async (tx): Promise<SendMessageResult> => {
    const name = await senderName(tx, actor.id);
    if (!name) return refuse("suspended", "Your account is suspended: it cannot send messages.");
    const [conversation] = await tx
      .select({ id: conversations.id, buyerId: conversations.buyerId, sellerId: conversations.sellerId })
      .from(conversations)
      .where(eq(conversations.id, conversationId))
      .for("update");
    if (!conversation) return refuse("not_found", "That conversation does not exist.");
    return addMessage(tx, { conversation, actor, senderName: name, body, now });
  });
}

type Parties = { ok: true; buyerId: string; sellerId: string } | MessageRefusal;

/** A public listing's seller, asked by anyone but the seller. */
async function listingParties(actor: Actor, listingId: number): Promise<Parties> {
  const db = await getDb();
  const [listing] = await db
    .select({
      sellerId: listings.sellerId,
      status: listings.status,
      deletedAt: listings.deletedAt,
      hiddenAt: listings.hiddenAt,
    })
    .from(listings)
    .where(eq(listings.id, listingId));
  if (!listing || publicViewOf(listing) === "hidden")
    return refuse("not_found", "That listing does not exist.");
  if (listing.sellerId === actor.id)
    return refuse("self", "This is your own listing: you cannot message yourself about it.");
  return { ok: true, buyerId: actor.id, sellerId: listing.sellerId };
}

/** An order's two parties, asked by one of them; to anyone else the order does not exist. */
async function orderParties(actor: Actor, orderId: number): Promise<Parties> {
  const db = await getDb();
  const [order] = await db
    .select({ buyerId: orders.buyerId, sellerId: orders.sellerId })
    .from(orders)
    .where(eq(orders.id, orderId));
  if (!order || !sideOf(order, actor.id)) return refuse("not_found", "That order does not exist.");
  if (order.buyerId === order.sellerId)
    return refuse("self", "You are on both sides of this order: there is nobody to message.");
  return { ok: true, ...order };
}

async function addMessage(
  tx: Transaction,
  {
    conversation,
    actor,
    senderName,
    body,
    now,
  }: {
    conversation: { id: number; buyerId: string; sellerId: string };
    actor: Actor;
    senderName: string;
    body: string;
    now: Date;
  },
): Promise<SendMessageResult> {
  const side = sideOf(conversation, actor.id);
  if (!side) return notAParty();
  const [message] = await tx
    .insert(messages)
    .values({ conversationId: conversation.id, authorId: actor.id, body, createdAt: now })
    .returning({ id: messages.id });
  const messageId = message!.id;
  // What the sender wrote, they have read.
  await tx
    .update(conversations)
    .set({
      lastMessageAt: now,
      updatedAt: now,
      ...(side === "buyer" ? { buyerReadId: messageId } : { sellerReadId: messageId }),
    })
    .where(eq(conversations.id, conversation.id));
  const subject = await subjectOf(tx, conversation.id);
  await notify(tx, {
    userId: side === "buyer" ? conversation.sellerId : conversation.buyerId,
    kind: "message",
    href: `/messages/${conversation.id}`,
    title: `${senderName} sent you a message about ${subject}`,
    body: excerptOf(body),
    dedupeKey: `message:${messageId}`,
  });
  return { ok: true, conversationId: conversation.id, messageId };
}
