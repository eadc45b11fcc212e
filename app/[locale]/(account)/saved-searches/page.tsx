import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { requireUser } from "@/lib/auth/session";
import { deleteSavedSearchAction, setSavedSearchAlertAction } from "@/lib/saved-searches/actions";
import { listSavedSearches } from "@/lib/saved-searches/saved-searches";

export const metadata: Metadata = { title: "Saved searches" };

export default async function SavedSearchesPage() {
  const user = await requireUser("/saved-searches");
  const searches = await listSavedSearches({ userId: user.id });
  return (
    <section aria-labelledby="saved-searches-title">
      <h1 id="saved-searches-title">Saved searches</h1>
      <p className="field__hint">
        With alerts on, you hear (here, in <Link href="/notifications">notifications</Link> and by email) when
        a new fixed-price listing matching the search is priced under its fair value. Save a search from the{" "}
        <Link href="/listings">catalogue</Link>.
      </p>
      {searches.length === 0 ? (
        <div className="empty-state">
          <p>No saved searches yet.</p>
        </div>
      ) : (
        <ul className="dashboard-list">
          {searches.map((s) => (
            <li key={s.id} className="dashboard-item saved-search">
              <div className="dashboard-item__body">
                <Link className="dashboard-item__title" href={s.href}>
                  {s.name}
                </Link>
                <span className="listing-card__meta">
                  Alerts {s.alertUnderFairValue ? "on" : "off"}
                  {s.lastNotifiedAt
                    ? ` · last alert ${new Date(s.lastNotifiedAt).toLocaleDateString("en-US", { dateStyle: "medium", timeZone: "UTC" })}`
                    : ""}
                </span>
              </div>
              <div className="dashboard-actions">
                <form action={setSavedSearchAlertAction}>
                  <input type="hidden" name="id" value={s.id} />
                  <input type="hidden" name="on" value={String(!s.alertUnderFairValue)} />
                  <button className="button button--ghost button--small" type="submit">
                    {s.alertUnderFairValue ? "Turn alerts off" : "Turn alerts on"}
                    <span className="visually-hidden"> for {s.name}</span>
                  </button>
                </form>
                <form action={deleteSavedSearchAction}>
                  <input type="hidden" name="id" value={s.id} />
                  <button className="button button--ghost button--small" type="submit">
                    Delete<span className="visually-hidden"> {s.name}</span>
                  </button>
                </form>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
