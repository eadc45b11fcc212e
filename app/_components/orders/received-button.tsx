"use client";

import { useActionState } from "react";
import { ActionError } from "@/app/_components/forms/action-error";
import { markReceivedAction, type OrderFormState } from "@/lib/orders/actions";
import styles from "./order-action.module.css";

const initial: OrderFormState = { ok: true, message: "", fieldErrors: {} };

/** The buyer's "I have received it"; like the ship form, it stays to read out its confirmation. */
export function ReceivedButton({ orderId, canConfirm }: { orderId: number; canConfirm: boolean }) {
  const [state, action, pending] = useActionState(markReceivedAction, initial);
  if (state.ok && state.message) {
    return (
      <p className="alert alert--info" role="status">
        {state.message}
      </p>
    );
  }
  if (!canConfirm) return null;
  return (
    <form action={action} className={styles.action}>
      <input type="hidden" name="orderId" value={orderId} />
      <button className="button" type="submit" disabled={pending}>
        {pending ? "Saving…" : "I have received it"}
      </button>
      <ActionError state={state} />
    </form>
  );
}
