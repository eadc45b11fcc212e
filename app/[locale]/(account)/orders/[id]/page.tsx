import { LocalTime } from "@/app/_components/local-time";
import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { notFound } from "next/navigation";
import { OrderHistory } from "@/app/_components/orders/order-history";
import { OrderLines } from "@/app/_components/orders/order-lines";
import { OrderStatusBadge } from "@/app/_components/orders/order-status";
import { PayNowButton } from "@/app/_components/orders/pay-now-button";
import { ReceivedButton } from "@/app/_components/orders/received-button";
import { RefundOrderButton } from "@/app/_components/orders/refund-order-button";
import { ShipOrderForm } from "@/app/_components/orders/ship-order-form";
import { requireUser } from "@/lib/auth/session";
import { orderFeedbackFor } from "@/lib/feedback/queries";
import { ratingLabels } from "@/lib/feedback/rules";
import { marketClock } from "@/lib/kernel/market-clock";
import { countryName } from "@/lib/catalogue/describe";
import { getOrderForViewer } from "@/lib/orders/queries";
import { orderIdSchema } from "@/lib/orders/schemas";
import { formatMoney } from "@/lib/kernel/money";
import styles from "./order.module.css";
import orderLayout from "@/app/_components/orders/order-layout.module.css";

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `Order ${(await params).id}` };
}

export default async function OrderPage({ params, searchParams }: Props) {
  const { id } = await params;
  const user = await requireUser(`/orders/${id}`);
  const orderId = orderIdSchema.safeParse(id);
  if (!orderId.success) notFound();
  const order = await getOrderForViewer({ orderId: orderId.data, viewer: user });
  if (!order) notFound();
  // Only the order's two parties have feedback here; an admin viewing the order gets none.
  const feedback = await orderFeedbackFor(order.id, user.id, await marketClock());
  const checkout = (await searchParams).checkout;
  const isBuyer = order.viewerRole === "buyer";
  const isSeller = order.viewerRole === "seller" || order.viewerRole === "admin";

  return (
    <section aria-labelledby="order-title" className="order-page">
      <div className="section-head">
        <h1 id="order-title">Order {order.id}</h1>
        <OrderStatusBadge status={order.status} />
      </div>
      <div aria-live="polite">
        {checkout === "done" && order.status === "paid" && (
          <p className="alert alert--info" role="status">
            Paid. Thank you: {order.sellerName} has been told to ship your parcel.
          </p>
        )}
        {checkout === "done" && order.status === "pending_payment" && (
          <p className="alert alert--info" role="status">
            Stripe is confirming your payment; this page shows it as paid once it has. Reload in a moment.
          </p>
        )}
        {checkout === "cancelled" && order.status !== "paid" && (
          <p className="alert alert--info" role="status">
            {order.status === "pending_payment"
              ? "Payment not finished: your items stay reserved for a little while."
              : "Payment cancelled: the items went back on sale and into your cart."}
          </p>
        )}
      </div>
      <div className={orderLayout.layout}>
        <div className="panel">
          <p className="listing-card__meta">
            {isBuyer ? `Bought from ${order.sellerName}` : `Sold to ${order.buyerName}`} · ordered{" "}
            <LocalTime at={order.createdAt} />
            {order.source === "auction"
              ? " · won at auction"
              : order.source === "offer"
                ? " · an accepted offer"
                : ""}
          </p>
          {order.checkoutId && (
            <p className="listing-card__meta">
              {isBuyer ? (
                <>
                  Paid in <Link href={`/checkouts/${order.checkoutId}`}>one payment</Link> with your other
                  sellers&apos; orders from the same cart.
                </>
              ) : (
                "The buyer paid for this together with other sellers' orders; your share is sent to you on its own."
              )}
            </p>
          )}
          <OrderLines
            lines={order.items}
            currency={order.currency}
            itemsCents={order.itemsCents}
            shippingCents={order.shippingCents}
            totalCents={order.totalCents}
            caption={`Items in order ${order.id}`}
          />
          {order.status === "pending_payment" && isBuyer && (
            <div className={styles.next}>
              <p>
                {order.reservedUntil ? (
                  <>
                    Reserved for you until <LocalTime at={order.reservedUntil} style="time" />.
                  </>
                ) : (
                  "Reserved for you."
                )}{" "}
                Pay to complete the order.
              </p>
              <PayNowButton orderId={order.id} />
            </div>
          )}
          {isSeller && (order.status === "paid" || order.status === "shipped") && (
            <div className={styles.next}>
              {order.status === "paid" && <h2>Ship it</h2>}
              <ShipOrderForm orderId={order.id} shippable={order.status === "paid"} />
            </div>
          )}
          {isSeller &&
            order.checkoutId &&
            order.refundedCents === 0 &&
            (order.status === "paid" || order.status === "shipped" || order.status === "received") && (
              <div className={styles.next}>
                <RefundOrderButton
                  orderId={order.id}
                  amountLabel={formatMoney(order.totalCents, order.currency)}
                />
              </div>
            )}
          {isBuyer && (order.status === "shipped" || order.status === "received") && (
            <div className={styles.next}>
              {order.status === "shipped" && <p>On its way. Tell {order.sellerName} when it arrives.</p>}
              <ReceivedButton orderId={order.id} canConfirm={order.status === "shipped"} />
            </div>
          )}
          {feedback && (feedback.canRate || feedback.given || feedback.received.length > 0) && (
            <div className={styles.next} data-testid="order-feedback">
              <h2>Feedback</h2>
              {feedback.given && (
                <p>
                  You left {ratingLabels[feedback.given.rating].toLowerCase()} feedback for{" "}
                  {feedback.other.displayName}.
                </p>
              )}
              {feedback.received.map((entry) => (
                <p key={entry.id}>
                  {entry.kind === "unpaid_auction"
                    ? "An unpaid auction win was recorded against you for this order."
                    : `${feedback.other.displayName} left you ${ratingLabels[entry.rating].toLowerCase()} feedback.`}
                </p>
              ))}
              <Link
                className={feedback.canRate ? "button button--small" : undefined}
                href={`/orders/${order.id}/feedback`}
              >
                {feedback.canRate ? "Leave feedback" : "See the feedback"}
              </Link>
            </div>
          )}
        </div>
        <aside className="panel" aria-label="Delivery and payment">
          <h2 className={styles.heading}>Delivery</h2>
          <dl className="facts">
            <dt>Ship to</dt>
            <dd data-testid="order-ship-to">
              {order.shipTo ? (
                [
                  order.shipTo.name,
                  order.shipTo.address,
                  order.shipTo.postalCode,
                  countryName(order.shipTo.country),
                ]
                  .filter(Boolean)
                  .join(", ")
              ) : isBuyer ? (
                <>
                  Not chosen yet: <Link href="/cart">choose where to ship</Link>, then pay.
                </>
              ) : (
                "Not chosen yet"
              )}
            </dd>
            {order.carrier && (
              <>
                <dt>Carrier</dt>
                <dd>{order.carrier}</dd>
                <dt>Tracking</dt>
                <dd>{order.trackingNumber}</dd>
              </>
            )}
            {order.paidAt && (
              <>
                <dt>Paid</dt>
                <dd>
                  <LocalTime at={order.paidAt} />
                </dd>
              </>
            )}
            {order.refundedCents > 0 && (
              <>
                <dt>Refunded</dt>
                <dd>{formatMoney(order.refundedCents, order.currency)}</dd>
              </>
            )}
          </dl>
          {isSeller && (
            <>
              <h2 className={styles.heading}>Your payout</h2>
              <dl className="facts">
                <dt>Market fee</dt>
                <dd>{formatMoney(order.platformFeeCents, order.currency)}</dd>
                <dt>{order.transferDestination ? "Paid to your Stripe account" : "Owed to you"}</dt>
                <dd>
                  {formatMoney(
                    order.transferDestination
                      ? order.totalCents - order.platformFeeCents - order.refundedCents
                      : order.payoutOwedCents,
                    order.currency,
                  )}
                </dd>
              </dl>
            </>
          )}
          <h2 className={styles.heading}>History</h2>
          <OrderHistory history={order.history} />
        </aside>
      </div>
      <p className="section-head">
        {order.viewerRole !== "admin" && (
          <Link className="button button--ghost button--small" href={`/messages/new?order=${order.id}`}>
            {isBuyer ? `Message the seller, ${order.sellerName}` : `Message the buyer, ${order.buyerName}`}
          </Link>
        )}
        <Link href={isBuyer ? "/orders" : "/dashboard/sales"}>
          {isBuyer ? "All your orders" : "All your sales"}
        </Link>
      </p>
    </section>
  );
}
