import "server-only";
import { and, eq } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Database } from "@/db/client";
import { addresses, cartDestinations, users, type Order } from "@/db/schema";
import { toCountryCode } from "./countries";

// Where a buyer's parcels go, decided in one place for every price, bid check and order: the
// address chosen for the cart, else the country chosen for the cart, else the default address,
// else the home country given at sign-up. With none of these it is unknown, and nothing that
// takes money goes ahead until the buyer says.

export type ShippingAddress = {
  id: string;
  name: string;
  line1: string;
  line2: string | null;
  city: string;
  postalCode: string;
  country: string;
};

export type BuyerDestination =
  | {
      known: true;
      country: string;
      address: ShippingAddress | null;
      source: "cart_address" | "cart_country" | "default_address" | "home";
    }
  | { known: false; country: null; address: null; source: "unknown" };

export const unknownDestinationMessage =
  "Tell us which country to ship to first: choose it on your cart page, or add a shipping address.";

const chosen = alias(addresses, "chosen_address");
const fallback = alias(addresses, "default_address");

/** The buyer's destination; takes the database or the caller's transaction. */
export async function getBuyerDestination(db: Database, buyerId: string): Promise<BuyerDestination> {
  const [row] = await db
    .select({
      homeCountry: users.country,
      cartCountry: cartDestinations.country,
      chosen: {
        id: chosen.id,
        name: chosen.name,
        line1: chosen.line1,
        line2: chosen.line2,
        city: chosen.city,
        postalCode: chosen.postalCode,
        country: chosen.country,
      },
      fallback: {
        id: fallback.id,
        name: fallback.name,
        line1: fallback.line1,
        line2: fallback.line2,
        city: fallback.city,
        postalCode: fallback.postalCode,
        country: fallback.country,
      },
    })
    .from(users)
    .leftJoin(cartDestinations, eq(cartDestinations.userId, users.id))
    .leftJoin(chosen, and(eq(chosen.id, cartDestinations.addressId), eq(chosen.userId, users.id)))
    .leftJoin(fallback, and(eq(fallback.userId, users.id), eq(fallback.isDefault, true)))
    .where(eq(users.id, buyerId))
    .limit(1);
  if (!row) return unknown;
  if (row.chosen?.id)
    return { known: true, country: row.chosen.country, address: row.chosen, source: "cart_address" };
  const cartCountry = row.cartCountry ? toCountryCode(row.cartCountry) : null;
  if (cartCountry) return { known: true, country: cartCountry, address: null, source: "cart_country" };
  if (row.fallback?.id)
    return { known: true, country: row.fallback.country, address: row.fallback, source: "default_address" };
  const home = row.homeCountry ? toCountryCode(row.homeCountry) : null;
  if (home) return { known: true, country: home, address: null, source: "home" };
  return unknown;
}

const unknown: BuyerDestination = { known: false, country: null, address: null, source: "unknown" };

/** What an order stores about where it ships. */
export function shipToOf(
  destination: Extract<BuyerDestination, { known: true }>,
): NonNullable<Order["shipTo"]> {
  const a = destination.address;
  if (!a) return { country: destination.country };
  return {
    country: destination.country,
    name: a.name,
    address: [a.line1, a.line2, a.city].filter(Boolean).join(", "),
    postalCode: a.postalCode,
  };
}
