import type { Metadata } from "next";
import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { alternatesFor } from "@/lib/i18n/alternates";
import { localeFromSegment } from "@/lib/i18n/segment-locale";
import { after } from "next/server";
import { getEnv } from "@/lib/kernel/env";
import { recordPageAsked } from "@/lib/kernel/popular-pages";
import { getOfferedListing } from "@/lib/listings/queries";
import { answerValuation } from "@/lib/valuation/cached-answer";
import { listingIdFromReference } from "@/lib/valuation/listing-reference";
import {
  parseValueForm,
  popularValueHref,
  valuesFromItem,
  type ValueFormValues,
} from "@/lib/valuation/value-form";
import { ValueView, type Prefill as ShownPrefill } from "./value-view";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeFromSegment(params);
  const t = await getTranslations({ locale, namespace: "Value" });
  return { title: t("title"), description: t("description"), alternates: alternatesFor(locale, "/value") };
}

type Prefill = ({ values: ValueFormValues } & ShownPrefill) | { error: string };

/** The hosts a pasted link may name: the one this page was asked on, and the configured public URL. */
async function ownHosts(): Promise<string[]> {
  const h = await headers();
  const configured = getEnv().NEXTAUTH_URL;
  return [h.get("x-forwarded-host"), h.get("host"), configured ? new URL(configured).host : null].filter(
    (v): v is string => Boolean(v),
  );
}

/** "?listing=https://…/listings/42" (or /listings/42, or 42) fills the form from one of our listings. */
async function prefillFromListing(reference: string): Promise<Prefill> {
  const t = await getTranslations("Value");
  const parsed = listingIdFromReference(reference, await ownHosts());
  if (!parsed.ok) return { error: t(parsed.reason === "other_site" ? "otherSite" : "notAListing") };
  const listing = await getOfferedListing(parsed.listingId);
  if (!listing) return { error: t("notFound") };
  const values: ValueFormValues = {
    ...valuesFromItem(listing.attributes),
    country: "US",
    from: listing.country,
  };
  return { values: { ...values, price: String(listing.askingPriceCents / 100), currency: listing.currency } };
}

function withoutListing(values: Record<string, string | string[]>) {
  const { listing: _listing, ...rest } = values;
  return rest;
}

export default async function ValuePage({ params, searchParams }: Props) {
  const locale = await localeFromSegment(params);
  const raw = Object.fromEntries(
    Object.entries(await searchParams).filter((e): e is [string, string | string[]] => e[1] !== undefined),
  );
  const listingRef = typeof raw.listing === "string" && raw.listing.trim() ? raw.listing : undefined;
  const prefill = listingRef ? await prefillFromListing(listingRef) : null;
  const values =
    prefill && "values" in prefill ? { ...prefill.values, ...withoutListing(raw) } : withoutListing(raw);
  const form = parseValueForm(values);
  const appraisal = form.status === "ok" ? await answerValuation(form.request) : null;
  // Counted towards a cached answer page (proxy.ts), after the answer has gone; best effort.
  const popular = popularValueHref(raw);
  if (popular !== null) after(() => recordPageAsked(popular).catch(() => false));

  return (
    <ValueView locale={locale} form={form} appraisal={appraisal} listingRef={listingRef} prefill={prefill} />
  );
}
