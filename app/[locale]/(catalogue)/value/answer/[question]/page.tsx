import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { alternatesFor } from "@/lib/i18n/alternates";
import { localeFromSegment } from "@/lib/i18n/segment-locale";
import { answerValuation } from "@/lib/valuation/cached-answer";
import { parseValueForm } from "@/lib/valuation/value-form";
import { ValueView } from "../../value-view";

// A valuation question asked often lately (see proxy.ts and lib/kernel/popular-pages.ts): rendered on
// its first request, then served from Next's cache until a sale in its segment, new rates or a new
// back-test expire the answer it shows (the answer's own cache tags), or an hour passes (the answer's
// comparables are dated by the day). Visitors keep the /value?… address; this path is internal.
export const revalidate = 3600;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ locale: string; question: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeFromSegment(params);
  const t = await getTranslations({ locale, namespace: "Value" });
  return { title: t("title"), description: t("description"), alternates: alternatesFor(locale, "/value") };
}

export default async function ValueAnswerPage({ params }: Props) {
  const locale = await localeFromSegment(params);
  let query = "";
  try {
    query = decodeURIComponent((await params).question);
  } catch {
    // The proxy lets only canonical questions through; a damaged one shows the empty form.
  }
  const form = parseValueForm(Object.fromEntries(new URLSearchParams(query)));
  const appraisal = form.status === "ok" ? await answerValuation(form.request) : null;
  return <ValueView locale={locale} form={form} appraisal={appraisal} prefill={null} />;
}
