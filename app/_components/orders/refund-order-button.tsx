"use client";

import { useActionState } from "react";
import { ActionError } from "@/app/_components/forms/action-error";
import { refundOrderAction, type OrderFormState } from "@/lib/orders/actions";
import styles from "./order-action.module.css";

const initial: OrderFormState = { ok: true, message: "", fieldErrors: {} };

/** The seller's (or an admin's) full refund of one order out of a whole-cart payment. */
export function RefundOrderButton({ orderId, amountLabel }: { orderId: number; amountLabel: string }) {
  const [state, action, pending] = useActionState(refundOrderAction, initial);
  if (state.ok && state.message) {
    return (
      <p className="alert alert--info" role="status">
        {state.message}
      </p>
    );
  }
  return (
    <form action={action} className={styles.action}>
      <input type="hidden" name="orderId" value={orderId} />
      <button className="button button--ghost" type="submit" disabled={pending}>
        {pending ? "Refunding…" : `Refund this order (${amountLabel})`}
      </button>
      <p className="field__hint">
        Only this order is refunded; the buyer&apos;s orders from other sellers stay as they are.
      </p>
      <ActionError state={state} />
    </form>
  );
}
