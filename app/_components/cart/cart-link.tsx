"use client";

import { usePathname } from "next/navigation";
import { useSession } from "next-auth/react";
import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import { useEffect, useState } from "react";
import { cartChangedEvent } from "./cart-events";
import styles from "./cart-link.module.css";

/** Cart, orders and sales links for a signed-in collector; the cart count is fetched from the browser. */
export function CartLink() {
  const { status } = useSession();
  const pathname = usePathname();
  const [units, setUnits] = useState<number | null>(null);
  const t = useTranslations("Account");

  useEffect(() => {
    if (status !== "authenticated") return;
    let cancelled = false;
    fetch("/api/orders/cart", { cache: "no-store" })
      .then((r) => (r.ok ? r.json() : null))
      .then((body: { units?: number } | null) => {
        if (!cancelled && typeof body?.units === "number") setUnits(body.units);
      })
      .catch(() => {});
    const onChange = (event: Event) => setUnits((event as CustomEvent<number>).detail);
    window.addEventListener(cartChangedEvent, onChange);
    return () => {
      cancelled = true;
      window.removeEventListener(cartChangedEvent, onChange);
    };
  }, [status, pathname]);

  if (status !== "authenticated") return null;
  return (
    <nav className={styles.links} aria-label={t("buyingAndSelling")}>
      <Link href="/orders">{t("orders")}</Link>
      <Link href="/dashboard/sales">{t("sales")}</Link>
      <Link href="/cart" className={styles.cart}>
        {t("cart")}
        {units ? (
          <>
            {" "}
            <span className={styles.count}>{units}</span>
            <span className="visually-hidden"> {t("cartItems", { count: units })}</span>
          </>
        ) : null}
      </Link>
    </nav>
  );
}
