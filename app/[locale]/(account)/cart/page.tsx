import { LocalTime } from "@/app/_components/local-time";
import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { CartLineControls } from "@/app/_components/cart/cart-line-controls";
import { CheckoutForm } from "@/app/_components/cart/checkout-form";
import { PayNowButton } from "@/app/_components/orders/pay-now-button";
import { ShipToForm } from "@/app/_components/cart/ship-to-form";
import { requireUser } from "@/lib/auth/session";
import { randomUUID } from "node:crypto";
import { listAddresses } from "@/lib/cart/destination";
import { getCart } from "@/lib/cart/queries";
import { countryName } from "@/lib/catalogue/describe";
import { listOrdersForBuyer } from "@/lib/orders/queries";
import { isSingleItem } from "@/lib/listings/pricing";
import { isTestPaymentMode } from "@/lib/payments/stripe";
import { formatMoney } from "@/lib/kernel/money";
import { ItemThumbnail } from "@/app/_components/dashboard/item-thumbnail";
import styles from "./cart.module.css";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Cart"))("title") };
}
// Per buyer, always read fresh: never prerendered.
export const dynamic = "force-dynamic";

export default async function CartPage() {
  const user = await requireUser("/cart");
  const [cart, orders, addresses] = await Promise.all([
    getCart({ buyerId: user.id }),
    listOrdersForBuyer(user.id),
    listAddresses(user.id),
  ]);
  const { destination } = cart;
  const country = destination.country;
  const destinationLabel = !destination.known
    ? null
    : destination.address
      ? `${destination.address.name}, ${destination.address.city}, ${countryName(destination.country)}`
      : countryName(destination.country);
  const addressChoices = addresses.map((a) => ({
    id: a.id,
    name: a.name,
    lines: [a.line1, a.line2, a.city, a.postalCode].filter(Boolean).join(", "),
    countryName: countryName(a.country),
    isDefault: a.isDefault,
  }));
  // Orders of one whole-cart checkout are paid together: one notice and one Pay now for them.
  const awaitingPayments = new Map<string, { checkoutId: number | null; orders: typeof orders }>();
  for (const order of orders.filter((o) => o.status === "pending_payment")) {
    const key = order.checkoutId ? `checkout-${order.checkoutId}` : `order-${order.id}`;
    const payment = awaitingPayments.get(key) ?? { checkoutId: order.checkoutId, orders: [] };
    payment.orders.push(order);
    awaitingPayments.set(key, payment);
  }
  const currencies = [...new Set(cart.groups.map((g) => g.currency))];
  const testMode = isTestPaymentMode();
  const t = await getTranslations("Cart");
  const locale = await getLocale();
  const money = (cents: number, currency: string) => formatMoney(cents, currency, { locale });

  return (
    <section aria-labelledby="cart-title" className="cart-page">
      <h1 id="cart-title">{t("title")}</h1>
      {[...awaitingPayments].map(([key, payment]) => (
        <div key={key} className={`alert alert--info ${styles.awaiting}`}>
          <p>
            {payment.checkoutId ? (
              <Link href={`/checkouts/${payment.checkoutId}`}>
                One payment for {payment.orders.length} {payment.orders.length === 1 ? "order" : "orders"}
              </Link>
            ) : (
              <Link href={`/orders/${payment.orders[0]!.id}`}>Order {payment.orders[0]!.id}</Link>
            )}{" "}
            from {payment.orders.map((o) => o.otherPartyName).join(" and ")} (
            {formatMoney(
              payment.orders.reduce((sum, o) => sum + o.totalCents, 0),
              payment.orders[0]!.currency,
            )}
            ) {payment.orders.length > 1 ? "are" : "is"} reserved for you
            {payment.orders[0]!.reservedUntil && (
              <>
                {" "}
                until <LocalTime at={payment.orders[0]!.reservedUntil} style="time" />
              </>
            )}{" "}
            and waiting for payment.
          </p>
          <PayNowButton orderId={payment.orders[0]!.id} />
        </div>
      ))}
      {cart.groups.length === 0 ? (
        <div className="empty-state">
          <p>{t("empty")}</p>
          <p>
            {t.rich("browse", {
              parts: (chunks) => <Link href="/listings?category=part">{chunks}</Link>,
              cars: (chunks) => <Link href="/listings?category=pedal_car">{chunks}</Link>,
            })}
          </p>
        </div>
      ) : (
        <>
          <ShipToForm
            country={country}
            addressId={destination.address?.id ?? null}
            addresses={addressChoices}
            destinationLabel={destinationLabel}
          />
          <p className={styles.intro}>
            You check out once, with one address and one payment. Each seller ships separately, so each one
            gets their own order to ship and track. Prices, shipping and totals are worked out here from the
            listings as they are now.
          </p>
          {cart.groups.map((group) => (
            <section
              key={`${group.sellerId}-${group.currency}`}
              className={`panel ${styles.group}`}
              aria-labelledby={`group-${group.sellerId}-${group.currency}`}
            >
              <h2 id={`group-${group.sellerId}-${group.currency}`}>
                {t("from", { seller: group.sellerName })}
              </h2>
              <ul className={styles.lines}>
                {group.lines.map((line) => (
                  <li
                    key={line.listingId}
                    className={line.problem ? `${styles.line} ${styles.problemLine}` : styles.line}
                  >
                    <ItemThumbnail photoKey={line.coverPhotoKey} emptyText={t("noPhoto")} />
                    <div className={styles.body}>
                      <Link className="dashboard-item__title" href={`/listings/${line.listingId}`}>
                        {line.title}
                      </Link>
                      <span className="listing-card__meta">
                        {t("each", { price: money(line.unitPriceCents, group.currency) })}
                        {!isSingleItem(line.category) && line.stock > 0
                          ? t("inStock", { count: line.stock })
                          : ""}
                        {line.shippingLabel
                          ? t(line.packingCents ? "shippingPacked" : "shipping", {
                              price: money(line.shippingCents, group.currency),
                              label: line.shippingLabel,
                              packing: money(line.packingCents, group.currency),
                            })
                          : ""}
                      </span>
                      {line.problem && <p className={styles.problem}>{line.problem}</p>}
                    </div>
                    <CartLineControls
                      listingId={line.listingId}
                      title={line.title}
                      quantity={line.quantity}
                      maxQuantity={isSingleItem(line.category) ? 1 : line.stock}
                    />
                    <span className={styles.total}>
                      {line.problem ? "–" : money(line.itemsCents + line.shippingCents, group.currency)}
                    </span>
                  </li>
                ))}
              </ul>
              <dl className={styles.totals}>
                <dt>{t("items")}</dt>
                <dd>{money(group.totals.itemsCents, group.currency)}</dd>
                <dt>{t(group.totals.packingCents ? "shippingTotalPacked" : "shippingTotal")}</dt>
                <dd>{money(group.totals.shippingCents, group.currency)}</dd>
                <dt className={styles.grandTotal}>{t("total")}</dt>
                <dd className={styles.grandTotal}>{money(group.totals.totalCents, group.currency)}</dd>
              </dl>
            </section>
          ))}
          {currencies.map((currency) => {
            const groups = cart.groups.filter((g) => g.currency === currency);
            const sum = (pick: (t: (typeof groups)[number]["totals"]) => number) =>
              groups.reduce((total, g) => total + pick(g.totals), 0);
            return (
              <section
                key={currency}
                className={`panel ${styles.group}`}
                aria-labelledby={`checkout-${currency}`}
              >
                <h2 id={`checkout-${currency}`}>
                  {currencies.length > 1 ? `Everything priced in ${currency}` : "Check out"}
                </h2>
                <dl className={styles.totals}>
                  <dt>Items</dt>
                  <dd>
                    {formatMoney(
                      sum((t) => t.itemsCents),
                      currency,
                    )}
                  </dd>
                  <dt>
                    Shipping, {groups.length === 1 ? "one parcel" : `${groups.length} sellers' parcels`}
                  </dt>
                  <dd>
                    {formatMoney(
                      sum((t) => t.shippingCents),
                      currency,
                    )}
                  </dd>
                  <dt className={styles.grandTotal}>You pay, once</dt>
                  <dd className={styles.grandTotal}>
                    {formatMoney(
                      sum((t) => t.totalCents),
                      currency,
                    )}
                  </dd>
                </dl>
                <CheckoutForm
                  currency={currency}
                  country={country}
                  requestId={randomUUID()}
                  sellerCount={groups.length}
                  sellerName={groups[0]!.sellerName}
                  totalLabel={formatMoney(
                    sum((t) => t.totalCents),
                    currency,
                  )}
                  canCheckOut={destination.known && groups.every((g) => g.canCheckOut)}
                  testMode={testMode}
                />
              </section>
            );
          })}
        </>
      )}
    </section>
  );
}
