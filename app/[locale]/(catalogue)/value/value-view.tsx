import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { MarketReportLink } from "@/app/_components/reports/market-report-link";
import { FairValuePanel } from "@/app/_components/valuation/fair-value-panel";
import { ValueForm } from "@/app/_components/valuation/value-form";
import type { Appraisal } from "@/lib/valuation/appraise";
import { valuePageHref, type ValueFormResult } from "@/lib/valuation/value-form";
import styles from "./value.module.css";

// The /value page as /value renders it on demand and /value/answer/… serves it from the cache.

export type Prefill = { note?: string } | { error: string };

export async function ValueView({
  locale,
  form,
  appraisal,
  listingRef,
  prefill,
}: {
  locale: Locale;
  form: ValueFormResult;
  appraisal: Appraisal | null;
  listingRef?: string;
  prefill: Prefill | null;
}) {
  const t = await getTranslations({ locale, namespace: "Value" });
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
