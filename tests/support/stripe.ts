import { afterAll, vi } from "vitest";
import { startStripeTestServer, type StripeTestServer } from "./stripe-test-server";

// One way for a test file to talk to Stripe: the real SDK, pointed at the local test server, with
// pretend payments off so the Stripe code path is the one that runs. The server closes after the file.

type Settings = {
  /** A test-mode secret key; each file uses its own so recorded requests say which file sent them. */
  secretKey: string;
  /** Set when the file posts signed webhook events. */
  webhookSecret?: string;
};

export async function withStripeTestServer({
  secretKey,
  webhookSecret,
}: Settings): Promise<StripeTestServer> {
  const stripe = await startStripeTestServer();
  vi.stubEnv("STRIPE_SECRET_KEY", secretKey);
  vi.stubEnv("TEST_PAYMENTS", "false");
  vi.stubEnv("STRIPE_API_URL", stripe.url);
  if (webhookSecret) vi.stubEnv("STRIPE_WEBHOOK_SECRET", webhookSecret);
  afterAll(() => stripe.close());
  return stripe;
}
