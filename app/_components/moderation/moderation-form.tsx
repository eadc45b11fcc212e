"use client";

import { useActionState } from "react";
import { ActionError } from "@/app/_components/forms/action-error";
import { TextAreaField } from "@/app/_components/forms/fields";
import { moderateAction, type ModerationFormState } from "@/lib/moderation/actions";
import styles from "./moderation-form.module.css";

const initial: ModerationFormState = { ok: true, message: "", fieldErrors: {} };

type Move = "listing.hide" | "listing.restore" | "account.suspend" | "account.restore";

/** One admin action on one listing or account, with the reason the audit log keeps (required). */
export function ModerationForm({
  move,
  subjectId,
  label,
  subjectName,
}: {
  move: Move;
  subjectId: string | number;
  label: string;
  /** Who or what it is done to, for the form's accessible name. */
  subjectName: string;
}) {
  const [state, action, pending] = useActionState(moderateAction, initial);
  if (state.ok && state.message)
    return (
      <p className="alert alert--info" role="status">
        {state.message}
      </p>
    );
  const idName = move.startsWith("listing") ? "listingId" : "userId";
  const prefix = `moderate-${move.replace(".", "-")}-${subjectId}`;
  const takesDown = move === "listing.hide" || move === "account.suspend";
  return (
    <form action={action} className={styles.form} aria-label={`${label}: ${subjectName}`}>
      <input type="hidden" name="move" value={move} />
      <input type="hidden" name={idName} value={subjectId} />
      <TextAreaField
        name="reason"
        label="Reason"
        idPrefix={prefix}
        rows={2}
        hint="Kept in the audit log, up to 500 characters."
        error={state.fieldErrors.reason}
        defaultValue={state.reason ?? ""}
      />
      <button
        className={takesDown ? "button button--small button--ghost" : "button button--small"}
        type="submit"
        disabled={pending}
      >
        {pending ? "Saving…" : label}
      </button>
      <ActionError state={state} />
    </form>
  );
}
