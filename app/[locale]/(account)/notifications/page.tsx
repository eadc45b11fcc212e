import { LocalTime } from "@/app/_components/local-time";
import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { requireUser } from "@/lib/auth/session";
import { markAllNotificationsReadAction } from "@/lib/notifications/actions";
import { listNotifications } from "@/lib/notifications/queries";

export const metadata: Metadata = { title: "Notifications" };

export default async function NotificationsPage() {
  const user = await requireUser("/notifications");
  const items = await listNotifications({ userId: user.id });
  const unread = items.filter((n) => !n.read).length;
  return (
    <section aria-labelledby="notifications-title">
      <div className="section-head">
        <h1 id="notifications-title">Notifications</h1>
        {unread > 0 && (
          <form action={markAllNotificationsReadAction}>
            <button className="button button--ghost button--small" type="submit">
              Mark all as read
            </button>
          </form>
        )}
      </div>
      <p className="field__hint">
        Outbid, ending soon, won, questions and answers on listings you sell, watch or asked about, and new
        listings under fair value that match your <Link href="/saved-searches">saved searches</Link>. Each is
        also emailed to you.
      </p>
      {items.length === 0 ? (
        <div className="empty-state">
          <p>Nothing yet. Bid, watch an auction or save a search, and news about them lands here.</p>
        </div>
      ) : (
        <ul className="notification-list">
          {items.map((n) => (
            <li key={n.id} className={n.read ? "notification" : "notification notification--unread"}>
              <Link href={n.href}>
                <strong>{n.title}</strong>
              </Link>
              {!n.read && <span className="tag">New</span>}
              <p>{n.body}</p>
              <span className="field__hint">
                <LocalTime at={n.createdAt} />
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
