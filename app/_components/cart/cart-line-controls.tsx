"use client";

import { useActionState, useEffect } from "react";
import { updateCartLineAction, type CartFormState } from "@/lib/cart/actions";
import { announceCartUnits } from "./cart-events";
import styles from "./cart-line-controls.module.css";

const initial: CartFormState = { ok: true, message: "", fieldErrors: {} };

/** Quantity and Remove for one cart line; both are plain forms, so they work before scripts load. */
export function CartLineControls({
  listingId,
  title,
  quantity,
  maxQuantity,
}: {
  listingId: number;
  title: string;
  quantity: number;
  maxQuantity: number;
}) {
  const [state, action, pending] = useActionState(updateCartLineAction, initial);
  useEffect(() => {
    if (state.ok && state.units !== undefined) announceCartUnits(state.units);
  }, [state]);
  const id = `cart-qty-${listingId}`;
  const error = state.fieldErrors.quantity ?? (state.ok ? undefined : state.message);
  return (
    <div className={styles.controls}>
      {maxQuantity > 1 && (
        <form action={action} className={styles.quantity}>
          <input type="hidden" name="listingId" value={listingId} />
          <label htmlFor={id}>Quantity</label>
          <input
            id={id}
            name="quantity"
            type="number"
            inputMode="numeric"
            min={1}
            max={Math.max(maxQuantity, quantity)}
            defaultValue={quantity}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-error` : undefined}
          />
          <button
            className="button button--ghost button--small"
            type="submit"
            disabled={pending}
            aria-label={`Update quantity: ${title}`}
          >
            Update
          </button>
        </form>
      )}
      <form action={action}>
        <input type="hidden" name="listingId" value={listingId} />
        <input type="hidden" name="quantity" value="0" />
        <button
          className="link-button"
          type="submit"
          disabled={pending}
          aria-label={`Remove from cart: ${title}`}
        >
          Remove
        </button>
      </form>
      <div aria-live="polite">
        {error && (
          <p className="field__error" id={`${id}-error`} role="alert">
            {error}
          </p>
        )}
      </div>
    </div>
  );
}
