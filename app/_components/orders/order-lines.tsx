import { Link } from "@/lib/i18n/navigation";
import { formatMoney } from "@/lib/kernel/money";
import styles from "./order-lines.module.css";

type Line = {
  listingId?: number;
  title: string;
  quantity: number;
  unitPriceCents: number;
  shippingCents: number;
  packingCents: number;
};

/** What was bought, line by line, with shipping (packing included) and the totals the server computed. */
export function OrderLines({
  lines,
  currency,
  itemsCents,
  shippingCents,
  totalCents,
  caption,
}: {
  lines: Line[];
  currency: string;
  itemsCents: number;
  shippingCents: number;
  totalCents: number;
  caption: string;
}) {
  const packingCents = lines.reduce((sum, l) => sum + l.packingCents, 0);
  return (
    <table className={styles.lines}>
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Item</th>
          <th scope="col">Qty</th>
          <th scope="col">Price</th>
          <th scope="col">Shipping</th>
        </tr>
      </thead>
      <tbody>
        {lines.map((line, i) => (
          <tr key={`${line.listingId ?? i}-${line.title}`}>
            <td>
              {line.listingId ? <Link href={`/listings/${line.listingId}`}>{line.title}</Link> : line.title}
            </td>
            <td>{line.quantity}</td>
            <td>{formatMoney(line.unitPriceCents * line.quantity, currency)}</td>
            <td>{formatMoney(line.shippingCents, currency)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row" colSpan={3}>
            Items
          </th>
          <td>{formatMoney(itemsCents, currency)}</td>
        </tr>
        <tr>
          <th scope="row" colSpan={3}>
            Shipping{packingCents ? ` (includes ${formatMoney(packingCents, currency)} careful packing)` : ""}
          </th>
          <td>{formatMoney(shippingCents, currency)}</td>
        </tr>
        <tr className={styles.total}>
          <th scope="row" colSpan={3}>
            Total
          </th>
          <td>{formatMoney(totalCents, currency)}</td>
        </tr>
      </tfoot>
    </table>
  );
}
