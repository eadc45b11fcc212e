import { afterAuctionChange } from "@/lib/auctions/after-change";
import { closeAuctionIfDue } from "@/lib/auctions/close";
import { getAuctionView } from "@/lib/auctions/queries";
import { listingIdSchema } from "@/lib/auctions/schemas";
import { getCurrentUser } from "@/lib/auth/session";
import { marketClock } from "@/lib/kernel/market-clock";

export const dynamic = "force-dynamic";

// The bid box polls this every few seconds. Reading an auction past its end closes it.
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const id = listingIdSchema.safeParse((await params).id);
  if (!id.success) return Response.json({ error: "That auction does not exist." }, { status: 404 });
  const user = await getCurrentUser();
  // One reading of the clock for the whole answer, so "ended" and "closed" agree.
  const now = (await marketClock()).now();
  let view = await getAuctionView({ listingId: id.data, viewerId: user?.id, now });
  if (view?.status === "open" && Date.parse(view.endsAt) <= now.getTime()) {
    const outcome = await closeAuctionIfDue(id.data, { now });
    if (outcome.closed) afterAuctionChange([id.data]);
    view = await getAuctionView({ listingId: id.data, viewerId: user?.id, now });
  }
  if (!view) return Response.json({ error: "That auction does not exist." }, { status: 404 });
  return Response.json(view, { headers: { "Cache-Control": "no-store" } });
}
