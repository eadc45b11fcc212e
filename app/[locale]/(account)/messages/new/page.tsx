import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { MessageForm } from "@/app/_components/messages/message-form";
import { idSchema } from "@/lib/kernel/forms";
import { requireUser } from "@/lib/auth/session";
import { findConversationAbout } from "@/lib/messages/queries";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export const metadata: Metadata = { title: "New message" };

const aboutSchema = idSchema("Not found");

/**
 * "Message the seller" (`?listing=<id>`) and an order's "Message the buyer/seller" (`?order=<id>`):
 * the conversation already there, or a form for its first message (lib decides who may send it).
 */
export default async function NewMessagePage({ searchParams }: Props) {
  const query = await searchParams;
  const listing = aboutSchema.safeParse(query.listing);
  const order = aboutSchema.safeParse(query.order);
  const about = listing.success
    ? { listingId: listing.data }
    : order.success
      ? { orderId: order.data }
      : null;
  if (!about) notFound();
  const path =
    "listingId" in about
      ? `/messages/new?listing=${about.listingId}`
      : `/messages/new?order=${about.orderId}`;
  const user = await requireUser(path);
  const existing = await findConversationAbout({ userId: user.id, ...about });
  if (existing) redirect(`/messages/${existing}`);
  return (
    <section aria-labelledby="new-message-title">
      <h1 id="new-message-title">
        {"listingId" in about ? "Message the seller" : `A message about order ${about.orderId}`}
      </h1>
      <p className="field__hint">
        {"listingId" in about ? (
          <>
            About <Link href={`/listings/${about.listingId}`}>this listing</Link>. Ask about its condition,
            shipping or a viewing; the seller is told by notification and email.
          </>
        ) : (
          <>
            About <Link href={`/orders/${about.orderId}`}>order {about.orderId}</Link>; the other party is
            told by notification and email.
          </>
        )}
      </p>
      <MessageForm about={about} />
    </section>
  );
}
