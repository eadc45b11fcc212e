import Link from "next/link";
import { AccountMenu } from "@/app/_components/auth/account-menu";
import { CartLink } from "@/app/_components/cart/cart-link";
import { NotificationsLink } from "@/app/_components/notifications/notifications-link";
import { categories, categoryLabels } from "@/lib/catalogue/vocabulary";
import categoryNav from "./category-nav.module.css";
import styles from "./site-header.module.css";
import { SiteMenu } from "./site-menu";

export function SiteHeader() {
  return (
    <header className={styles.header} data-site-header>
      <div className={styles.bar}>
        <Link href="/" className={styles.brand}>
          <span className={styles.brandMark} aria-hidden="true">
            М
          </span>
          <span className={styles.brandName}>
            Moskvitch Market
            <small className={styles.tagline}>AZLK pedal cars · classics · parts</small>
          </span>
        </Link>
        <form className={`search-box ${styles.search}`} role="search" action="/listings" method="get">
          <label htmlFor="site-search" className="visually-hidden">
            Search the catalogue
          </label>
          <input
            id="site-search"
            name="q"
            type="search"
            placeholder="Search: pedal car, 412, windscreen…"
            autoComplete="off"
          />
          <button type="submit">Search</button>
        </form>
        <SiteMenu
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
          <nav className={`${categoryNav.nav} ${styles.categories}`} aria-label="Categories">
            <ul>
              {categories.map((category) => (
                <li key={category}>
                  <Link href={`/listings?category=${category}`}>{categoryLabels[category]}</Link>
                </li>
              ))}
              <li>
                <Link href="/parts">Parts finder</Link>
              </li>
              <li>
                <Link href="/auctions">Auctions</Link>
              </li>
              <li>
                <Link href="/results">Results</Link>
              </li>
              <li>
                <Link href="/reports">Market reports</Link>
              </li>
              <li>
                <Link href="/value" className={styles.fairValue}>
                  Check fair value
                </Link>
              </li>
            </ul>
          </nav>
        </SiteMenu>
      </div>
    </header>
  );
}
