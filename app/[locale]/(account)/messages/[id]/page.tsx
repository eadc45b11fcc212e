import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { MarkRead } from "@/app/_components/messages/mark-read";
import { MessageForm } from "@/app/_components/messages/message-form";
import { MessageThread } from "@/app/_components/messages/message-thread";
import { requireUser } from "@/lib/auth/session";
import { getThreadForParty } from "@/lib/messages/queries";
import { conversationIdSchema } from "@/lib/messages/rules";

type Props = { params: Promise<{ id: string }> };

export const metadata: Metadata = { title: "Conversation" };

/** A conversation's thread and the reply form, for its two parties only (anyone else: not found). */
export default async function ConversationPage({ params }: Props) {
  const { id } = await params;
  const user = await requireUser(`/messages/${id}`);
  const conversationId = conversationIdSchema.safeParse(id);
  if (!conversationId.success) notFound();
  const answer = await getThreadForParty({ conversationId: conversationId.data, viewer: user });
  if (!answer.ok) notFound();
  const { thread } = answer;
  const other = thread.buyer.id === user.id ? thread.seller : thread.buyer;
  const last = thread.messages.at(-1);
  return (
    <section aria-labelledby="conversation-title">
      <p>
        <Link href="/messages">All messages</Link>
      </p>
      <h1 id="conversation-title">{thread.subject}</h1>
      <p className="listing-card__meta">
        With {other.id === thread.seller.id ? "the seller" : "the buyer"}, {other.name}
        {thread.listingId && (
          <>
            {" "}
            · <Link href={`/listings/${thread.listingId}`}>the listing</Link>
          </>
        )}
        {thread.orderId && (
          <>
            {" "}
            · <Link href={`/orders/${thread.orderId}`}>the order</Link>
          </>
        )}
      </p>
      <MessageThread messages={thread.messages} viewerId={user.id} sellerId={thread.seller.id} />
      {last && last.id > thread.readUpTo && <MarkRead conversationId={thread.id} upTo={last.id} />}
      <MessageForm conversationId={thread.id} />
    </section>
  );
}
