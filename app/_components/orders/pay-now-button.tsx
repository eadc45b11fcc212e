"use client";

import { useActionState } from "react";
import { ActionError } from "@/app/_components/forms/action-error";
import { payNowAction, type OrderFormState } from "@/lib/orders/actions";
import styles from "./order-action.module.css";

const initial: OrderFormState = { ok: true, message: "", fieldErrors: {} };

export function PayNowButton({ orderId, label = "Pay now" }: { orderId: number; label?: string }) {
  const [state, action, pending] = useActionState(payNowAction, initial);
  return (
    <form action={action} className={styles.action}>
      <input type="hidden" name="orderId" value={orderId} />
      <button className="button" type="submit" disabled={pending}>
        {pending ? "Opening the payment page…" : label}
      </button>
      <ActionError state={state} />
    </form>
  );
}
