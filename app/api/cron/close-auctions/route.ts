import { afterAuctionChange } from "@/lib/auctions/after-change";
import { closeDueAuctions } from "@/lib/auctions/close";
import { notifyEndingSoon } from "@/lib/auctions/ending-soon";
import { requireCronRequest } from "@/lib/kernel/cron";
import { withErrorResponses } from "@/lib/kernel/errors";
import { marketClock } from "@/lib/kernel/market-clock";

export const dynamic = "force-dynamic";

// For an external scheduler (the same work runs on its own: lib/jobs): closes auctions past their
// end, sends "ending soon" alerts, then the queued emails. Safe to run alongside the built-in jobs
// and from several places at once. Needs `Authorization: Bearer <CRON_SECRET>` (lib/kernel/cron.ts).
export const POST = withErrorResponses(async (request: Request) => {
  requireCronRequest(request);
  const now = (await marketClock()).now();
  const closed = await closeDueAuctions({ now });
  const endingSoonAlerts = await notifyEndingSoon({ now });
  afterAuctionChange(
    closed.map((c) => (c.closed ? c.listingId : 0)).filter(Boolean),
    closed.flatMap((c) => (c.closed ? c.segments : [])),
  );
  return Response.json({
    closed: closed.map((c) => ({
      listingId: c.closed ? c.listingId : null,
      result: c.closed ? c.result : null,
    })),
    endingSoonAlerts,
  });
});
