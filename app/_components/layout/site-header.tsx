import Link from "next/link";
import { AccountMenu } from "@/app/_components/auth/account-menu";
import { CartLink } from "@/app/_components/cart/cart-link";
import { NotificationsLink } from "@/app/_components/notifications/notifications-link";
import { categories, categoryLabels } from "@/lib/catalogue/vocabulary";

export function SiteHeader() {
  return (
    <header className="site-header">
      <div className="site-header__bar">
        <Link href="/" className="brand">
          <span className="brand__mark" aria-hidden="true">
            М
          </span>
          <span>
            Moskvitch Market
            <small>AZLK pedal cars · classics · parts</small>
          </span>
        </Link>
        <form className="search-box" role="search" action="/listings" method="get">
          <label htmlFor="site-search" className="visually-hidden">
            Search the catalogue
          </label>
          <input id="site-search" name="q" type="search" placeholder="Search: pedal car, 412, windscreen…" autoComplete="off" />
          <button type="submit">Search</button>
        </form>
        <CartLink />
        <NotificationsLink />
        <AccountMenu />
      </div>
      <nav className="category-nav" aria-label="Categories">
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
            <Link href="/value" className="category-nav__value">
              Check fair value
            </Link>
          </li>
        </ul>
      </nav>
    </header>
  );
}
