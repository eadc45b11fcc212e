import { z } from "zod";
import { idSchema } from "@/lib/kernel/forms";
import { plainTextSchema } from "@/lib/comments/rules";

// What a message may say and how often, pure so the form and the tests share it. Messages are
// plain text as comments are (lib/comments/rules.ts), shown through the same text component.

export const messageLimits = {
  maxLength: 2_000,
  /** Messages one account may send in a window, across all its conversations. */
  perAccount: { points: 20, durationSeconds: 10 * 60 },
  /** The most messages a thread page shows (the latest ones). */
  threadLength: 200,
} as const;

const messageBodySchema = plainTextSchema({
  empty: "Write your message.",
  maxLength: messageLimits.maxLength,
});

export const conversationIdSchema = idSchema("That conversation does not exist.");

/** The first message, about a listing (to its seller) or an order (to its other party). */
export const startConversationSchema = z
  .object({
    listingId: idSchema("That listing does not exist.").optional(),
    orderId: idSchema("That order does not exist.").optional(),
    body: messageBodySchema,
  })
  .refine((input) => (input.listingId === undefined) !== (input.orderId === undefined), {
    message: "Say which listing or order the message is about.",
    path: ["form"],
  });

export const replySchema = z.object({
  conversationId: conversationIdSchema,
  body: messageBodySchema,
});

/** Which side of a conversation someone is on, or null for anyone else (an admin included). */
export function sideOf(
  conversation: { buyerId: string; sellerId: string },
  userId: string,
): "buyer" | "seller" | null {
  if (conversation.buyerId === userId) return "buyer";
  if (conversation.sellerId === userId) return "seller";
  return null;
}

const excerptLength = 160;

export function excerptOf(body: string): string {
  return body.length > excerptLength ? `${body.slice(0, excerptLength - 1)}…` : body;
}
