import { getAuctionView } from "@/lib/auctions/queries";
import { listingIdSchema } from "@/lib/auctions/schemas";
import { getCurrentUser } from "@/lib/auth/session";
import { marketClock } from "@/lib/kernel/market-clock";

export const dynamic = "force-dynamic";

// The bid box polls this every few seconds. Reading never writes: an auction past its end reads as
// ended (with the result its bids decide) until the close-auctions job writes it down.
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const id = listingIdSchema.safeParse((await params).id);
  if (!id.success) return Response.json({ error: "That auction does not exist." }, { status: 404 });
  const user = await getCurrentUser();
  // One reading of the clock for the whole answer; an auction past its end reads as ended before the job closes it.
  const now = (await marketClock()).now();
  const view = await getAuctionView({ listingId: id.data, viewerId: user?.id, now });
  if (!view) return Response.json({ error: "That auction does not exist." }, { status: 404 });
  return Response.json(view, { headers: { "Cache-Control": "no-store" } });
}
