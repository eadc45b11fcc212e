import { getCurrentUser } from "@/lib/auth/session";
import { countCartUnits } from "@/lib/cart/queries";

// The header's cart badge asks here from the browser, so cached pages stay the same for everyone.

export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  const user = await getCurrentUser();
  const units = user ? await countCartUnits(user.id) : 0;
  return Response.json({ units }, { headers: { "cache-control": "private, no-store" } });
}
