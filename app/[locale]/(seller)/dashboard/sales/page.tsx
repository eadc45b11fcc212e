import { LocalTime } from "@/app/_components/local-time";
import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { OrderStatusBadge } from "@/app/_components/orders/order-status";
import { ShipOrderForm } from "@/app/_components/orders/ship-order-form";
import { requireUser } from "@/lib/auth/session";
import { countryName } from "@/lib/catalogue/describe";
import { getEnv } from "@/lib/kernel/env";
import { getPayoutSummary, listSalesForSeller } from "@/lib/orders/queries";
import { formatMoney } from "@/lib/kernel/money";
import styles from "./sales.module.css";

export const metadata: Metadata = { title: "Your sales" };

export default async function SalesPage() {
  const user = await requireUser("/dashboard/sales");
  const [sales, payouts] = await Promise.all([listSalesForSeller(user.id), getPayoutSummary(user.id)]);
  const toShip = sales.filter((s) => s.status === "paid");

  return (
    <section aria-labelledby="sales-title" className="sales-page">
      <div className="section-head">
        <h1 id="sales-title">Your sales</h1>
        <Link href="/dashboard/listings">Your listings</Link>
      </div>
      <section aria-labelledby="payouts-heading" className="dashboard-section">
        <h2 id="payouts-heading">Payouts</h2>
        {payouts.length === 0 ? (
          <p className="empty-state">No paid sales yet.</p>
        ) : (
          <div className={styles.payouts}>
            {payouts.map((p) => (
              <dl key={p.currency} className={styles.row}>
                <div>
                  <dt>Owed to you by the market</dt>
                  <dd>{formatMoney(p.owedCents, p.currency)}</dd>
                </div>
                <div>
                  <dt>Paid straight to your Stripe account</dt>
                  <dd>{formatMoney(p.transferredCents, p.currency)}</dd>
                </div>
                <div>
                  <dt>Market fees ({getEnv().PLATFORM_FEE_PERCENT}%)</dt>
                  <dd>{formatMoney(p.feesCents, p.currency)}</dd>
                </div>
              </dl>
            ))}
          </div>
        )}
        <p className="field__hint">
          With a connected Stripe account, each buyer&apos;s payment goes to you at once, less the fee.
          Otherwise the market collects it and pays you what is owed.
        </p>
      </section>
      <section aria-labelledby="sales-heading" className="dashboard-section">
        <h2 id="sales-heading">
          Orders <span className="tag">{sales.length}</span>{" "}
          {toShip.length > 0 && <OrderStatusBadge status="paid">{toShip.length} to ship</OrderStatusBadge>}
        </h2>
        {sales.length === 0 ? (
          <p className="empty-state">No orders yet. Buyers&apos; orders appear here as soon as they pay.</p>
        ) : (
          <ul className="dashboard-list">
            {sales.map((sale) => (
              <li key={sale.id} className={styles.sale}>
                <div className={styles.head}>
                  <div className="dashboard-item__body">
                    <Link className="dashboard-item__title" href={`/orders/${sale.id}`}>
                      Order {sale.id}: {sale.itemTitles.join(", ")}
                    </Link>
                    <span className="listing-card__meta">
                      {sale.otherPartyName} · <LocalTime at={sale.createdAt} /> ·{" "}
                      {formatMoney(sale.totalCents, sale.currency)} · ships to{" "}
                      {[
                        sale.shipTo?.name,
                        sale.shipTo?.address,
                        sale.shipTo?.postalCode,
                        countryName(sale.shipTo?.country ?? "US"),
                      ]
                        .filter(Boolean)
                        .join(", ")}
                    </span>
                    <span className="listing-card__meta">
                      {sale.transferDestination
                        ? `Paid to your Stripe account: ${formatMoney(sale.totalCents - sale.platformFeeCents, sale.currency)}`
                        : `Payout owed: ${formatMoney(sale.payoutOwedCents, sale.currency)}`}{" "}
                      (fee {formatMoney(sale.platformFeeCents, sale.currency)})
                      {sale.carrier ? ` · shipped with ${sale.carrier}, ${sale.trackingNumber}` : ""}
                    </span>
                  </div>
                  <OrderStatusBadge status={sale.status} />
                </div>
                <ShipOrderForm orderId={sale.id} shippable={sale.status === "paid"} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </section>
  );
}
