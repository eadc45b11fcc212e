"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useState } from "react";
import { headerCountsChangedEvent } from "./header-counts";
import styles from "./notifications-link.module.css";

type Counts = { notifications: number; messages: number };

/**
 * "Messages (1)" and "Notifications (2)" in the header, counted in the browser (one request for
 * both) so cached pages stay the same for everyone.
 */
export function NotificationsLink() {
  const [unread, setUnread] = useState<Counts | null>(null);
  const pathname = usePathname();
  useEffect(() => {
    let cancelled = false;
    const load = () =>
      fetch("/api/notifications", { cache: "no-store" })
        .then((r) => r.json() as Promise<{ signedIn: boolean; unread: number; unreadMessages: number }>)
        .then(
          (body) =>
            !cancelled &&
            setUnread(body.signedIn ? { notifications: body.unread, messages: body.unreadMessages } : null),
        )
        .catch(() => {});
    void load();
    const timer = setInterval(() => document.visibilityState === "visible" && void load(), 60_000);
    window.addEventListener(headerCountsChangedEvent, load);
    return () => {
      cancelled = true;
      clearInterval(timer);
      window.removeEventListener(headerCountsChangedEvent, load);
    };
  }, [pathname]);
  if (unread === null) return null;
  return (
    <>
      <CountLink href="/messages" label="Messages" count={unread.messages} />
      <CountLink href="/notifications" label="Notifications" count={unread.notifications} />
    </>
  );
}

function CountLink({ href, label, count }: { href: string; label: string; count: number }) {
  return (
    <Link href={href} className={styles.link}>
      {label}
      {count > 0 && (
        <span className={styles.count}>
          {count}
          <span className="visually-hidden"> unread</span>
        </span>
      )}
    </Link>
  );
}
