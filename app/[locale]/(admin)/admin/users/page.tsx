import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { notFound } from "next/navigation";
import { ModerationForm } from "@/app/_components/moderation/moderation-form";
import moderation from "@/app/_components/moderation/moderation-form.module.css";
import { RelatedAccountsForm } from "@/app/_components/moderation/related-accounts-form";
import { AdminSearchBox } from "@/app/_components/moderation/search-box";
import { requireUser } from "@/lib/auth/session";
import { findAccounts } from "@/lib/moderation/queries";
import { listRelatedAccounts } from "@/lib/moderation/related-accounts";

export const metadata: Metadata = { title: "Accounts" };

const day = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  timeZone: "UTC",
});

export default async function AdminUsersPage({
  searchParams,
}: {
  searchParams: Promise<{ q?: string | string[] }>;
}) {
  const user = await requireUser("/admin/users");
  const { q } = await searchParams;
  const query = typeof q === "string" ? q : "";
  const accounts = await findAccounts({ actor: user, query });
  if (!accounts) notFound();
  const related = (await listRelatedAccounts({ actor: user, userIds: accounts.map((a) => a.id) })) ?? [];
  return (
    <section aria-labelledby="admin-users-title">
      <p className="listing-card__meta">
        <Link href="/admin">Admin</Link>
      </p>
      <h1 id="admin-users-title">Accounts</h1>
      <p className="field__hint">
        A suspended account is signed out everywhere and cannot sign in, bid, sell or buy; its live listings,
        open auctions among them, are hidden until it is restored. Accounts marked as related (one person, or
        a seller and a shill) cannot bid on, make offers on or rate each other’s listings and orders. Every
        action is recorded with your name.
      </p>
      <AdminSearchBox id="admin-users-q" label="Email or name" query={query} />
      {accounts.length === 0 ? (
        <div className="empty-state">
          <p>No account matches “{query}”.</p>
        </div>
      ) : (
        <ul className="notification-list">
          {accounts.map((account) => (
            <li key={account.id} className="notification">
              <p>
                <strong>{account.displayName}</strong> · {account.email}{" "}
                {account.role === "admin" && <span className="tag">Admin</span>}{" "}
                {account.suspendedAt && (
                  <span className="tag">Suspended {day.format(account.suspendedAt)}</span>
                )}
              </p>
              <p className="field__hint">
                Joined {day.format(account.createdAt)} · {account.liveListings} public live{" "}
                {account.liveListings === 1 ? "listing" : "listings"} ·{" "}
                <Link href={`/admin/users/${account.id}/bids`}>Bidding history</Link>
              </p>
              {account.id === user.id ? (
                <p className="field__hint">This is you.</p>
              ) : account.suspendedAt ? (
                <ModerationForm
                  move="account.restore"
                  subjectId={account.id}
                  label="Restore account"
                  subjectName={account.email}
                />
              ) : (
                <ModerationForm
                  move="account.suspend"
                  subjectId={account.id}
                  label="Suspend account"
                  subjectName={account.email}
                />
              )}
              <div className={moderation.relations}>
                {related
                  .filter((r) => r.userId === account.id)
                  .map((r) => (
                    <details key={r.otherId}>
                      <summary>
                        Related to {r.otherName} ({r.otherEmail}): “{r.reason}”
                      </summary>
                      <RelatedAccountsForm
                        userId={account.id}
                        subjectName={account.email}
                        other={{ id: r.otherId, email: r.otherEmail }}
                      />
                    </details>
                  ))}
                <details>
                  <summary>Mark as related to another account</summary>
                  <RelatedAccountsForm userId={account.id} subjectName={account.email} />
                </details>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
