import { LocalTime } from "@/app/_components/local-time";
import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { notFound } from "next/navigation";
import { OrderLines } from "@/app/_components/orders/order-lines";
import { TestPaymentForm } from "@/app/_components/payments/test-payment-form";
import { requireUser } from "@/lib/auth/session";
import { countryName } from "@/lib/catalogue/describe";
import { getTestCheckout } from "@/lib/orders/test-payments";
import { formatMoney } from "@/lib/kernel/money";
import orderLayout from "@/app/_components/orders/order-layout.module.css";
import styles from "./checkout.module.css";

export const metadata: Metadata = { title: "Test payment — no real money", robots: { index: false } };

type Props = { params: Promise<{ sessionId: string }> };

/** Stands in for Stripe's hosted checkout when the market runs without Stripe keys. */
export default async function TestPaymentPage({ params }: Props) {
  const { sessionId } = await params;
  const user = await requireUser(`/checkout/test/${sessionId}`);
  const checkout = await getTestCheckout({ sessionId, buyerId: user.id });
  if (!checkout) notFound();
  const total = formatMoney(checkout.totalCents, checkout.currency);

  return (
    <section aria-labelledby="test-payment-title" className="test-payment">
      <p className={styles.banner} role="note">
        <strong>Test payment — no real money.</strong> This market runs without Stripe keys, so this page
        stands in for Stripe&apos;s checkout. Paying sends a signed payment event to the market&apos;s
        webhook, exactly as Stripe would.
      </p>
      <h1 id="test-payment-title">Test payment — no real money</h1>
      <p className="listing-card__meta">
        {checkout.checkoutId
          ? `One payment for ${checkout.parts.length} orders, from ${checkout.sellerName}`
          : `Order ${checkout.orderId} from ${checkout.sellerName}`}
        {checkout.expiresAt && (
          <>
            {" "}
            · this page closes at <LocalTime at={checkout.expiresAt} style="time" />
          </>
        )}
      </p>
      {checkout.status === "pending_payment" ? (
        <div className={orderLayout.layout}>
          <div className="panel">
            {checkout.parts.map((part) => (
              <div key={part.orderId} className={styles.part}>
                {checkout.checkoutId && (
                  <h2 className={styles.partHeading}>
                    Order {part.orderId} from {part.sellerName}
                  </h2>
                )}
                <OrderLines
                  lines={part.lines}
                  currency={checkout.currency}
                  itemsCents={part.itemsCents}
                  shippingCents={part.shippingCents}
                  totalCents={part.totalCents}
                  caption={
                    checkout.checkoutId
                      ? `Order ${part.orderId} from ${part.sellerName}`
                      : "What you are paying for"
                  }
                />
              </div>
            ))}
            {checkout.parts.length > 1 && (
              <p className={styles.total}>
                You pay once: <strong>{total}</strong>
              </p>
            )}
          </div>
          <div className="panel">
            <TestPaymentForm
              sessionId={checkout.sessionId}
              totalLabel={total}
              countryLabel={countryName(checkout.shipToCountry)}
              address={checkout.address}
            />
          </div>
        </div>
      ) : (
        <p className="alert alert--info">
          This order is no longer waiting for payment.{" "}
          <Link href={checkout.returnTo}>{checkout.checkoutId ? "See the payment" : "See the order"}</Link>.
        </p>
      )}
    </section>
  );
}
