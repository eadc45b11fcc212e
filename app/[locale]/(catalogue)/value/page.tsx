import type { Metadata } from "next";
import { headers } from "next/headers";
import { getLocale, getTranslations } from "next-intl/server";
import { alternatesFor } from "@/lib/i18n/alternates";
import { localeFromSegment } from "@/lib/i18n/segment-locale";
import { Link } from "@/lib/i18n/navigation";
import { MarketReportLink } from "@/app/_components/reports/market-report-link";
import { FairValuePanel } from "@/app/_components/valuation/fair-value-panel";
import { ValueForm } from "@/app/_components/valuation/value-form";
import { getEnv } from "@/lib/kernel/env";
import { getOfferedListing } from "@/lib/listings/queries";
import { answerValuation } from "@/lib/valuation/cached-answer";
import { listingIdFromReference } from "@/lib/valuation/listing-reference";
import {
  parseValueForm,
  valuePageHref,
  valuesFromItem,
  type ValueFormValues,
} from "@/lib/valuation/value-form";
import styles from "./value.module.css";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeFromSegment(params);
  const t = await getTranslations({ locale, namespace: "Value" });
  return { title: t("title"), description: t("description"), alternates: alternatesFor(locale, "/value") };
}

type Prefill = { values: ValueFormValues; note?: string } | { error: string };

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
  await localeFromSegment(params);
  const t = await getTranslations("Value");
  const locale = await getLocale();
  const raw = Object.fromEntries(
    Object.entries(await searchParams).filter((e): e is [string, string | string[]] => e[1] !== undefined),
  );
  const listingRef = typeof raw.listing === "string" && raw.listing.trim() ? raw.listing : undefined;
  const prefill = listingRef ? await prefillFromListing(listingRef) : null;
  const values =
    prefill && "values" in prefill ? { ...prefill.values, ...withoutListing(raw) } : withoutListing(raw);
  const form = parseValueForm(values);
  const appraisal = form.status === "ok" ? await answerValuation(form.request) : null;

  return (
    <>
      <h1>{t("title")}</h1>
      <p className={styles.intro}>{t("intro")}</p>
      <div className={styles.layout}>
        <section aria-labelledby="value-item-title" className="panel">
          <h2 id="value-item-title" className="visually-hidden">
            {t("itemToValue")}
          </h2>
          <form
            method="get"
            action={locale === "en" ? "/value" : `/${locale}/value`}
            className={`form ${styles.paste}`}
          >
            <div className="field">
              <label htmlFor="listing">{t("pasteLabel")}</label>
              <div className="search-box">
                <input
                  id="listing"
                  name="listing"
                  type="text"
                  inputMode="url"
                  autoComplete="off"
                  placeholder="https://…/listings/42"
                  defaultValue={listingRef}
                  aria-describedby={prefill && "error" in prefill ? "listing-error" : undefined}
                />
                <button type="submit">{t("fillIn")}</button>
              </div>
              {prefill && "error" in prefill && (
                <p className="field__error" id="listing-error" role="alert">
                  {prefill.error}
                </p>
              )}
              {prefill && "note" in prefill && prefill.note && <p className="field__hint">{prefill.note}</p>}
            </div>
          </form>
          <ValueForm
            values={form.values}
            errors={form.status === "invalid" ? form.errors : {}}
            key={JSON.stringify(form.values)}
          />
        </section>
        <section aria-labelledby="value-answer-title" aria-live="polite" className="panel">
          <h2 id="value-answer-title" className="visually-hidden">
            {t("answer")}
          </h2>
          {appraisal && form.status === "ok" ? (
            <>
              <FairValuePanel appraisal={appraisal} priceCents={form.request.priceCents} />
              <p className={styles.share}>
                <Link href={valuePageHref(form.values)} data-testid="share-link">
                  {t("shareLink")}
                </Link>{" "}
                <span className="field__hint">{t("shareHint")}</span>
              </p>
              <MarketReportLink item={form.request.item} className="value-share" />
            </>
          ) : form.status === "invalid" ? (
            <p className="alert alert--error">{t("needsLook")}</p>
          ) : (
            <div className="empty-state">
              <p>{t("fillToSee")}</p>
              <p>
                {t.rich("quickStart", {
                  link: (chunks) => (
                    <Link href="/value?category=pedal_car&era=late_soft_tires&plate=azlk_1993&condition=unused&restored=no&windscreen=intact&steeringWheel=intact&customVersion=none&price=350&country=US">
                      {chunks}
                    </Link>
                  ),
                })}
              </p>
            </div>
          )}
        </section>
      </div>
    </>
  );
}
