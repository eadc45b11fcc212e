"use client";

import { useActionState } from "react";
import { ActionError } from "@/app/_components/forms/action-error";
import { leaveFeedbackAction, replyToFeedbackAction, type FeedbackFormState } from "@/lib/feedback/actions";
import { feedbackLimits, ratingLabels, ratings } from "@/lib/feedback/rules";
import styles from "./feedback.module.css";

const initial: FeedbackFormState = { ok: true, message: "", fieldErrors: {} };

function FieldError({ id, error }: { id: string; error?: string }) {
  if (!error) return null;
  return (
    <p className="field__error" id={id}>
      {error}
    </p>
  );
}

/** One rating of the other party and a short comment, sent once. */
export function LeaveFeedbackForm({ orderId, otherName }: { orderId: number; otherName: string }) {
  const [state, action, pending] = useActionState(leaveFeedbackAction, initial);
  if (state.ok && state.message)
    return (
      <p className="alert alert--info" role="status">
        {state.message}
      </p>
    );
  const ratingError = state.fieldErrors.rating;
  const commentError = state.fieldErrors.comment;
  return (
    <form action={action} className={styles.form} aria-label={`Feedback for ${otherName}`}>
      <input type="hidden" name="orderId" value={orderId} />
      <fieldset
        className={styles.ratings}
        aria-describedby={ratingError ? "feedback-rating-error" : undefined}
      >
        <legend>How did the trade with {otherName} go?</legend>
        {ratings.map((rating) => (
          <label key={rating} className={styles.rating}>
            <input
              type="radio"
              name="rating"
              value={rating}
              required
              defaultChecked={state.values?.rating === rating}
            />{" "}
            {ratingLabels[rating]}
          </label>
        ))}
        <FieldError id="feedback-rating-error" error={ratingError} />
      </fieldset>
      <div className="field">
        <label htmlFor="feedback-comment">Comment</label>
        <textarea
          id="feedback-comment"
          name="comment"
          rows={3}
          required
          maxLength={feedbackLimits.maxLength}
          defaultValue={state.values?.comment}
          aria-invalid={commentError ? true : undefined}
          aria-describedby={`feedback-comment-hint${commentError ? " feedback-comment-error" : ""}`}
        />
        <p className="field__hint" id="feedback-comment-hint">
          Plain text, up to {feedbackLimits.maxLength} characters. It shows on their profile and cannot be
          changed.
        </p>
        <FieldError id="feedback-comment-error" error={commentError} />
      </div>
      <button className="button" type="submit" disabled={pending}>
        {pending ? "Sending…" : "Leave feedback"}
      </button>
      <ActionError state={state} />
    </form>
  );
}

/** The rated party's one reply. */
export function ReplyForm({ feedbackId }: { feedbackId: number }) {
  const [state, action, pending] = useActionState(replyToFeedbackAction, initial);
  if (state.ok && state.message)
    return (
      <p className="alert alert--info" role="status">
        {state.message}
      </p>
    );
  const id = `reply-${feedbackId}`;
  const error = state.fieldErrors.reply;
  return (
    <form action={action} className={styles.form} aria-label="Reply to this feedback">
      <input type="hidden" name="feedbackId" value={feedbackId} />
      <div className="field">
        <label htmlFor={id}>Your reply (once)</label>
        <textarea
          id={id}
          name="reply"
          rows={2}
          required
          maxLength={feedbackLimits.maxLength}
          defaultValue={state.values?.reply}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
        />
        <FieldError id={`${id}-error`} error={error} />
      </div>
      <button className="button button--small" type="submit" disabled={pending}>
        {pending ? "Sending…" : "Reply"}
      </button>
      <ActionError state={state} />
    </form>
  );
}
