import { LocalTime } from "@/app/_components/local-time";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { OrderStatusBadge } from "@/app/_components/orders/order-status";
import { PayNowButton } from "@/app/_components/orders/pay-now-button";
import { requireUser } from "@/lib/auth/session";
import { countryName } from "@/lib/catalogue/describe";
import { getCheckoutForViewer } from "@/lib/orders/checkout-queries";
import { orderIdSchema } from "@/lib/orders/schemas";
import { formatMoney } from "@/lib/kernel/money";
import styles from "./checkout.module.css";

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `Payment ${(await params).id}` };
}

const statusText = {
  pending_payment: "Waiting for payment",
  paid: "Paid",
  closed: "Not paid: the items went back on sale",
} as const;
const badgeOf = { pending_payment: "pending_payment", paid: "paid", closed: "expired" } as const;

/** One whole-cart payment and the orders it made, one per seller; for its buyer (and admins). */
export default async function CheckoutPage({ params, searchParams }: Props) {
  const { id } = await params;
  const user = await requireUser(`/checkouts/${id}`);
  const checkoutId = orderIdSchema.safeParse(id);
  if (!checkoutId.success) notFound();
  const checkout = await getCheckoutForViewer({ checkoutId: checkoutId.data, viewer: user });
  if (!checkout) notFound();
  const returned = (await searchParams).checkout;
  const waiting = checkout.orders.find((o) => o.status === "pending_payment");
  const sellers = checkout.orders.length;

  return (
    <section aria-labelledby="checkout-title" className="order-page">
      <div className="section-head">
        <h1 id="checkout-title">Payment {checkout.id}</h1>
        <OrderStatusBadge status={badgeOf[checkout.status]}>{statusText[checkout.status]}</OrderStatusBadge>
      </div>
      <div aria-live="polite">
        {returned === "done" && checkout.status === "paid" && (
          <p className="alert alert--info" role="status">
            Paid once, {formatMoney(checkout.totalCents, checkout.currency)}, for {sellers}{" "}
            {sellers === 1 ? "order" : "orders"}. Thank you: each seller has been told to ship their parcel.
          </p>
        )}
        {returned === "done" && checkout.status === "pending_payment" && (
          <p className="alert alert--info" role="status">
            Stripe is confirming your payment; this page shows it as paid once it has. Reload in a moment.
          </p>
        )}
        {returned === "cancelled" && checkout.status !== "paid" && (
          <p className="alert alert--info" role="status">
            {checkout.status === "pending_payment"
              ? "Payment not finished: your items stay reserved for a little while."
              : "Payment cancelled: the items went back on sale and into your cart."}
          </p>
        )}
      </div>
      <div className="panel">
        <p className="listing-card__meta">
          One payment for {sellers} {sellers === 1 ? "order" : "orders"}, checked out{" "}
          <LocalTime at={checkout.createdAt} />
          {checkout.shipTo?.country ? ` · shipping to ${countryName(checkout.shipTo.country)}` : ""}
          {checkout.paidAt && (
            <>
              {" "}
              · paid <LocalTime at={checkout.paidAt} />
            </>
          )}
        </p>
        <h2>The orders it made</h2>
        <p className="field__hint">
          Each seller ships and tracks their own parcel: follow each order for it.
        </p>
        <ul className={styles.orders}>
          {checkout.orders.map((order) => (
            <li key={order.id} className={styles.row}>
              <div className="dashboard-item__body">
                <Link className="dashboard-item__title" href={`/orders/${order.id}`}>
                  Order {order.id} from {order.sellerName}
                </Link>
                <span className="listing-card__meta">
                  {order.itemTitles.join(", ")} · {formatMoney(order.totalCents, checkout.currency)}
                  {order.refundedCents > 0
                    ? ` · ${formatMoney(order.refundedCents, checkout.currency)} refunded`
                    : ""}
                </span>
              </div>
              <OrderStatusBadge status={order.status} />
            </li>
          ))}
        </ul>
        <dl className={styles.totals}>
          <dt>Items</dt>
          <dd>{formatMoney(checkout.itemsCents, checkout.currency)}</dd>
          <dt>Shipping</dt>
          <dd>{formatMoney(checkout.shippingCents, checkout.currency)}</dd>
          <dt className={styles.total}>{checkout.status === "paid" ? "Paid" : "To pay"}</dt>
          <dd className={styles.total}>{formatMoney(checkout.totalCents, checkout.currency)}</dd>
        </dl>
        {checkout.status === "pending_payment" && waiting && (
          <>
            {checkout.reservedUntil && (
              <p className="field__hint">
                Reserved for you until <LocalTime at={checkout.reservedUntil} style="time" />.
              </p>
            )}
            <PayNowButton
              orderId={waiting.id}
              label={`Pay ${formatMoney(checkout.totalCents, checkout.currency)}`}
            />
          </>
        )}
      </div>
    </section>
  );
}
