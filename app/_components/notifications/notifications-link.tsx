"use client";

import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import { useEffect, useState } from "react";
import styles from "./notifications-link.module.css";

/** "Notifications (2)" in the header, counted in the browser so cached pages stay the same for everyone. */
export function NotificationsLink() {
  const [unread, setUnread] = useState<number | null>(null);
  const pathname = usePathname();
  const t = useTranslations("Account");
  useEffect(() => {
    let cancelled = false;
    const load = () =>
      fetch("/api/notifications", { cache: "no-store" })
        .then((r) => r.json() as Promise<{ signedIn: boolean; unread: number }>)
        .then((body) => !cancelled && setUnread(body.signedIn ? body.unread : null))
        .catch(() => {});
    void load();
    const timer = setInterval(() => document.visibilityState === "visible" && void load(), 60_000);
    return () => {
      cancelled = true;
      clearInterval(timer);
    };
  }, [pathname]);
  if (unread === null) return null;
  return (
    <Link href="/notifications" className={styles.link}>
      {t("notifications")}
      {unread > 0 && (
        <span className={styles.count}>
          {unread}
          <span className="visually-hidden"> {t("unread")}</span>
        </span>
      )}
    </Link>
  );
}
