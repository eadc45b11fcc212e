import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { notFound } from "next/navigation";
import { LocalTime } from "@/app/_components/local-time";
import { requireUser } from "@/lib/auth/session";
import { listAuditLog, type AuditEntry } from "@/lib/moderation/queries";

export const metadata: Metadata = { title: "Audit log" };

const actionWords: Record<string, string> = {
  "listing.hide": "Hid listing",
  "listing.restore": "Restored listing",
  "account.suspend": "Suspended account",
  "account.restore": "Restored account",
  "comment.approve": "Approved comment",
  "comment.hide": "Hid comment",
  "comment.restore": "Restored comment",
  "conversation.read": "Read conversation",
};

function subjectLink(entry: AuditEntry) {
  if (entry.subjectType === "listing")
    return (
      <Link href={`/dashboard/listings/${entry.subjectId}`}>
        #{entry.subjectId} {entry.subjectName ?? ""}
      </Link>
    );
  if (entry.subjectType === "user")
    return entry.subjectName ? (
      <Link href={`/admin/users?q=${encodeURIComponent(entry.subjectName)}`}>{entry.subjectName}</Link>
    ) : (
      <span>account {entry.subjectId}</span>
    );
  if (entry.subjectType === "conversation")
    return <Link href={`/admin/messages/${entry.subjectId}`}>conversation #{entry.subjectId}</Link>;
  return <span>comment #{entry.subjectId}</span>;
}

export default async function AdminAuditPage({
  searchParams,
}: {
  searchParams: Promise<{ before?: string | string[] }>;
}) {
  const user = await requireUser("/admin/audit");
  const { before } = await searchParams;
  const cursor = typeof before === "string" && /^\d{1,9}$/.test(before) ? Number(before) : null;
  const log = await listAuditLog({ actor: user, before: cursor });
  if (!log) notFound();
  return (
    <section aria-labelledby="admin-audit-title">
      <p className="listing-card__meta">
        <Link href="/admin">Admin</Link>
      </p>
      <h1 id="admin-audit-title">Audit log</h1>
      <p className="field__hint">Every admin action, newest first, 50 to a page.</p>
      {log.entries.length === 0 ? (
        <div className="empty-state">
          <p>Nothing recorded{cursor ? " before this" : " yet"}.</p>
        </div>
      ) : (
        <ol className="notification-list">
          {log.entries.map((entry) => (
            <li key={entry.id} className="notification">
              <p>
                <strong>{entry.adminName}</strong> · {actionWords[entry.action] ?? entry.action} ·{" "}
                {subjectLink(entry)}
              </p>
              <p className="field__hint">
                <LocalTime at={entry.at.toISOString()} />
                {entry.reason ? ` · “${entry.reason}”` : ""}
              </p>
            </li>
          ))}
        </ol>
      )}
      <p className="section-head">
        {cursor && <Link href="/admin/audit">Newest</Link>}
        {log.nextBefore && <Link href={`/admin/audit?before=${log.nextBefore}`}>Older</Link>}
      </p>
    </section>
  );
}
