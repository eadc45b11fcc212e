import "server-only";
import Stripe from "stripe";
import { getEnv } from "@/lib/kernel/env";

// The one place that makes a Stripe client. Without STRIPE_SECRET_KEY there is no client: callers
// check `isStripeConfigured()` first. Pretend payments (`isTestPaymentMode()`) are on only where the
// settings say so (lib/kernel/env.ts): on the embedded database by default, elsewhere with TEST_PAYMENTS=true.

const stripeApiVersion = "2026-10-28.endive" as const;

let client: Stripe | undefined;

export function isStripeConfigured(): boolean {
  return Boolean(getEnv().STRIPE_SECRET_KEY);
}

/** Payments are pretend ones, taken on /checkout/test; every page says so. */
export function isTestPaymentMode(): boolean {
  return getEnv().testPayments;
}

export function getStripe(): Stripe {
  const env = getEnv();
  if (!env.STRIPE_SECRET_KEY)
    throw new Error("STRIPE_SECRET_KEY is not set: payments run in test-payment mode");
  client ??= new Stripe(env.STRIPE_SECRET_KEY, {
    apiVersion: stripeApiVersion,
    ...endpointOf(env.STRIPE_API_URL),
    appInfo: { name: "Moskvitch Market" },
  });
  return client;
}

function endpointOf(url: string | undefined): Pick<Stripe.StripeConfig, "host" | "port" | "protocol"> {
  if (!url) return {};
  const u = new URL(url);
  const protocol = u.protocol === "http:" ? "http" : "https";
  return { host: u.hostname, port: u.port || (protocol === "http" ? 80 : 443), protocol };
}

/** Signature checks need no API key, so they work in test-payment mode too. */
export const stripeWebhooks = Stripe.webhooks;

/** An event as Stripe sends it, signed with Stripe's own test-header helper: the pretend payments
 * deliver these to our webhook, and the tests send them. */
export function signedTestEvent(id: string, type: string, object: Record<string, unknown>, secret: string) {
  const payload = JSON.stringify({
    id,
    object: "event",
    api_version: stripeApiVersion,
    created: Math.floor(Date.now() / 1000),
    livemode: false,
    pending_webhooks: 1,
    request: { id: null, idempotency_key: null },
    type,
    data: { object },
  });
  return { payload, signature: stripeWebhooks.generateTestHeaderString({ payload, secret }) };
}

export { Stripe };
