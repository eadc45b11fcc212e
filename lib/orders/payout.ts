import "server-only";
import { getEnv } from "@/lib/kernel/env";
import { isStripeConfigured } from "@/lib/payments/stripe";
import { platformFeeCents } from "@/lib/listings/pricing";

// How the money reaches the seller. A seller with a connected Stripe account is paid by a destination
// charge: Stripe moves the total less our fee to them at once. Otherwise the market collects the
// payment and records what it owes the seller.

export type PayoutTerms = {
  platformFeeCents: number;
  payoutOwedCents: number;
  transferDestination: string | null;
};

export function payoutTerms(totalCents: number, sellerStripeAccountId: string | null): PayoutTerms {
  const fee = platformFeeCents(totalCents, getEnv().PLATFORM_FEE_PERCENT);
  const destination = sellerStripeAccountId && isStripeConfigured() ? sellerStripeAccountId : null;
  return {
    platformFeeCents: fee,
    payoutOwedCents: destination ? 0 : totalCents - fee,
    transferDestination: destination,
  };
}
