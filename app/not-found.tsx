import Link from "next/link";

export default function NotFound() {
  return (
    <section className="error-page">
      <h1>We couldn’t find that page</h1>
      <p>The listing may have sold or been taken down, or the link is mistyped.</p>
      <p>
        <Link className="button" href="/listings">
          Browse the catalogue
        </Link>
      </p>
    </section>
  );
}
