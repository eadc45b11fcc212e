"use server";

import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/session";
import { refreshListingCaches } from "@/lib/kernel/cache";
import { cancelTestPayment, completeTestPayment } from "@/lib/orders/test-payments";
import type { FormState } from "@/lib/kernel/forms";

// The test-payment page's two buttons. Both end in the same webhook handler Stripe's events reach.

export type TestPaymentState = FormState & { message: string };

const signedOut: TestPaymentState = {
  ok: false,
  message: "Your session has ended. Sign in again, then retry.",
  fieldErrors: {},
};

export async function payTestCheckoutAction(
  _previous: TestPaymentState,
  formData: FormData,
): Promise<TestPaymentState> {
  const user = await getCurrentUser();
  if (!user) return signedOut;
  const field = (name: string) => formData.get(name) ?? "";
  const result = await completeTestPayment({
    buyerId: user.id,
    input: {
      sessionId: field("sessionId"),
      name: field("name"),
      line1: field("line1"),
      city: field("city"),
      postalCode: field("postalCode"),
    },
  });
  if (!result.ok) return result;
  await refreshListingCaches(result.outcome);
  redirect(`${result.returnTo}?checkout=done`);
}

export async function cancelTestCheckoutAction(
  _previous: TestPaymentState,
  formData: FormData,
): Promise<TestPaymentState> {
  const user = await getCurrentUser();
  if (!user) return signedOut;
  const result = await cancelTestPayment({
    buyerId: user.id,
    sessionId: String(formData.get("sessionId") ?? ""),
  });
  if (!result.ok) return result;
  await refreshListingCaches(result.outcome);
  redirect(`${result.returnTo}?checkout=cancelled`);
}
