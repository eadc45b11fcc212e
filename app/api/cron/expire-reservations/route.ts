import { timingSafeEqual } from "node:crypto";
import { getEnv } from "@/lib/env";
import { refreshListingCaches } from "@/lib/orders/cache";
import { expireStaleReservations } from "@/lib/orders/expiry";

// For a scheduler: ends unpaid reservations whose time is up and puts their stock back on sale.
// Safe to call as often as you like, from several instances at once.

export const dynamic = "force-dynamic";

export async function POST(request: Request): Promise<Response> {
  const secret = getEnv().CRON_SECRET;
  if (secret && !bearerMatches(request.headers.get("authorization"), secret)) {
    return Response.json({ error: "Send Authorization: Bearer <CRON_SECRET>." }, { status: 401 });
  }
  const result = await expireStaleReservations();
  refreshListingCaches({ listingIds: result.listingIds });
  return Response.json({ expiredOrders: result.expiredOrderIds.length, orderIds: result.expiredOrderIds });
}

function bearerMatches(header: string | null, secret: string): boolean {
  const given = Buffer.from(header?.replace(/^Bearer\s+/i, "") ?? "");
  const wanted = Buffer.from(secret);
  return given.length === wanted.length && timingSafeEqual(given, wanted);
}
