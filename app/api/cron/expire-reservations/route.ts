import { requireCronRequest } from "@/lib/kernel/cron";
import { withErrorResponses } from "@/lib/kernel/errors";
import { refreshListingCaches } from "@/lib/kernel/cache";
import { expireStaleReservations } from "@/lib/orders/expiry";

// For an external scheduler (the same work runs on its own: lib/jobs): ends unpaid reservations
// whose time is up and puts their stock back on sale. Safe to call as often as you like, from
// several instances at once. Needs `Authorization: Bearer <CRON_SECRET>` (lib/kernel/cron.ts).

export const dynamic = "force-dynamic";

export const POST = withErrorResponses(async (request: Request): Promise<Response> => {
  requireCronRequest(request);
  const result = await expireStaleReservations();
  await refreshListingCaches({ listingIds: result.listingIds });
  return Response.json({ expiredOrders: result.expiredOrderIds.length, orderIds: result.expiredOrderIds });
});
