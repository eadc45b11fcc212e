import { index, integer, jsonb, pgTable, smallint, text, timestamp, uuid } from "drizzle-orm/pg-core";
import type { Item } from "@/lib/catalogue/item-schemas";
import { currency, listingCategory, pedalCarEra, soldSource } from "./enums";
import { listings } from "./listings";

/** Sold-price history: the comparables that valuation weighs. */
export const soldItems = pgTable(
  "sold_items",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    listingId: integer("listing_id").references(() => listings.id, { onDelete: "set null" }),
    source: soldSource("source").notNull(),
    category: listingCategory("category").notNull(),
    title: text("title").notNull(),
    attributes: jsonb("attributes").$type<Item>().notNull(),
    era: pedalCarEra("era"),
    model: text("model"),
    condition: text("condition"),
    year: smallint("year"),
    soldPriceCents: integer("sold_price_cents").notNull(),
    /** Shipping paid on top, when known; valuation compares prices without it. */
    shippingCents: integer("shipping_cents"),
    currency: currency("currency").notNull().default("USD"),
    country: text("country").notNull(),
    soldAt: timestamp("sold_at", { withTimezone: true }).notNull(),
    url: text("url"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("sold_items_category_model_idx").on(t.category, t.model, t.soldAt.desc()),
    index("sold_items_category_era_idx").on(t.category, t.era, t.soldAt.desc()),
  ],
);

export type SoldItem = typeof soldItems.$inferSelect;
export type NewSoldItem = typeof soldItems.$inferInsert;
