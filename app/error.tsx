"use client";

// Shown instead of any stack trace; the digest lets us find the error in the server log. A busy
// database (a lock or a connection not free in time) carries its own digest and its own advice.
const databaseBusyDigest = "DATABASE_BUSY";

export default function ErrorPage({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  const busy = error.digest === databaseBusyDigest;
  return (
    <section className="error-page" role="alert">
      <h1>{busy ? "The market is busy right now" : "Something went wrong on our side"}</h1>
      <p>
        {busy
          ? "Nothing was changed or charged. Please try again in a few seconds."
          : "Nothing you entered was lost. Try again in a moment."}
      </p>
      {error.digest && !busy && <p className="field__hint">Reference: {error.digest}</p>}
      <button className="button" type="button" onClick={reset}>
        Try again
      </button>
    </section>
  );
}
