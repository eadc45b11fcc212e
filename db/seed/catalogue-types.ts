import type { ShippingOption } from "@/db/schema/listings";
import type { Item } from "@/lib/catalogue/item-schemas";
import type { Art } from "./illustrations";
import type { DemoAccountKey } from "./users";

// The shape every catalogue file fills in; index.ts turns these into listings, part fits and photos.

export type SeedListing = {
  seller: DemoAccountKey;
  title: string;
  description: string;
  priceCents: number;
  /** The listing's currency; USD unless given. */
  currency?: "USD" | "EUR" | "GBP";
  /** Checked with itemSchema before insert; extra keys (restoredBy, vin...) are what the sell form stores too. */
  attributes: Item & Record<string, unknown>;
  quantity?: number;
  country: string;
  city: string;
  shipping: ShippingOption[];
  status?: "live" | "draft" | "sold";
  /** Days before the seed ran that the listing was published (drafts: created). */
  daysAgo: number;
  /** For sold listings: days before the seed ran that it sold, and the price it sold for. */
  soldDaysAgo?: number;
  art: Art;
  /** Number of photos, 0 to 3. */
  photos: number;
};

export const dollars = (amount: number) => Math.round(amount * 100);

export const ship = {
  pedalFromUS: [
    // Carriage only: checkout adds the pedal car's careful packing on top, as a line of its own.
    { destination: "US", priceCents: 8500, label: "Crated, tracked" },
    { destination: "CA", priceCents: 14500, label: "Crated, tracked" },
    { destination: "WORLD", priceCents: 23000, label: "Crated, tracked" },
  ],
  pedalFromEE: [
    { destination: "EE", priceCents: 2500, label: "Local courier" },
    { destination: "WORLD", priceCents: 16000, label: "Boxed, tracked" },
  ],
  toyFromUS: [
    { destination: "US", priceCents: 4500 },
    { destination: "WORLD", priceCents: 9500 },
  ],
  smallPartFromEE: [
    { destination: "EE", priceCents: 400 },
    { destination: "WORLD", priceCents: 1400, label: "Tracked airmail" },
  ],
  bulkyPartFromEE: [
    { destination: "EE", priceCents: 900 },
    { destination: "WORLD", priceCents: 4500, label: "Tracked parcel" },
  ],
  smallPartFromUS: [
    { destination: "US", priceCents: 800 },
    { destination: "WORLD", priceCents: 2800 },
  ],
  carCollection: [],
  carTransportUS: [{ destination: "US", priceCents: 95000, label: "Enclosed transport, lower 48 (quote)" }],
} satisfies Record<string, ShippingOption[]>;
