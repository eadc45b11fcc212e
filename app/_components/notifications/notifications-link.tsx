"use client";

import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
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
  const t = useTranslations("Account");
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
      <CountLink href="/messages" label={t("messages")} unreadWord={t("unread")} count={unread.messages} />
      <CountLink
        href="/notifications"
        label={t("notifications")}
        unreadWord={t("unread")}
        count={unread.notifications}
      />
    </>
  );
}

function CountLink(props: { href: string; label: string; unreadWord: string; count: number }) {
  return (
    <Link href={props.href} className={styles.link}>
      {props.label}
      {props.count > 0 && (
        <span className={styles.count}>
          {props.count}
          <span className="visually-hidden"> {props.unreadWord}</span>
        </span>
      )}
    </Link>
  );
}
