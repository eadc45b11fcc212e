import Link from "next/link";

export default function CheckoutNotFound() {
  return (
    <section className="error-page">
      <h1>Payment not found</h1>
      <p>There is no such payment, or it belongs to someone else.</p>
      <p>
        <Link href="/orders">Your orders</Link>
      </p>
    </section>
  );
}
