"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { Suspense } from "react";
import { splitLocalePath } from "@/lib/i18n/routing";

/**
 * "Русский" on an English page, "English" on a Russian one: the same page in the other language.
 * A plain link, so the browser loads the page as a document and the proxy keeps the choice in its
 * cookie; the English address goes through /en/…, which the proxy sends on to the unprefixed one
 * having noted the choice (without it, a visitor whose browser asks for Russian would be sent back).
 * Its accessible name starts with the words it shows, in the other language ("English: this page…").
 */
export function LanguageSwitch({ className }: { className?: string }) {
  return (
    <Suspense fallback={<SwitchLink className={className} search="" />}>
      <WithSearch className={className} />
    </Suspense>
  );
}

function WithSearch({ className }: { className?: string }) {
  const search = useSearchParams().toString();
  return <SwitchLink className={className} search={search ? `?${search}` : ""} />;
}

function SwitchLink({ className, search }: { className?: string; search: string }) {
  const locale = useLocale();
  const t = useTranslations("Language");
  const { path } = splitLocalePath(usePathname());
  const other = locale === "ru" ? "en" : "ru";
  const href = `/${other}${path === "/" ? "" : path}${search}`;
  return (
    <a className={className} href={href} hrefLang={other} lang={other} aria-label={t("switchLabel")}>
      {t("switchTo")}
    </a>
  );
}
