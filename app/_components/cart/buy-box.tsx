"use client";

import { Link } from "@/lib/i18n/navigation";
import { useSession } from "next-auth/react";
import { useActionState, useEffect } from "react";
import { addToCartAction, type CartFormState } from "@/lib/cart/actions";
import { announceCartUnits } from "./cart-events";
import styles from "./buy-box.module.css";

type Props = { listingId: number; sellerId: string; title: string; stock: number; isPart: boolean };

const initial: CartFormState = { ok: true, message: "", fieldErrors: {} };

/**
 * "Add to cart" on the cached listing page: who is looking is only known here, in the browser, and the
 * stock is checked again by the server action (the page may be a few minutes old).
 */
export function BuyBox({ listingId, sellerId, title, stock, isPart }: Props) {
  const { data: session, status } = useSession();
  const [state, action, pending] = useActionState(addToCartAction, initial);
  useEffect(() => {
    if (state.ok && state.units !== undefined) announceCartUnits(state.units);
  }, [state]);

  if (status === "loading") return <div className={styles.box} aria-hidden="true" />;
  if (!session?.user) {
    return (
      <div className={styles.box}>
        <Link
          className="button"
          href={`/sign-in?callbackUrl=${encodeURIComponent(`/listings/${listingId}`)}`}
        >
          Sign in to buy
        </Link>
      </div>
    );
  }
  if (session.user.id === sellerId)
    return <p className={`${styles.box} listing-card__meta`}>This is your listing.</p>;

  const error = state.fieldErrors.quantity;
  return (
    <form className={styles.box} action={action}>
      <input type="hidden" name="listingId" value={listingId} />
      {isPart && stock > 1 && (
        <div className={`field ${styles.quantity}`}>
          <label htmlFor="buy-quantity">Quantity</label>
          <input
            id="buy-quantity"
            name="quantity"
            type="number"
            inputMode="numeric"
            min={1}
            max={stock}
            defaultValue={1}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? "buy-quantity-error" : undefined}
          />
        </div>
      )}
      <button className="button" type="submit" disabled={pending} aria-label={`Add to cart: ${title}`}>
        {pending ? "Adding…" : "Add to cart"}
      </button>
      <div className={styles.status} aria-live="polite">
        {error && (
          <p className="field__error" id="buy-quantity-error">
            {error}
          </p>
        )}
        {state.message && (
          <p className={state.ok ? styles.done : "field__error"} role={state.ok ? "status" : "alert"}>
            {state.message} {state.ok && <Link href="/cart">View your cart</Link>}
            {state.signedOut && (
              <Link href={`/sign-in?callbackUrl=${encodeURIComponent(`/listings/${listingId}`)}`}>
                Sign in
              </Link>
            )}
          </p>
        )}
      </div>
    </form>
  );
}
