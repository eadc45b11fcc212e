/** Where a form's refusal is read out: a polite live region that shows the message once the action refuses. */
export function ActionError({
  state,
  tone = "field",
}: {
  state: { ok: boolean; message: string };
  tone?: "field" | "alert";
}) {
  return (
    <div aria-live="polite">
      {!state.ok && state.message && (
        <p className={tone === "alert" ? "alert alert--error" : "field__error"} role="alert">
          {state.message}
        </p>
      )}
    </div>
  );
}
