import { sql } from "drizzle-orm";
import {
  boolean,
  customType,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";
import type { Item } from "@/lib/catalogue/item-schemas";
import {
  currency,
  listingCategory,
  listingHiddenReason,
  listingStatus,
  pedalCarEra,
  saleFormat,
} from "./enums";
import { users } from "./users";

const tsvector = customType<{ data: string }>({ dataType: () => "tsvector" });

/** One shipping option a seller offers: a destination (ISO country or "WORLD") and its price. */
export type ShippingOption = { destination: string; priceCents: number; label?: string };

export const listings = pgTable(
  "listings",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    sellerId: uuid("seller_id")
      .notNull()
      .references(() => users.id),
    category: listingCategory("category").notNull(),
    status: listingStatus("status").notNull().default("draft"),
    saleFormat: saleFormat("sale_format").notNull().default("fixed_price"),
    title: text("title").notNull(),
    description: text("description").notNull().default(""),
    /** Category-specific attributes, validated by the category's zod schema before they are stored. */
    attributes: jsonb("attributes").$type<Item & Record<string, unknown>>().notNull(),
    // Attributes promoted to columns because search filters on them.
    era: pedalCarEra("era"),
    model: text("model"),
    condition: text("condition"),
    year: smallint("year"),
    askingPriceCents: integer("asking_price_cents").notNull(),
    currency: currency("currency").notNull().default("USD"),
    /**
     * Units on hand, free to sell. Only orders move it (lib/orders/stock.ts): on hand + reserved +
     * sold always equals `listedQuantity`.
     */
    quantity: integer("quantity").notNull().default(1),
    /** Units the seller listed: 1 for a car or toy, more for spare parts. */
    listedQuantity: integer("listed_quantity").notNull().default(1),
    country: text("country").notNull(),
    city: text("city"),
    shippingOptions: jsonb("shipping_options").$type<ShippingOption[]>().notNull().default([]),
    photoCount: smallint("photo_count").notNull().default(0),
    /** Extra words that make near-misses match: transliterations, model aliases. */
    searchAliases: text("search_aliases").notNull().default(""),
    searchVector: tsvector("search_vector").generatedAlwaysAs(
      sql`setweight(to_tsvector('simple', coalesce(title, '')), 'A') || setweight(to_tsvector('simple', coalesce(search_aliases, '')), 'B') || setweight(to_tsvector('simple', coalesce(description, '')), 'C')`,
    ),
    // Fair value for a US buyer, stored when the listing is published or edited (and refreshed by
    // `npm run valuation:refresh`), so search can show verdicts and sort by best deal without
    // running the engine per row.
    fairValueLowCents: integer("fair_value_low_cents"),
    fairValueCents: integer("fair_value_cents"),
    fairValueHighCents: integer("fair_value_high_cents"),
    /** Asking price per thousand of fair value: 800 is 20% under. The "best deal" sort key. */
    dealPermille: integer("deal_permille").generatedAlwaysAs(
      sql`case when fair_value_cents > 0 then (asking_price_cents::bigint * 1000 / fair_value_cents)::int end`,
    ),
    valuedAt: timestamp("valued_at", { withTimezone: true }),
    publishedAt: timestamp("published_at", { withTimezone: true }),
    soldAt: timestamp("sold_at", { withTimezone: true }),
    deletedAt: timestamp("deleted_at", { withTimezone: true }),
    /**
     * Taken down by an admin: out of every public page and nothing can be bought or bid on, while its
     * seller still sees it. `hiddenReason` says why, so restoring a suspended account brings back
     * only what the suspension hid (lib/listings/visibility.ts states the rule).
     */
    hiddenAt: timestamp("hidden_at", { withTimezone: true }),
    hiddenReason: listingHiddenReason("hidden_reason"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => {
    // Public pages only ever read live listings, so their indexes hold only those rows; each ends
    // in id to match the keyset order (sort key, id) of search pages. NULLS FIRST is what a plain
    // ORDER BY ... DESC means, so the index order matches the queries'.
    const live = sql`${t.status} = 'live' and ${t.deletedAt} is null`;
    return [
      index("listings_live_newest_idx")
        .on(t.publishedAt.desc().nullsFirst(), t.id.desc().nullsFirst())
        .where(live),
      index("listings_live_category_newest_idx")
        .on(t.category, t.publishedAt.desc().nullsFirst(), t.id.desc().nullsFirst())
        .where(live),
      index("listings_live_price_idx").on(t.askingPriceCents, t.id).where(live),
      index("listings_live_category_price_idx").on(t.category, t.askingPriceCents, t.id).where(live),
      index("listings_live_deal_idx").on(t.dealPermille, t.id).where(live),
      index("listings_live_category_deal_idx").on(t.category, t.dealPermille, t.id).where(live),
      index("listings_seller_idx").on(t.sellerId, t.status),
      index("listings_search_idx").using("gin", t.searchVector),
    ];
  },
);

export const listingPhotos = pgTable(
  "listing_photos",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    listingId: integer("listing_id")
      .notNull()
      .references(() => listings.id, { onDelete: "cascade" }),
    position: smallint("position").notNull(),
    /** Key in the photo storage; sizes are derived from it. */
    storageKey: text("storage_key").notNull(),
    width: integer("width").notNull(),
    height: integer("height").notNull(),
    altText: text("alt_text").notNull().default(""),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("listing_photos_listing_idx").on(t.listingId, t.position)],
);

/** Which cars and toys a spare part fits: one row per model or era. */
export const partFits = pgTable(
  "part_fits",
  {
    listingId: integer("listing_id")
      .notNull()
      .references(() => listings.id, { onDelete: "cascade" }),
    fitsCategory: listingCategory("fits_category").notNull(),
    /** Classic model code or toy kind; empty string when the part fits every model of the category. */
    fitsModel: text("fits_model").notNull().default(""),
    /** Pedal-car era; "any" when the part fits every era. */
    fitsEra: text("fits_era").notNull().default("any"),
  },
  (t) => [
    primaryKey({ columns: [t.listingId, t.fitsCategory, t.fitsModel, t.fitsEra] }),
    index("part_fits_lookup_idx").on(t.fitsCategory, t.fitsModel, t.fitsEra),
  ],
);

export const watchlist = pgTable(
  "watchlist",
  {
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    listingId: integer("listing_id")
      .notNull()
      .references(() => listings.id, { onDelete: "cascade" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.listingId] })],
);

export const savedSearches = pgTable("saved_searches", {
  id: uuid("id").primaryKey().defaultRandom(),
  userId: uuid("user_id")
    .notNull()
    .references(() => users.id, { onDelete: "cascade" }),
  name: text("name").notNull(),
  /** The /listings query string that defines the search. */
  query: text("query").notNull(),
  alertUnderFairValue: boolean("alert_under_fair_value").notNull().default(true),
  lastNotifiedAt: timestamp("last_notified_at", { withTimezone: true }),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

export type Listing = typeof listings.$inferSelect;
export type NewListing = typeof listings.$inferInsert;
export type ListingPhoto = typeof listingPhotos.$inferSelect;

/**
 * The words of live listings' titles and aliases with how many listings use each: what "Did you mean"
 * mends a typo to. Kept by a scheduled job (lib/listings/vocabulary.ts), so no request ever reads the
 * whole catalogue; the trigram index finds the close words of a typo.
 */
export const searchVocabulary = pgTable(
  "search_vocabulary",
  {
    word: text("word").primaryKey(),
    listings: integer("listings").notNull(),
  },
  (t) => [index("search_vocabulary_word_trgm_idx").using("gin", sql`${t.word} gin_trgm_ops`)],
);
