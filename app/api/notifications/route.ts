import { getCurrentUser } from "@/lib/auth/session";
import { countUnreadNotifications } from "@/lib/notifications/queries";

export const dynamic = "force-dynamic";

/** The header's unread count, read in the browser so cached pages stay the same for everyone. */
export async function GET() {
  const user = await getCurrentUser();
  if (!user)
    return Response.json({ signedIn: false, unread: 0 }, { headers: { "Cache-Control": "no-store" } });
  return Response.json(
    { signedIn: true, unread: await countUnreadNotifications({ userId: user.id }) },
    { headers: { "Cache-Control": "no-store" } },
  );
}
