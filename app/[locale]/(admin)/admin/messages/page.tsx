import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { LocalTime } from "@/app/_components/local-time";
import { requireUser } from "@/lib/auth/session";
import { listConversationsForAdmin } from "@/lib/messages/admin";

export const metadata: Metadata = { title: "Messages · Admin" };

/** Conversations newest first, without their text: opening one is an audited read. */
export default async function AdminMessagesPage({
  searchParams,
}: {
  searchParams: Promise<{ before?: string | string[] }>;
}) {
  const user = await requireUser("/admin/messages");
  const { before } = await searchParams;
  const cursor = typeof before === "string" && /^\d{1,9}$/.test(before) ? Number(before) : null;
  const page = await listConversationsForAdmin({ actor: user, before: cursor });
  if (!page) notFound();
  return (
    <section aria-labelledby="admin-messages-title">
      <p className="listing-card__meta">
        <Link href="/admin">Admin</Link>
      </p>
      <h1 id="admin-messages-title">Messages</h1>
      <p className="field__hint">
        Conversations between buyers and sellers, newest first. Opening one writes your read to the{" "}
        <Link href="/admin/audit">audit log</Link>.
      </p>
      {page.conversations.length === 0 ? (
        <div className="empty-state">
          <p>No conversations{cursor ? " before these" : " yet"}.</p>
        </div>
      ) : (
        <ol className="notification-list">
          {page.conversations.map((c) => (
            <li key={c.id} className="notification">
              <p>
                <Link href={`/admin/messages/${c.id}`}>
                  <strong>
                    #{c.id} {c.subject}
                  </strong>
                </Link>
              </p>
              <p className="field__hint">
                {c.buyerName} (buyer) and {c.sellerName} (seller) · {c.messageCount} message
                {c.messageCount === 1 ? "" : "s"} · last <LocalTime at={c.lastMessageAt} />
              </p>
            </li>
          ))}
        </ol>
      )}
      <p className="section-head">
        {cursor && <Link href="/admin/messages">Newest</Link>}
        {page.nextBefore && <Link href={`/admin/messages?before=${page.nextBefore}`}>Older</Link>}
      </p>
    </section>
  );
}
