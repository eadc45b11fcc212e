import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";

export const metadata: Metadata = { title: "Admin" };

const pages = [
  {
    href: "/admin/comments",
    title: "Comments to review",
    about: "Approve new members’ first comments, hide reported ones.",
  },
  { href: "/admin/listings", title: "Listings", about: "Hide a listing from the public, or restore one." },
  {
    href: "/admin/users",
    title: "Accounts",
    about:
      "Find an account by email or name; suspend or restore it, mark accounts as related, see its bidding history.",
  },
  {
    href: "/admin/messages",
    title: "Messages",
    about: "Read a conversation between a buyer and a seller; every read is written to the audit log.",
  },
  {
    href: "/admin/audit",
    title: "Audit log",
    about: "Every admin action, who took it and why, newest first.",
  },
];

/** The admins' pages (the layout answers 404 to anyone else). */
export default function AdminIndexPage() {
  return (
    <section aria-labelledby="admin-title">
      <h1 id="admin-title">Admin</h1>
      <ul className="notification-list">
        {pages.map((page) => (
          <li key={page.href} className="notification">
            <p>
              <Link href={page.href}>
                <strong>{page.title}</strong>
              </Link>
            </p>
            <p className="field__hint">{page.about}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
