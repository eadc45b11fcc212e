import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { notFound } from "next/navigation";
import { CommentText } from "@/app/_components/comments/comment-text";
import { requireUser } from "@/lib/auth/session";
import { moderateCommentAction } from "@/lib/comments/actions";
import { listModerationQueue, type QueuedComment } from "@/lib/comments/queries";

export const metadata: Metadata = { title: "Comments to review" };

const statusWords = { held: "Awaiting review", visible: "Shown", hidden: "Hidden" } as const;

export default async function AdminCommentsPage() {
  const user = await requireUser("/admin/comments");
  const queue = await listModerationQueue({ actor: user });
  if (!queue) notFound();
  return (
    <section aria-labelledby="admin-comments-title">
      <h1 id="admin-comments-title">Comments to review</h1>
      <p className="field__hint">
        New members’ first comments wait here until approved; reported comments stay shown until hidden. Every
        action is recorded with your name.
      </p>
      {queue.length === 0 ? (
        <div className="empty-state">
          <p>Nothing to review.</p>
        </div>
      ) : (
        <ul className="notification-list">
          {queue.map((comment) => (
            <li key={comment.id} className="notification">
              <QueuedItem comment={comment} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function QueuedItem({ comment }: { comment: QueuedComment }) {
  const moves =
    comment.status === "held"
      ? (["approve", "hide"] as const)
      : comment.status === "visible"
        ? (["hide"] as const)
        : (["restore"] as const);
  const words = { approve: "Approve", hide: "Hide", restore: "Restore" } as const;
  return (
    <article aria-label={`Comment by ${comment.authorName}`}>
      <p>
        <strong>{comment.authorName}</strong> on{" "}
        <Link href={`/listings/${comment.listingId}#comment-${comment.id}`}>{comment.listingTitle}</Link>{" "}
        <span className="tag">{statusWords[comment.status]}</span>{" "}
        {comment.reports > 0 && (
          <span className="tag">
            {comment.reports} report{comment.reports === 1 ? "" : "s"}
          </span>
        )}
      </p>
      <p className="description">
        <CommentText body={comment.body} />
      </p>
      <form action={moderateCommentAction} className="section-head">
        <input type="hidden" name="commentId" value={comment.id} />
        <span>
          {moves.map((move) => (
            <span key={move}>
              <button
                className={move === "hide" ? "button button--small button--ghost" : "button button--small"}
                type="submit"
                name="move"
                value={move}
              >
                {words[move]}
              </button>{" "}
            </span>
          ))}
        </span>
      </form>
    </article>
  );
}
