"use client";

import { useActionState } from "react";
import { changePasswordAction, type ChangePasswordState } from "@/lib/auth/password-actions";
import { passwordRules } from "@/lib/auth/schemas";
import { TextField } from "@/app/_components/forms/fields";

const initialState: ChangePasswordState = { ok: false, fieldErrors: {} };

export function ChangePasswordForm() {
  const [state, formAction, pending] = useActionState(changePasswordAction, initialState);
  return (
    <form className="form" action={formAction} noValidate>
      <div aria-live="assertive">
        {state.message && (
          <p className={state.ok ? "alert" : "alert alert--error"} role={state.ok ? "status" : "alert"}>
            {state.message}
          </p>
        )}
      </div>
      <TextField
        idPrefix="field"
        hintAbove
        name="currentPassword"
        label="Current password"
        type="password"
        autoComplete="current-password"
        error={state.fieldErrors.currentPassword}
        required
      />
      <TextField
        idPrefix="field"
        hintAbove
        name="newPassword"
        label="New password"
        type="password"
        autoComplete="new-password"
        hint={`At least ${passwordRules.minLength} characters and hard to guess: a few unrelated words work well.`}
        error={state.fieldErrors.newPassword}
        required
      />
      <button className="button" type="submit" disabled={pending}>
        {pending ? "Changing…" : "Change password"}
      </button>
    </form>
  );
}
