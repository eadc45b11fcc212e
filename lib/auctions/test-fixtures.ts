import { randomBytes } from "node:crypto";
import type { DatabaseHandle } from "@/db/client";
import { auctions, listings, users } from "@/db/schema";

// Rows for the auction integration tests: people and a live auction of a restored pedal car.

export async function createBidder(
  handle: DatabaseHandle,
  options: { name?: string; country?: string | null } = {},
): Promise<{ id: string; role: "user" }> {
  const tag = randomBytes(4).toString("hex");
  const [user] = await handle.db
    .insert(users)
    .values({
      email: `bidder-${tag}@example.com`,
      displayName: options.name ?? `Bidder ${tag}`,
      country: options.country === undefined ? "US" : options.country,
    })
    .returning({ id: users.id });
  return { id: user!.id, role: "user" };
}

const restoredPedalCar = {
  category: "pedal_car",
  era: "late_soft_tires",
  plate: "azlk_1993",
  condition: "excellent",
  restored: true,
  windscreen: "intact",
  steeringWheel: "intact",
  customVersion: "none",
} as const;

export async function createLiveAuction(
  handle: DatabaseHandle,
  input: {
    sellerId: string;
    startPriceCents?: number;
    reservePriceCents?: number | null;
    endsAt: Date;
    title?: string;
  },
): Promise<number> {
  const [listing] = await handle.db
    .insert(listings)
    .values({
      sellerId: input.sellerId,
      category: "pedal_car",
      status: "live",
      saleFormat: "auction",
      title: input.title ?? "Restored AZLK pedal car, soft tires, 1993 plate",
      description: "Restored in the original red.",
      attributes: restoredPedalCar,
      era: "late_soft_tires",
      condition: "excellent",
      askingPriceCents: input.startPriceCents ?? 10_000,
      currency: "USD",
      country: "US",
      shippingOptions: [
        { destination: "US", priceCents: 9_500 },
        { destination: "WORLD", priceCents: 24_000 },
      ],
      photoCount: 1,
      publishedAt: new Date(),
    })
    .returning({ id: listings.id });
  await handle.db.insert(auctions).values({
    listingId: listing!.id,
    startPriceCents: input.startPriceCents ?? 10_000,
    reservePriceCents: input.reservePriceCents ?? null,
    startsAt: new Date(Date.now() - 60_000),
    endsAt: input.endsAt,
    originalEndsAt: input.endsAt,
    status: "open",
  });
  return listing!.id;
}
