"use client";

import { Link } from "@/lib/i18n/navigation";
import { useCallback, useEffect, useRef, useState, useTransition } from "react";
import { TextAreaField } from "@/app/_components/forms/fields";
import { LocalTime } from "@/app/_components/local-time";
import {
  getThreadAction,
  moderateCommentAction,
  postCommentAction,
  reportCommentAction,
  type ThreadView,
} from "@/lib/comments/actions";
import type { ThreadComment } from "@/lib/comments/queries";
import { commentLimits } from "@/lib/comments/rules";
import { CommentText } from "./comment-text";
import styles from "./comment-thread.module.css";

/**
 * A listing's questions and comments, oldest first. The page renders the public thread (cached);
 * in the browser the viewer's own view replaces it: their comments awaiting review, report buttons,
 * the form.
 */
export function CommentThread({ listingId, initial }: { listingId: number; initial: ThreadComment[] }) {
  const [view, setView] = useState<ThreadView | null>(null);
  const comments = view?.comments ?? initial;
  const reload = useCallback(
    () =>
      getThreadAction(listingId).then(
        (v) => v && setView(v),
        () => {},
      ),
    [listingId],
  );

  useEffect(() => {
    let cancelled = false;
    getThreadAction(listingId).then(
      (v) => !cancelled && v && setView(v),
      () => {},
    );
    return () => {
      cancelled = true;
    };
  }, [listingId]);

  return (
    <section className={styles.thread} aria-labelledby="comments-title">
      <h2 id="comments-title" className="listing-detail__heading">
        Questions and comments{comments.length > 0 ? ` (${comments.length})` : ""}
      </h2>
      {comments.length === 0 ? (
        <p className="field__hint">No questions yet. Ask the seller anything about this item.</p>
      ) : (
        <ol className={styles.list}>
          {comments.map((comment) => (
            <li key={comment.id} id={`comment-${comment.id}`} className={styles.comment}>
              <CommentItem comment={comment} viewer={view?.viewer ?? null} onHidden={reload} />
            </li>
          ))}
        </ol>
      )}
      {view &&
        (view.viewer ? (
          <CommentForm listingId={listingId} onPosted={setView} />
        ) : (
          <SignInToAsk listingId={listingId} />
        ))}
    </section>
  );
}

function CommentItem({
  comment,
  viewer,
  onHidden,
}: {
  comment: ThreadComment;
  viewer: ThreadView["viewer"];
  onHidden: () => void;
}) {
  const [report, setReport] = useState<string | null>(comment.reported ? "Reported" : null);
  const [pending, startTransition] = useTransition();
  const mayReport = viewer && viewer.id !== comment.authorId && comment.status === "visible";
  return (
    <article aria-label={`${comment.bySeller ? "Seller" : "Comment"} ${comment.authorName}`}>
      <p className={styles.byline}>
        {comment.bySeller ? (
          <Link href={`/sellers/${comment.authorId}`}>
            <strong>{comment.authorName}</strong>
          </Link>
        ) : (
          <strong>{comment.authorName}</strong>
        )}
        {comment.bySeller && <span className={`tag ${styles.seller}`}>Seller</span>}
        {comment.status === "held" && <span className={`tag ${styles.held}`}>Awaiting review</span>}
        <span className="field__hint">
          <LocalTime at={comment.createdAt} />
        </span>
      </p>
      <p className={styles.body}>
        <CommentText body={comment.body} />
      </p>
      {comment.status === "held" && (
        <p className="field__hint">
          Only you see this until an admin has looked at it (a new account’s first comment).
        </p>
      )}
      <div className={styles.tools}>
        {mayReport &&
          (report ? (
            <span className="field__hint" role="status">
              {report}
            </span>
          ) : (
            <button
              type="button"
              className="button button--ghost button--small"
              disabled={pending}
              onClick={() =>
                startTransition(async () => {
                  const result = await reportCommentAction(comment.id);
                  setReport(result.message);
                })
              }
            >
              Report<span className="visually-hidden"> comment by {comment.authorName}</span>
            </button>
          ))}
        {viewer?.isAdmin && comment.status === "visible" && (
          <button
            type="button"
            className="button button--ghost button--small"
            disabled={pending}
            onClick={() =>
              startTransition(async () => {
                const form = new FormData();
                form.set("commentId", String(comment.id));
                form.set("move", "hide");
                await moderateCommentAction(form);
                onHidden();
              })
            }
          >
            Hide<span className="visually-hidden"> comment by {comment.authorName}</span>
          </button>
        )}
      </div>
    </article>
  );
}

function CommentForm({ listingId, onPosted }: { listingId: number; onPosted: (view: ThreadView) => void }) {
  const [error, setError] = useState<{ field?: string; form?: string }>({});
  const [notice, setNotice] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const form = useRef<HTMLFormElement>(null);
  return (
    <form
      ref={form}
      className={styles.form}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const body = String(new FormData(event.currentTarget).get("body") ?? "");
        startTransition(async () => {
          const result = await postCommentAction({ listingId, body });
          if (!result.ok) {
            setError({
              field: result.fieldErrors.body,
              form: result.fieldErrors.body ? undefined : result.message,
            });
            setNotice(null);
            return;
          }
          setError({});
          form.current?.reset();
          setNotice(
            result.status === "held"
              ? "Posted. As a new member your first comment waits for a quick review before others see it."
              : "Posted.",
          );
          if (result.thread) onPosted(result.thread);
        });
      }}
    >
      <TextAreaField
        name="body"
        idPrefix="comment"
        label="Ask a question or leave a comment"
        hint={`Plain text, up to ${commentLimits.maxLength.toLocaleString("en-US")} characters. The seller answers here, in public.`}
        error={error.field}
        rows={4}
        required
      />
      <div aria-live="polite">
        {error.form && (
          <p className="field__error" role="alert">
            {error.form}
          </p>
        )}
        {notice && (
          <p className="field__hint" role="status">
            {notice}
          </p>
        )}
      </div>
      <button className="button" type="submit" disabled={pending}>
        {pending ? "Posting…" : "Post"}
      </button>
    </form>
  );
}

function SignInToAsk({ listingId }: { listingId: number }) {
  return (
    <p className="field__hint">
      <Link href={`/sign-in?callbackUrl=${encodeURIComponent(`/listings/${listingId}#comments-title`)}`}>
        Sign in
      </Link>{" "}
      to ask a question.
    </p>
  );
}
