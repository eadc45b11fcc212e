import type { ShippingOption } from "@/db/schema/listings";
import type { Category } from "@/lib/catalogue/vocabulary";
import { isSingleItem } from "@/lib/listings/pricing";

// Whether a cart line can still be bought as it stands. Pure, shared by the cart page and checkout.

export type LineState = {
  quantity: number;
  stock: number;
  status: string;
  saleFormat: string;
  deleted: boolean;
  category: Category;
  shippingOptions: readonly ShippingOption[];
};

export function lineProblem(line: LineState): string | null {
  if (line.deleted || line.saleFormat !== "fixed_price" || (line.status !== "live" && line.status !== "sold"))
    return "No longer for sale.";
  if (line.status === "sold" || line.stock === 0)
    return isSingleItem(line.category) ? "Sold out: another collector got there first." : "Sold out.";
  if (line.quantity > line.stock) return `Only ${line.stock} left: lower the quantity.`;
  return null;
}
