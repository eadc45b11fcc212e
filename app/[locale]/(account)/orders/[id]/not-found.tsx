import { Link } from "@/lib/i18n/navigation";

export default function OrderNotFound() {
  return (
    <section className="error-page">
      <h1>Order not found</h1>
      <p>There is no such order, or it belongs to someone else.</p>
      <p>
        <Link href="/orders">Your orders</Link>
      </p>
    </section>
  );
}
