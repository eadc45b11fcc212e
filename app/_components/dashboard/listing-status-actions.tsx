"use client";

import { Link } from "@/lib/i18n/navigation";
import { useActionState } from "react";
import { changeListingStatusAction, type StatusChangeState } from "@/lib/listings/actions";

const initial: StatusChangeState = { ok: true, message: "" };

const buttonsByStatus: Record<
  string,
  { change: "publish" | "unpublish" | "sold" | "delete"; label: string }[]
> = {
  draft: [
    { change: "publish", label: "Publish" },
    { change: "delete", label: "Delete" },
  ],
  live: [
    { change: "unpublish", label: "Unpublish" },
    { change: "sold", label: "Mark sold" },
    { change: "delete", label: "Delete" },
  ],
  withdrawn: [
    { change: "publish", label: "Publish again" },
    { change: "sold", label: "Mark sold" },
    { change: "delete", label: "Delete" },
  ],
  sold: [{ change: "delete", label: "Delete" }],
};

/** A listing's buttons on the dashboard; each is a small form, so they work before the page's script loads. */
export function ListingStatusActions({
  listingId,
  status,
  title,
}: {
  listingId: number;
  status: string;
  title: string;
}) {
  const [state, action, pending] = useActionState(changeListingStatusAction, initial);
  return (
    <div className="dashboard-actions">
      {status !== "sold" && (
        <Link
          className="button button--ghost button--small"
          href={`/sell/${listingId}`}
          aria-label={`Edit ${title}`}
        >
          Edit
        </Link>
      )}
      {(buttonsByStatus[status] ?? []).map((button) => (
        <form
          key={button.change}
          action={action}
          onSubmit={(event) => {
            if (button.change === "delete" && !window.confirm(`Delete “${title}”? This can't be undone.`))
              event.preventDefault();
          }}
        >
          <input type="hidden" name="listingId" value={listingId} />
          <input type="hidden" name="change" value={button.change} />
          <button
            className="button button--ghost button--small"
            type="submit"
            disabled={pending}
            aria-label={`${button.label}: ${title}`}
          >
            {button.label}
          </button>
        </form>
      ))}
      <p
        className={state.ok ? "dashboard-actions__note" : "field__error"}
        aria-live="polite"
        role={state.ok ? undefined : "alert"}
      >
        {state.message}
      </p>
    </div>
  );
}
