"use client";

import { Link } from "@/lib/i18n/navigation";
import { useEffect, useState, useTransition } from "react";
import { getWatchingAction, setWatchingAction } from "@/lib/watchlist/actions";
import styles from "./watch-button.module.css";

/** Adds the listing to the collector's watchlist, or takes it off (state read in the browser, so the page stays cached). */
export function WatchButton({ listingId }: { listingId: number }) {
  const [state, setState] = useState<{ signedIn: boolean; watching: boolean } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  useEffect(() => {
    let cancelled = false;
    getWatchingAction(listingId).then(
      (s) => !cancelled && setState(s),
      () => {},
    );
    return () => {
      cancelled = true;
    };
  }, [listingId]);

  if (!state) return null;
  if (!state.signedIn) {
    return (
      <p className="field__hint">
        <Link href={`/sign-in?callbackUrl=${encodeURIComponent(`/listings/${listingId}`)}`}>Sign in</Link> to
        watch this listing.
      </p>
    );
  }
  return (
    <div className={styles.watch}>
      <button
        type="button"
        className="button button--ghost button--small"
        aria-pressed={state.watching}
        disabled={pending}
        onClick={() =>
          startTransition(async () => {
            const result = await setWatchingAction({ listingId, watching: !state.watching });
            if (result.ok) {
              setState({ signedIn: true, watching: result.watching });
              setError(null);
            } else setError(result.message);
          })
        }
      >
        {state.watching ? "★ Watching" : "☆ Watch"}
      </button>{" "}
      {state.watching && <Link href="/watchlist">Your watchlist</Link>}
      <span aria-live="polite">{error && <span className="field__error"> {error}</span>}</span>
    </div>
  );
}
