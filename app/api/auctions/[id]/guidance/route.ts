import { getBidGuidance } from "@/lib/auctions/guidance";
import { listingIdSchema } from "@/lib/auctions/schemas";
import { getCurrentUser } from "@/lib/auth/session";

export const dynamic = "force-dynamic";

/** Fair value and shipping for the bid box's verdict on "bid + shipping" (shipping to the signed-in collector's country). */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const id = listingIdSchema.safeParse((await params).id);
  if (!id.success) return Response.json({ error: "That auction does not exist." }, { status: 404 });
  const user = await getCurrentUser();
  const guidance = await getBidGuidance({ listingId: id.data, viewerId: user?.id });
  return Response.json({ guidance }, { headers: { "Cache-Control": "private, no-store" } });
}
