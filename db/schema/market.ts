import { sql } from "drizzle-orm";
import {
  check,
  customType,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgEnum,
  pgTable,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import type { Item } from "@/lib/catalogue/item-schemas";
import { currency, listingCategory, pedalCarEra } from "./enums";
import { listings } from "./listings";

/**
 * Where a sale comes from: paid for on this marketplace (an order or a won auction), imported from a
 * named public source with its address, or generated for the demo (never market evidence; only the
 * demo seed writes it).
 */
const tsvector = customType<{ data: string }>({ dataType: () => "tsvector" });

export const saleOrigin = pgEnum("sale_origin", ["marketplace", "imported", "demo"]);

/** Sold-price history: the comparables that valuation weighs. */
export const soldItems = pgTable(
  "sold_items",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    listingId: integer("listing_id").references(() => listings.id, { onDelete: "set null" }),
    origin: saleOrigin("origin").notNull(),
    /** The public source an imported result comes from ("Bonhams", "eBay"); its address is `url`. */
    sourceName: text("source_name"),
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
    /** The sale's address: a listing here, or the public page of an imported result (one row per address). */
    url: text("url"),
    /** The title's words, for searching the public results archive. */
    searchVector: tsvector("search_vector").generatedAlwaysAs(
      sql`to_tsvector('simple', coalesce(title, ''))`,
    ),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  // One index per way the comparables query narrows a category (lib/valuation/queries.ts), each ending
  // in the newest-first order it reads: the newest 300 come straight off the index, with no sort. NULLS
  // FIRST is what a plain ORDER BY ... DESC means; an index in any other order is read and then sorted.
  (t) => [
    index("sold_items_category_newest_idx").on(t.category, t.soldAt.desc().nullsFirst()),
    index("sold_items_model_newest_idx").on(t.category, t.model, t.soldAt.desc().nullsFirst()),
    index("sold_items_era_newest_idx").on(t.category, t.era, t.soldAt.desc().nullsFirst()),
    index("sold_items_toy_newest_idx")
      .on(sql`(${t.attributes}->>'toy')`, t.soldAt.desc().nullsFirst())
      .where(sql`${t.category} = 'toy'`),
    index("sold_items_part_type_newest_idx")
      .on(sql`(${t.attributes}->>'partType')`, t.soldAt.desc().nullsFirst())
      .where(sql`${t.category} = 'part'`),
    // The results archive pages newest first, over everything or one category (keyset: sold_at, id).
    index("sold_items_sold_idx").on(t.soldAt.desc(), t.id.desc()),
    index("sold_items_category_sold_idx").on(t.category, t.soldAt.desc(), t.id.desc()),
    index("sold_items_search_idx").using("gin", t.searchVector),
    uniqueIndex("sold_items_url_key").on(t.url),
  ],
);

export type SoldItem = typeof soldItems.$inferSelect;
export type NewSoldItem = typeof soldItems.$inferInsert;

/**
 * Dated exchange rates: units of `currency` per US dollar on `ratesOn`, with where the figure comes
 * from. A conversion uses the latest rate on or before the day it converts for.
 */
export const exchangeRates = pgTable(
  "exchange_rates",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    ratesOn: date("rates_on", { mode: "string" }).notNull(),
    currency: text("currency").notNull(),
    perUsd: numeric("per_usd", { precision: 18, scale: 8 }).notNull(),
    source: text("source").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("exchange_rates_currency_day_key").on(t.currency, t.ratesOn),
    check("exchange_rates_per_usd_positive", sql`${t.perUsd} > 0`),
  ],
);

export type ExchangeRateRow = typeof exchangeRates.$inferSelect;

/**
 * The valuation's published accuracy, one row per category per back-test run: how far the estimate
 * of each recorded (non-demo) sale, made from the sales before it, fell from its price.
 */
export const valuationAccuracy = pgTable(
  "valuation_accuracy",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    measuredAt: timestamp("measured_at", { withTimezone: true }).notNull(),
    category: listingCategory("category").notNull(),
    /** Recorded (non-demo) sales valued; 0 when there were none to test against. */
    sampleSize: integer("sample_size").notNull(),
    /** Demo sales on record in the category, which are never tested against. */
    demoSales: integer("demo_sales").notNull(),
    /** Median absolute percentage error, in basis points (1234 = 12.34%); null without a sample. */
    medianErrorBasisPoints: integer("median_error_basis_points"),
    /** Share of sales whose price fell inside the stated low-high range, in basis points; null without a sample. */
    insideRangeBasisPoints: integer("inside_range_basis_points"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("valuation_accuracy_measured_idx").on(t.measuredAt.desc())],
);

export type ValuationAccuracyRow = typeof valuationAccuracy.$inferSelect;

/**
 * How often each page with too many variants to cache them all (a search with words, a valuation
 * question) was asked lately (lib/kernel/popular-pages.ts). The most asked are promoted: they become
 * cached pages. Halved by a scheduled job and trimmed to a fixed number of rows, so it never grows
 * without bound.
 */
export const popularPages = pgTable(
  "popular_pages",
  {
    /** The page's path and canonical query, e.g. "/listings?q=aleko&category=part". */
    page: text("page").primaryKey(),
    hits: integer("hits").notNull().default(0),
    lastAskedAt: timestamp("last_asked_at", { withTimezone: true }).notNull().defaultNow(),
    /** Set while the page is served from the cache; cleared after a while to count it afresh. */
    promotedAt: timestamp("promoted_at", { withTimezone: true }),
  },
  (t) => [
    index("popular_pages_promoted_idx")
      .on(t.page)
      .where(sql`${t.promotedAt} is not null`),
  ],
);
