import { getLocale, getTranslations } from "next-intl/server";
import { AccountMenu } from "@/app/_components/auth/account-menu";
import { CartLink } from "@/app/_components/cart/cart-link";
import { NotificationsLink } from "@/app/_components/notifications/notifications-link";
import { Link, getPathname } from "@/lib/i18n/navigation";
import { categories } from "@/lib/catalogue/vocabulary";
import categoryNav from "./category-nav.module.css";
import { LanguageSwitch } from "./language-switch";
import styles from "./site-header.module.css";
import { SiteMenu } from "./site-menu";

export async function SiteHeader() {
  const t = await getTranslations("Layout");
  const category = await getTranslations("Category");
  const locale = await getLocale();
  return (
    <header className={styles.header} data-site-header>
      <div className={styles.bar}>
        <Link href="/" className={styles.brand}>
          <span className={styles.brandMark} aria-hidden="true">
            М
          </span>
          <span className={styles.brandName}>
            Moskvitch Market
            <small className={styles.tagline}>{t("tagline")}</small>
          </span>
        </Link>
        <form
          className={`search-box ${styles.search}`}
          role="search"
          action={getPathname({ href: "/listings", locale })}
          method="get"
        >
          <label htmlFor="site-search" className="visually-hidden">
            {t("searchLabel")}
          </label>
          <input
            id="site-search"
            name="q"
            type="search"
            placeholder={t("searchPlaceholder")}
            autoComplete="off"
          />
          <button type="submit">{t("search")}</button>
        </form>
        <SiteMenu
          label={t("menu")}
          classNames={{
            button: styles.menuButton,
            icon: styles.menuIcon,
            menu: styles.menu,
            open: styles.menuOpen,
          }}
        >
          <CartLink />
          <NotificationsLink />
          <AccountMenu />
          <div className={styles.language}>
            <LanguageSwitch />
          </div>
          <nav className={`${categoryNav.nav} ${styles.categories}`} aria-label={t("categoriesNav")}>
            <ul>
              {categories.map((c) => (
                <li key={c}>
                  <Link href={`/listings?category=${c}`}>{category(c)}</Link>
                </li>
              ))}
              <li>
                <Link href="/parts">{t("partsFinder")}</Link>
              </li>
              <li>
                <Link href="/auctions">{t("auctions")}</Link>
              </li>
              <li>
                <Link href="/results">{t("results")}</Link>
              </li>
              <li>
                <Link href="/reports">{t("reports")}</Link>
              </li>
              <li>
                <Link href="/value" className={styles.fairValue}>
                  {t("checkFairValue")}
                </Link>
              </li>
            </ul>
          </nav>
        </SiteMenu>
      </div>
    </header>
  );
}
