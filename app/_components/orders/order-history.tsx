import { LocalTime } from "@/app/_components/local-time";
import type { OrderDetail } from "@/lib/orders/queries";
import { orderStatusLabels } from "@/lib/orders/status";
import styles from "./order-history.module.css";

/** Every change of the order, oldest first, as recorded in order_events. */
export function OrderHistory({ history }: { history: OrderDetail["history"] }) {
  return (
    <ol className={styles.history}>
      {history.map((event) => (
        <li key={event.id}>
          <LocalTime at={event.createdAt} />
          <strong>{event.fromStatus === event.toStatus ? "Note" : orderStatusLabels[event.toStatus]}</strong>
          {event.note && <span>{event.note}</span>}
          {event.actorName && <span className="listing-card__meta">by {event.actorName}</span>}
        </li>
      ))}
    </ol>
  );
}
