import type { Metadata } from "next";
import Link from "next/link";
import { LocalTime } from "@/app/_components/local-time";
import styles from "@/app/_components/messages/messages.module.css";
import { requireUser } from "@/lib/auth/session";
import { listConversations } from "@/lib/messages/queries";

export const metadata: Metadata = { title: "Messages" };

export default async function MessagesPage() {
  const user = await requireUser("/messages");
  const items = await listConversations({ userId: user.id });
  return (
    <section aria-labelledby="messages-title">
      <div className="section-head">
        <h1 id="messages-title">Messages</h1>
      </div>
      <p className="field__hint">
        Your conversations with buyers and sellers about a listing or an order, latest first. Start one with
        “Message the seller” on a listing, or from an order’s page.
      </p>
      {items.length === 0 ? (
        <div className="empty-state">
          <p>No messages yet.</p>
        </div>
      ) : (
        <ul className={styles.list} aria-label="Conversations">
          {items.map((c) => (
            <li key={c.id} className={c.unread > 0 ? `${styles.item} ${styles.unread}` : styles.item}>
              <div className={styles.itemHead}>
                <Link href={`/messages/${c.id}`}>
                  <strong>{c.subject}</strong>
                </Link>
                {c.unread > 0 && <span className="tag">{c.unread} new</span>}
              </div>
              <span className="listing-card__meta">
                {c.side === "buyer" ? "With the seller" : "With the buyer"}, {c.otherName} ·{" "}
                <LocalTime at={c.lastMessageAt} />
              </span>
              <p className={styles.excerpt}>{c.lastMessage}</p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
