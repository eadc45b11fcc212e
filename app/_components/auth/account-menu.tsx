"use client";

import { useRouter } from "next/navigation";
import { signOut, useSession } from "next-auth/react";
import { useLocale, useTranslations } from "next-intl";
import { getPathname, Link } from "@/lib/i18n/navigation";
import styles from "./account-menu.module.css";

export function AccountMenu() {
  const { data: session, status } = useSession();
  const router = useRouter();
  const t = useTranslations("Account");
  const locale = useLocale();

  if (status === "loading") return <div className={styles.menu} aria-hidden="true" />;

  if (!session?.user) {
    return (
      <div className={styles.menu}>
        <Link href="/sign-in">{t("signIn")}</Link>
        <Link className="button button--small" href="/sign-up">
          {t("createAccount")}
        </Link>
      </div>
    );
  }

  return (
    <div className={styles.menu}>
      <Link href="/sell">{t("sell")}</Link>
      <Link href="/dashboard/listings">{t("myListings")}</Link>
      {session.user.role === "admin" && <Link href="/admin">{t("admin")}</Link>}
      <span className={styles.name} data-testid="signed-in-as">
        {t.rich("signedInAs", {
          name: session.user.name ?? "",
          strong: (chunks) => <strong>{chunks}</strong>,
        })}
      </span>
      <Link href="/account/password">{t("password")}</Link>
      <button
        type="button"
        className="button button--small button--ghost"
        onClick={async () => {
          await signOut({ redirect: false });
          router.push(getPathname({ href: "/", locale }));
          router.refresh();
        }}
      >
        {t("signOut")}
      </button>
    </div>
  );
}
