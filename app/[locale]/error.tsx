"use client";

import { useTranslations } from "next-intl";

// Shown instead of any stack trace; the digest lets us find the error in the server log. A busy
// database (a lock, a statement timeout or a connection not free in time) carries its own digest
// (db/busy.ts), the one thing Next passes on from a server error in production, and its own advice.
const databaseBusyDigest = "DATABASE_BUSY";

function digestOf(error: unknown): string | undefined {
  const digest = (error as { digest?: unknown } | null)?.digest;
  return typeof digest === "string" ? digest : undefined;
}

export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  const digest = digestOf(error);
  const busy = digest === databaseBusyDigest;
  const t = useTranslations("Error");
  return (
    <section className="error-page" role="alert">
      <h1>{t(busy ? "busyTitle" : "title")}</h1>
      <p>{t(busy ? "busyBody" : "body")}</p>
      {digest && !busy && <p className="field__hint">{t("reference", { digest })}</p>}
      {/* retry asks the server for the page again; reset would only re-draw what failed. */}
      <button className="button" type="button" onClick={retry}>
        {t("retry")}
      </button>
    </section>
  );
}
