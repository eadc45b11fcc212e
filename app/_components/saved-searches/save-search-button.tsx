"use client";

import { Link } from "@/lib/i18n/navigation";
import { useState, useTransition } from "react";
import { saveSearchAction, type SaveSearchState } from "@/lib/saved-searches/actions";
import styles from "./save-search-button.module.css";

/** Saves the search on screen (its canonical query, from the server: the page may be a cached one) and switches on alerts for matches priced under fair value. */
export function SaveSearchButton({ query }: { query: string }) {
  const [state, setState] = useState<SaveSearchState | null>(null);
  const [pending, startTransition] = useTransition();
  return (
    <div className={styles.save}>
      <button
        type="button"
        className="button button--ghost button--small"
        disabled={pending}
        onClick={() => startTransition(async () => setState(await saveSearchAction(query)))}
      >
        {pending ? "Saving…" : "Save this search"}
      </button>
      <span aria-live="polite" className="field__hint">
        {state?.signedOut ? (
          <>
            <Link href={`/sign-in?callbackUrl=${encodeURIComponent(`/listings${query ? `?${query}` : ""}`)}`}>
              Sign in
            </Link>{" "}
            to save searches.
          </>
        ) : state?.ok ? (
          <>
            {state.message} <Link href="/saved-searches">Your saved searches</Link>
          </>
        ) : (
          state?.message
        )}
      </span>
    </div>
  );
}
