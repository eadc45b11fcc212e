"use server";

import { refresh } from "next/cache";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/session";
import { checkoutCart } from "@/lib/orders/cart-checkout";
import { refreshListingCaches } from "@/lib/kernel/cache";
import {
  chooseCartAddress,
  chooseCartCountry,
  deleteAddress,
  saveAddress,
  type DestinationResult,
} from "./destination";
import { addToCart, updateCartLine } from "./mutations";
import type { FormState } from "@/lib/kernel/forms";

// Thin server actions for the buy box and the cart page: session, one lib call, a typed state.
// Quantities and ids are checked again in lib; prices are never read from the form.

export type CartFormState = FormState & {
  message: string;
  units?: number;
  signedOut?: boolean;
  /** Set when checkout left lines out: the rest is reserved, and the buyer pays here once told. */
  payUrl?: string;
};

const signedOut: CartFormState = {
  ok: false,
  message: "Sign in to buy: your cart is kept with your account.",
  fieldErrors: {},
  signedOut: true,
};

export async function addToCartAction(_previous: CartFormState, formData: FormData): Promise<CartFormState> {
  const user = await getCurrentUser();
  if (!user) return signedOut;
  const result = await addToCart({
    buyerId: user.id,
    input: { listingId: formData.get("listingId"), quantity: formData.get("quantity") ?? 1 },
  });
  return result.ok
    ? { ok: true, message: result.message, fieldErrors: {}, units: result.units }
    : { ok: false, message: result.message, fieldErrors: result.fieldErrors };
}

/** Sets a line's quantity; 0 (the Remove button) takes it out. */
export async function updateCartLineAction(
  _previous: CartFormState,
  formData: FormData,
): Promise<CartFormState> {
  const user = await getCurrentUser();
  if (!user) return signedOut;
  const result = await updateCartLine({
    buyerId: user.id,
    input: { listingId: formData.get("listingId"), quantity: formData.get("quantity") },
  });
  // The page's totals come from the server: render it again.
  if (result.ok) refresh();
  return result.ok
    ? { ok: true, message: result.message, fieldErrors: {}, units: result.units }
    : { ok: false, message: result.message, fieldErrors: result.fieldErrors };
}

/** Reserves the whole cart (every seller) and sends the buyer to pay once (Stripe, or the test-payment page). */
export async function checkoutAction(_previous: CartFormState, formData: FormData): Promise<CartFormState> {
  const user = await getCurrentUser();
  if (!user) return signedOut;
  const result = await checkoutCart({
    buyerId: user.id,
    input: {
      currency: formData.get("currency"),
      country: formData.get("country"),
      requestId: formData.get("requestId"),
    },
  });
  if (!result.ok) return { ok: false, message: result.message, fieldErrors: result.fieldErrors };
  await refreshListingCaches({ listingIds: result.listingIds });
  // Lines left out change the total: say so, and let the buyer pay for the rest from here.
  if (result.leftOut.length) {
    refresh();
    return { ok: false, message: result.message, fieldErrors: {}, payUrl: result.url };
  }
  redirect(result.url);
}

function destinationState(result: DestinationResult): CartFormState {
  // Shipping is priced on the server from the stored destination: render the cart again.
  if (result.ok) refresh();
  return result.ok
    ? { ok: true, message: result.message, fieldErrors: {} }
    : { ok: false, message: result.message, fieldErrors: result.fieldErrors };
}

export async function chooseCartCountryAction(
  _previous: CartFormState,
  formData: FormData,
): Promise<CartFormState> {
  const user = await getCurrentUser();
  if (!user) return signedOut;
  return destinationState(
    await chooseCartCountry({ buyerId: user.id, input: { country: formData.get("country") ?? "" } }),
  );
}

export async function chooseCartAddressAction(
  _previous: CartFormState,
  formData: FormData,
): Promise<CartFormState> {
  const user = await getCurrentUser();
  if (!user) return signedOut;
  return destinationState(
    await chooseCartAddress({ buyerId: user.id, input: { addressId: formData.get("addressId") } }),
  );
}

export async function saveAddressAction(
  _previous: CartFormState,
  formData: FormData,
): Promise<CartFormState> {
  const user = await getCurrentUser();
  if (!user) return signedOut;
  const field = (name: string) => formData.get(name) ?? "";
  const input = {
    name: field("name"),
    line1: field("line1"),
    line2: field("line2"),
    city: field("city"),
    postalCode: field("postalCode"),
    country: field("country"),
    makeDefault: formData.get("makeDefault"),
  };
  return destinationState(await saveAddress({ buyerId: user.id, input }));
}

export async function deleteAddressAction(
  _previous: CartFormState,
  formData: FormData,
): Promise<CartFormState> {
  const user = await getCurrentUser();
  if (!user) return signedOut;
  return destinationState(
    await deleteAddress({ buyerId: user.id, input: { addressId: formData.get("addressId") } }),
  );
}
