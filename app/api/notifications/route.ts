import { getCurrentUser } from "@/lib/auth/session";
import { countUnreadMessages } from "@/lib/messages/queries";
import { countUnreadNotifications } from "@/lib/notifications/queries";

export const dynamic = "force-dynamic";

/** The header's unread counts (notifications, messages), read in the browser so cached pages stay the same for everyone. */
export async function GET() {
  const user = await getCurrentUser();
  if (!user)
    return Response.json(
      { signedIn: false, unread: 0, unreadMessages: 0 },
      { headers: { "Cache-Control": "no-store" } },
    );
  const [unread, unreadMessages] = await Promise.all([
    countUnreadNotifications({ userId: user.id }),
    countUnreadMessages({ userId: user.id }),
  ]);
  return Response.json(
    { signedIn: true, unread, unreadMessages },
    { headers: { "Cache-Control": "no-store" } },
  );
}
