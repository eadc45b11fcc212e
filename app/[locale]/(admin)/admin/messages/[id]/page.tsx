import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { MessageThread } from "@/app/_components/messages/message-thread";
import { requireUser } from "@/lib/auth/session";
import { marketClock } from "@/lib/kernel/market-clock";
import { readConversationAsAdmin } from "@/lib/messages/admin";
import { conversationIdSchema } from "@/lib/messages/rules";

export const metadata: Metadata = { title: "Conversation · Admin" };

/** An admin's read of one conversation; lib writes it to the audit log before it is shown. */
export default async function AdminConversationPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireUser(`/admin/messages/${id}`);
  const conversationId = conversationIdSchema.safeParse(id);
  if (!conversationId.success) notFound();
  const answer = await readConversationAsAdmin({
    actor: user,
    conversationId: conversationId.data,
    clock: await marketClock(),
  });
  if (!answer.ok) notFound();
  const { thread } = answer;
  return (
    <section aria-labelledby="admin-conversation-title">
      <p className="listing-card__meta">
        <Link href="/admin">Admin</Link> · <Link href="/admin/messages">Messages</Link>
      </p>
      <h1 id="admin-conversation-title">
        #{thread.id} {thread.subject}
      </h1>
      <p className="alert alert--info" role="status">
        Between {thread.buyer.name} (buyer) and {thread.seller.name} (seller). This read is in the audit log.
      </p>
      <MessageThread messages={thread.messages} viewerId={null} sellerId={thread.seller.id} />
    </section>
  );
}
