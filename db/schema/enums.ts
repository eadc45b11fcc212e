import { pgEnum } from "drizzle-orm/pg-core";
import { categories, currencies, pedalCarEras } from "@/lib/catalogue/vocabulary";

export const userRole = pgEnum("user_role", ["user", "admin"]);
export const listingCategory = pgEnum("listing_category", categories);
export const pedalCarEra = pgEnum("pedal_car_era", pedalCarEras);
export const currency = pgEnum("currency", currencies);
export const saleFormat = pgEnum("sale_format", ["fixed_price", "auction"]);
export const listingStatus = pgEnum("listing_status", ["draft", "live", "sold", "ended", "withdrawn"]);
/** Why an admin took a listing down: on its own ("admin") or with its seller's account ("suspension"). */
export const listingHiddenReason = pgEnum("listing_hidden_reason", ["admin", "suspension"]);
export const orderStatus = pgEnum("order_status", [
  "pending_payment",
  "paid",
  "shipped",
  "received",
  "cancelled",
  "expired",
  "payment_failed",
  "refunded",
]);
export const auctionStatus = pgEnum("auction_status", ["scheduled", "open", "closed"]);
