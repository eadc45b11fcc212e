"use client";

import { useActionState } from "react";
import { ActionError } from "@/app/_components/forms/action-error";
import { markShippedAction, type OrderFormState } from "@/lib/orders/actions";
import styles from "./ship-order-form.module.css";

const initial: OrderFormState = { ok: true, message: "", fieldErrors: {} };

/**
 * The seller's "Mark shipped", with the carrier and tracking number the buyer will see. Stays mounted
 * after the order leaves "paid", so the confirmation is still read out once the page refreshes.
 */
export function ShipOrderForm({ orderId, shippable }: { orderId: number; shippable: boolean }) {
  const [state, action, pending] = useActionState(markShippedAction, initial);
  const id = (name: string) => `ship-${orderId}-${name}`;
  const field = (name: "carrier" | "trackingNumber", label: string, hint: string) => {
    const error = state.fieldErrors[name];
    return (
      <div className="field">
        <label htmlFor={id(name)}>{label}</label>
        <input
          id={id(name)}
          name={name}
          autoComplete="off"
          required
          aria-invalid={error ? true : undefined}
          aria-describedby={`${id(name)}-hint${error ? ` ${id(name)}-error` : ""}`}
        />
        <p className="field__hint" id={`${id(name)}-hint`}>
          {hint}
        </p>
        {error && (
          <p className="field__error" id={`${id(name)}-error`}>
            {error}
          </p>
        )}
      </div>
    );
  };
  if (state.ok && state.message) {
    return (
      <p className="alert alert--info" role="status">
        {state.message}
      </p>
    );
  }
  if (!shippable) return null;
  return (
    <form action={action} className={styles.form} aria-label={`Mark order ${orderId} shipped`}>
      <input type="hidden" name="orderId" value={orderId} />
      <div className={styles.fields}>
        {field("carrier", "Carrier", "USPS, DHL, Omniva…")}
        {field("trackingNumber", "Tracking number", "From the shipping receipt")}
      </div>
      <button className="button button--small" type="submit" disabled={pending}>
        {pending ? "Saving…" : "Mark shipped"}
      </button>
      <ActionError state={state} />
    </form>
  );
}
