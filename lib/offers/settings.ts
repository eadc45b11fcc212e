import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { listingOfferSettings } from "@/db/schema";
import { canManage, type Actor } from "@/lib/auth/actor";
import type { Clock } from "@/lib/kernel/clock";
import { fieldRefusal } from "@/lib/kernel/forms";
import { marketClock } from "@/lib/kernel/market-clock";
import { formatMoney } from "@/lib/kernel/money";
import type { ActionResult } from "@/lib/kernel/result";
import { lockListing, refuse, type OfferRefusal } from "./locks";
import { offerSettingsSchema } from "./schemas";

// The seller's answers given in advance, kept from buyers: offers below the floor are declined at
// once, offers at or above the accept level accepted at once. Either may be left empty.

export type OfferSettings = { declineBelowCents: number | null; acceptFromCents: number | null };

export async function saveOfferSettings({
  actor,
  input,
  clock,
}: {
  actor: Actor;
  input: unknown;
  clock?: Clock;
}): Promise<ActionResult | OfferRefusal> {
  const parsed = offerSettingsSchema.safeParse(input);
  if (!parsed.success) return fieldRefusal(parsed.error);
  const { listingId, declineBelow, acceptFrom } = parsed.data;
  const now = (clock ?? (await marketClock())).now();
  const db = await getDb();
  return db.transaction(async (tx): Promise<ActionResult | OfferRefusal> => {
    const listing = await lockListing(tx, listingId);
    if (!listing) return refuse("not_found", "That listing does not exist.");
    if (!canManage(actor, listing.sellerId))
      return refuse("forbidden", "Only the seller can set how offers are answered.");
    if (listing.saleFormat !== "fixed_price")
      return refuse("not_offerable", "An auction takes bids, not offers.");
    const above = (cents: number | undefined) => cents !== undefined && cents > listing.askingPriceCents;
    if (above(declineBelow) || above(acceptFrom))
      return fieldRefusal({
        [above(declineBelow) ? "declineBelow" : "acceptFrom"]:
          `Set it at most your asking price of ${formatMoney(listing.askingPriceCents, listing.currency)}.`,
      });
    const values = {
      declineBelowCents: declineBelow ?? null,
      acceptFromCents: acceptFrom ?? null,
      updatedAt: now,
    };
    await tx
      .insert(listingOfferSettings)
      .values({ listingId, ...values })
      .onConflictDoUpdate({ target: listingOfferSettings.listingId, set: values });
    return { ok: true, message: "Saved: new offers are answered by these levels." };
  });
}

export async function getOfferSettings(listingId: number): Promise<OfferSettings> {
  const db = await getDb();
  const [row] = await db
    .select({
      declineBelowCents: listingOfferSettings.declineBelowCents,
      acceptFromCents: listingOfferSettings.acceptFromCents,
    })
    .from(listingOfferSettings)
    .where(eq(listingOfferSettings.listingId, listingId));
  return row ?? { declineBelowCents: null, acceptFromCents: null };
}
