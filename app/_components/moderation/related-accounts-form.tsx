"use client";

import { useActionState } from "react";
import { ActionError } from "@/app/_components/forms/action-error";
import { TextAreaField, TextField } from "@/app/_components/forms/fields";
import { relateAccountsAction, type ModerationFormState } from "@/lib/moderation/actions";
import styles from "./moderation-form.module.css";

const initial: ModerationFormState = { ok: true, message: "", fieldErrors: {} };

/**
 * Marks an account as related to another (found by email), or unmarks a pair; either way with the
 * reason the audit log keeps.
 */
export function RelatedAccountsForm({
  userId,
  subjectName,
  other,
}: {
  userId: string;
  /** The account's email, for the form's accessible name. */
  subjectName: string;
  /** The related account to unmark; without it the form marks a new one. */
  other?: { id: string; email: string };
}) {
  const [state, action, pending] = useActionState(relateAccountsAction, initial);
  if (state.ok && state.message)
    return (
      <p className="alert alert--info" role="status">
        {state.message}
      </p>
    );
  const prefix = `relate-${userId}${other ? `-${other.id}` : ""}`;
  return (
    <form
      action={action}
      className={styles.form}
      aria-label={other ? `Unmark ${subjectName} and ${other.email}` : `Mark ${subjectName} as related`}
    >
      <input type="hidden" name="move" value={other ? "unrelate" : "relate"} />
      <input type="hidden" name="userId" value={userId} />
      {other ? (
        <input type="hidden" name="otherId" value={other.id} />
      ) : (
        <TextField
          name="otherEmail"
          type="email"
          label="The other account's email"
          idPrefix={prefix}
          error={state.fieldErrors.otherEmail}
        />
      )}
      <TextAreaField
        name="reason"
        label="Reason"
        idPrefix={prefix}
        rows={2}
        hint="Kept in the audit log, up to 500 characters."
        error={state.fieldErrors.reason}
        defaultValue={state.reason ?? ""}
      />
      <button className="button button--small button--ghost" type="submit" disabled={pending}>
        {pending ? "Saving…" : other ? "Unmark as related" : "Mark as related"}
      </button>
      <ActionError state={state} />
    </form>
  );
}
