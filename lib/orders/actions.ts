"use server";

import { refresh } from "next/cache";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/session";
import { refreshListingCaches } from "@/lib/kernel/cache";
import { markOrderReceived, markOrderShipped } from "./fulfilment";
import { refundCheckoutOrder } from "./refund-order";
import { startPaymentForOrder } from "./pay-order";
import { orderIdSchema } from "./schemas";
import type { FormState } from "@/lib/kernel/forms";

// Thin server actions for the order pages. Who may do what is checked in lib, next to the data.

export type OrderFormState = FormState & { message: string };

const signedOut: OrderFormState = {
  ok: false,
  message: "Your session has ended. Sign in again, then retry.",
  fieldErrors: {},
};

export async function payNowAction(_previous: OrderFormState, formData: FormData): Promise<OrderFormState> {
  const user = await getCurrentUser();
  if (!user) return signedOut;
  const orderId = orderIdSchema.safeParse(formData.get("orderId"));
  if (!orderId.success) return { ok: false, message: "That order does not exist.", fieldErrors: {} };
  const result = await startPaymentForOrder({ orderId: orderId.data, buyerId: user.id });
  if (!result.ok) return { ok: false, message: result.message, fieldErrors: {} };
  redirect(result.url);
}

export async function markShippedAction(
  _previous: OrderFormState,
  formData: FormData,
): Promise<OrderFormState> {
  const user = await getCurrentUser();
  if (!user) return signedOut;
  const result = await markOrderShipped({
    actor: user,
    input: {
      orderId: formData.get("orderId"),
      carrier: formData.get("carrier"),
      trackingNumber: formData.get("trackingNumber"),
    },
  });
  if (result.ok) refresh();
  return result.ok ? { ok: true, message: result.message, fieldErrors: {} } : result;
}

export async function markReceivedAction(
  _previous: OrderFormState,
  formData: FormData,
): Promise<OrderFormState> {
  const user = await getCurrentUser();
  if (!user) return signedOut;
  const result = await markOrderReceived({ actor: user, input: { orderId: formData.get("orderId") } });
  if (result.ok) refresh();
  return result.ok ? { ok: true, message: result.message, fieldErrors: {} } : result;
}

export async function refundOrderAction(
  _previous: OrderFormState,
  formData: FormData,
): Promise<OrderFormState> {
  const user = await getCurrentUser();
  if (!user) return signedOut;
  const result = await refundCheckoutOrder({ actor: user, orderId: formData.get("orderId") });
  if (!result.ok) return { ok: false, message: result.message, fieldErrors: {} };
  await refreshListingCaches(result);
  refresh();
  return { ok: true, message: result.message, fieldErrors: {} };
}
