"use client";

// Shown instead of any stack trace; the digest lets us find the error in the server log.
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <section className="error-page" role="alert">
      <h1>Something went wrong on our side</h1>
      <p>Nothing you entered was lost. Try again in a moment.</p>
      {error.digest && <p className="field__hint">Reference: {error.digest}</p>}
      <button className="button" type="button" onClick={reset}>
        Try again
      </button>
    </section>
  );
}
