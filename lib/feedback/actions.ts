"use server";

import { refresh } from "next/cache";
import { getCurrentUser } from "@/lib/auth/session";
import type { FormState } from "@/lib/kernel/forms";
import { marketClock } from "@/lib/kernel/market-clock";
import { leaveFeedback, replyToFeedback } from "./leave";

// Thin server actions for the order's feedback page. Who may rate or reply is checked in lib.

export type FeedbackFormState = FormState & { message: string };

const signedOut: FeedbackFormState = {
  ok: false,
  message: "Your session has ended. Sign in again, then retry.",
  fieldErrors: {},
};

export async function leaveFeedbackAction(
  _previous: FeedbackFormState,
  formData: FormData,
): Promise<FeedbackFormState> {
  const user = await getCurrentUser();
  if (!user) return signedOut;
  const input = {
    orderId: formData.get("orderId"),
    rating: formData.get("rating") ?? undefined,
    comment: formData.get("comment") ?? "",
  };
  const result = await leaveFeedback({ actor: user, input, clock: await marketClock() });
  if (!result.ok)
    return {
      ok: false,
      message: result.message,
      fieldErrors: result.fieldErrors,
      values: { rating: String(input.rating ?? ""), comment: String(input.comment) },
    };
  refresh();
  return { ok: true, message: result.message, fieldErrors: {} };
}

export async function replyToFeedbackAction(
  _previous: FeedbackFormState,
  formData: FormData,
): Promise<FeedbackFormState> {
  const user = await getCurrentUser();
  if (!user) return signedOut;
  const input = { feedbackId: formData.get("feedbackId"), reply: formData.get("reply") ?? "" };
  const result = await replyToFeedback({ actor: user, input, clock: await marketClock() });
  if (!result.ok)
    return {
      ok: false,
      message: result.message,
      fieldErrors: result.fieldErrors,
      values: { reply: String(input.reply) },
    };
  refresh();
  return { ok: true, message: result.message, fieldErrors: {} };
}
