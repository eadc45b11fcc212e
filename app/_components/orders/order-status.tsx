import { orderStatusLabels, type OrderStatus } from "@/lib/orders/status";

export function OrderStatusBadge({ status }: { status: OrderStatus }) {
  return <span className={`order-status order-status--${status}`}>{orderStatusLabels[status]}</span>;
}
