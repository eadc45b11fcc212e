import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { notFound } from "next/navigation";
import { LeaveFeedbackForm, ReplyForm } from "@/app/_components/feedback/feedback-forms";
import { FeedbackList } from "@/app/_components/feedback/feedback-list";
import styles from "@/app/_components/feedback/feedback.module.css";
import { LocalTime } from "@/app/_components/local-time";
import { requireUser } from "@/lib/auth/session";
import { orderFeedbackFor } from "@/lib/feedback/queries";
import { marketClock } from "@/lib/kernel/market-clock";
import { getOrderForViewer } from "@/lib/orders/queries";
import { orderIdSchema } from "@/lib/orders/schemas";

// An order's feedback for one of its two parties: leave theirs (once, while the window is open) and
// reply once to what the other said of them. Anyone else, admins included, finds no such page.

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `Feedback on order ${(await params).id}` };
}

export default async function OrderFeedbackPage({ params }: Props) {
  const { id } = await params;
  const user = await requireUser(`/orders/${id}/feedback`);
  const orderId = orderIdSchema.safeParse(id);
  if (!orderId.success) notFound();
  const [view, order] = await Promise.all([
    orderFeedbackFor(orderId.data, user.id, await marketClock()),
    getOrderForViewer({ orderId: orderId.data, viewer: user }),
  ]);
  if (!view || !order) notFound();
  const otherName = view.other.displayName;

  return (
    <section aria-labelledby="feedback-title" className="order-page">
      <h1 id="feedback-title">Feedback on order {order.id}</h1>
      <p className="listing-card__meta">
        {view.viewerSide === "buyer" ? "Bought from " : "Sold to "}
        <Link href={`/sellers/${view.other.id}`}>{otherName}</Link> ·{" "}
        {order.items.map((i) => i.title).join(", ")}
      </p>
      <div className={styles.panels}>
        <div className="panel">
          <h2>Your feedback for {otherName}</h2>
          {view.given ? (
            <FeedbackList entries={[view.given]} label="Your feedback" showSide={false} />
          ) : view.canRate ? (
            <>
              {view.closesAt && (
                <p>
                  Open until <LocalTime at={view.closesAt} style="date" />.
                </p>
              )}
              <LeaveFeedbackForm orderId={order.id} otherName={otherName} />
            </>
          ) : (
            <p>{view.notYet ?? "Feedback cannot be left on this order."}</p>
          )}
        </div>
        <div className="panel">
          <h2>Feedback about you</h2>
          {view.received.length === 0 ? (
            <p>Nothing yet.</p>
          ) : (
            <FeedbackList entries={view.received} label="Feedback about you" showSide={false}>
              {(entry) => (entry.reply ? null : <ReplyForm feedbackId={entry.id} />)}
            </FeedbackList>
          )}
        </div>
      </div>
      <p>
        <Link href={`/orders/${order.id}`}>Back to order {order.id}</Link>
      </p>
    </section>
  );
}
