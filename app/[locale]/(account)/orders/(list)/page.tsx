import { LocalTime } from "@/app/_components/local-time";
import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { OrderStatusBadge } from "@/app/_components/orders/order-status";
import { requireUser } from "@/lib/auth/session";
import { listOrdersForBuyer } from "@/lib/orders/queries";
import { formatMoney } from "@/lib/kernel/money";
import styles from "./orders.module.css";

export const metadata: Metadata = { title: "Your orders" };

export default async function OrdersPage() {
  const user = await requireUser("/orders");
  const orders = await listOrdersForBuyer(user.id);
  return (
    <section aria-labelledby="orders-title">
      <div className="section-head">
        <h1 id="orders-title">Your orders</h1>
        <Link href="/dashboard/sales">Your sales</Link>
      </div>
      {orders.length === 0 ? (
        <p className="empty-state">
          No orders yet. <Link href="/listings">Find a pedal car or the part your project is missing</Link>.
        </p>
      ) : (
        <ul className="dashboard-list">
          {orders.map((order) => (
            <li key={order.id} className={styles.row}>
              <div className="dashboard-item__body">
                <Link className="dashboard-item__title" href={`/orders/${order.id}`}>
                  Order {order.id}: {order.itemTitles.join(", ")}
                </Link>
                <span className="listing-card__meta">
                  From {order.otherPartyName} · <LocalTime at={order.createdAt} /> ·{" "}
                  {formatMoney(order.totalCents, order.currency)}
                </span>
              </div>
              <OrderStatusBadge status={order.status} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
