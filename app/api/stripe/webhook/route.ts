import { bodyLimits, readTextBody } from "@/lib/http/body";
import { withErrorResponses } from "@/lib/kernel/errors";
import { refreshListingCaches } from "@/lib/kernel/cache";
import { handleStripeWebhook } from "@/lib/orders/payment-webhooks";

// Stripe's webhook endpoint. The signature covers the exact bytes Stripe sent, so the body is read
// as raw text (capped: 413 past it) and parsed only after the check. 400: bad signature; 200:
// handled, duplicate or ignored; 503: the database is busy; 500 (thrown): our own work failed and
// rolled back. Stripe delivers the event again after any of the last two.

export const dynamic = "force-dynamic";

export const POST = withErrorResponses(async (request: Request): Promise<Response> => {
  const payload = await readTextBody(request, { maxBytes: bodyLimits.webhook });
  const outcome = await handleStripeWebhook({ payload, signature: request.headers.get("stripe-signature") });
  if (outcome.status === 200) await refreshListingCaches(outcome);
  return Response.json(
    { received: outcome.status === 200, message: outcome.message },
    { status: outcome.status },
  );
});
