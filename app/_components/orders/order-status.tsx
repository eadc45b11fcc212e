import { orderStatusLabels, type OrderStatus } from "@/lib/orders/status";
import styles from "./order-status.module.css";

/** An order's state as a coloured badge; `children` words it otherwise ("2 to ship") in the same colours. */
export function OrderStatusBadge({ status, children }: { status: OrderStatus; children?: React.ReactNode }) {
  return (
    <span className={`${styles.status} ${styles[status] ?? ""}`} data-order-status={status}>
      {children ?? orderStatusLabels[status]}
    </span>
  );
}
