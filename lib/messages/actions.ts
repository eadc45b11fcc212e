"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/session";
import { marketClock } from "@/lib/kernel/market-clock";
import { markConversationRead } from "./queries";
import { conversationIdSchema } from "./rules";
import { replyToConversation, startConversation, type SendMessageResult } from "./send";

// Thin server actions for the message forms: session, one lib call, then the thread's page.

/** `body` is what was typed, refilled after a refusal. */
export type MessageFormState = {
  ok: boolean;
  message: string;
  fieldErrors: Record<string, string>;
  body?: string;
};

const typed = (value: FormDataEntryValue | null) => (typeof value === "string" ? value.slice(0, 4_000) : "");

function refusal(result: Exclude<SendMessageResult, { ok: true }>, body: string): MessageFormState {
  return { ok: false, message: result.message, fieldErrors: result.fieldErrors, body };
}

/** The first message about a listing or an order; opens (or joins) its conversation and goes there. */
export async function startConversationAction(
  _previous: MessageFormState,
  formData: FormData,
): Promise<MessageFormState> {
  const user = await getCurrentUser();
  if (!user) return { ok: false, message: "Sign in to send a message.", fieldErrors: {} };
  const about = (name: string) => {
    const value = formData.get(name);
    return value === null || value === "" ? undefined : value;
  };
  const result = await startConversation({
    actor: user,
    input: { listingId: about("listingId"), orderId: about("orderId"), body: formData.get("body") },
    clock: await marketClock(),
  });
  if (!result.ok) return refusal(result, typed(formData.get("body")));
  revalidatePath("/messages");
  redirect(`/messages/${result.conversationId}`);
}

export async function replyAction(
  _previous: MessageFormState,
  formData: FormData,
): Promise<MessageFormState> {
  const user = await getCurrentUser();
  if (!user) return { ok: false, message: "Sign in to send a message.", fieldErrors: {} };
  const result = await replyToConversation({
    actor: user,
    input: { conversationId: formData.get("conversationId"), body: formData.get("body") },
    clock: await marketClock(),
  });
  if (!result.ok) return refusal(result, typed(formData.get("body")));
  revalidatePath(`/messages/${result.conversationId}`);
  return { ok: true, message: "Sent.", fieldErrors: {} };
}

/** Called by the thread page once it is shown, so opening a conversation marks it read (a page render never writes). */
export async function markConversationReadAction(conversationId: number, upTo: number): Promise<boolean> {
  const user = await getCurrentUser();
  const id = conversationIdSchema.safeParse(conversationId);
  if (!user || !id.success || !Number.isSafeInteger(upTo) || upTo < 1) return false;
  return markConversationRead({ userId: user.id, conversationId: id.data, upTo });
}
