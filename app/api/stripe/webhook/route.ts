import { refreshListingCaches } from "@/lib/orders/cache";
import { handleStripeWebhook } from "@/lib/payments/webhooks";

// Stripe's webhook endpoint. The signature covers the exact bytes Stripe sent, so the body is read
// as raw text and parsed only after the check. 400: bad signature; 200: handled, duplicate or
// ignored; 500 (thrown): our own work failed and rolled back, so Stripe delivers the event again.

export const dynamic = "force-dynamic";

export async function POST(request: Request): Promise<Response> {
  const payload = await request.text();
  const outcome = await handleStripeWebhook({ payload, signature: request.headers.get("stripe-signature") });
  if (outcome.status === 200) refreshListingCaches(outcome);
  return Response.json({ received: outcome.status === 200, message: outcome.message }, { status: outcome.status });
}
