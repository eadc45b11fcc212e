import { Link } from "@/lib/i18n/navigation";

export default function MemberNotFound() {
  return (
    <section className="error-page">
      <h1>No such member</h1>
      <p>The link is mistyped, or the account is closed.</p>
      <p>
        <Link className="button" href="/listings">
          Browse what is for sale
        </Link>
      </p>
    </section>
  );
}
