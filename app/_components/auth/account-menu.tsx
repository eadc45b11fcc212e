"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { signOut, useSession } from "next-auth/react";
import styles from "./account-menu.module.css";

export function AccountMenu() {
  const { data: session, status } = useSession();
  const router = useRouter();

  if (status === "loading") return <div className={styles.menu} aria-hidden="true" />;

  if (!session?.user) {
    return (
      <div className={styles.menu}>
        <Link href="/sign-in">Sign in</Link>
        <Link className="button button--small" href="/sign-up">
          Create account
        </Link>
      </div>
    );
  }

  return (
    <div className={styles.menu}>
      <Link href="/sell">Sell</Link>
      <Link href="/dashboard/listings">My listings</Link>
      {session.user.role === "admin" && <Link href="/admin">Admin</Link>}
      <span className={styles.name} data-testid="signed-in-as">
        Signed in as <strong>{session.user.name}</strong>
      </span>
      <Link href="/account/password">Password</Link>
      <button
        type="button"
        className="button button--small button--ghost"
        onClick={async () => {
          await signOut({ redirect: false });
          router.push("/");
          router.refresh();
        }}
      >
        Sign out
      </button>
    </div>
  );
}
