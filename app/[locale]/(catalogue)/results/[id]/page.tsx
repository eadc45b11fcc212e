import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { notFound } from "next/navigation";
import { formatEndedOn, OriginTag } from "@/app/_components/results/result-list";
import styles from "@/app/_components/results/results.module.css";
import { countryName } from "@/lib/catalogue/describe";
import { categoryLabels } from "@/lib/catalogue/vocabulary";
import { formatMoney } from "@/lib/kernel/money";
import { photoUrl } from "@/lib/photos/variants";
import { parseResultKey } from "@/lib/results/filters";
import { getResult } from "@/lib/results/queries";
import { resultOutcome, similarResultsHref } from "@/lib/results/words";

type Props = { params: Promise<{ id: string }> };

async function loadResult(params: Props["params"]) {
  const key = parseResultKey((await params).id);
  return key ? getResult(key) : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const result = await loadResult(params);
  if (!result) return { title: "No such result", robots: { index: false } };
  return {
    title: `${result.title}: ${resultOutcome(result)}`,
    description: `${resultOutcome(result)} on ${formatEndedOn(result.endedAt)}.`,
    alternates: { canonical: `/results/${result.id}` },
    // Demo results are illustrations, not records for search engines.
    robots: result.origin === "demo" ? { index: false, follow: true } : undefined,
  };
}

export default async function ResultPage({ params }: Props) {
  const result = await loadResult(params);
  if (!result) notFound();
  return (
    <>
      <p>
        <Link href="/results">← Results archive</Link>
      </p>
      <h1>{result.title}</h1>
      {/* Without photos (demo and imported results) the facts stand alone rather than beside an empty frame. */}
      <div className={result.photos.length ? styles.detail : styles.detailFactsOnly}>
        {result.photos.length > 0 && (
          <div className={styles.photos}>
            {result.photos.map((photo, index) => (
              // Photos are already resized WebP files; Next's optimiser would only add work.
              // eslint-disable-next-line @next/next/no-img-element
              <img
                key={photo.storageKey}
                src={photoUrl(photo.storageKey, "large")}
                alt={photo.altText || result.title}
                width={photo.width}
                height={photo.height}
                loading={index === 0 ? "eager" : "lazy"}
              />
            ))}
          </div>
        )}
        <section className={styles.facts} aria-label="Result">
          <p className={styles.outcome} data-testid="result-outcome">
            {resultOutcome(result)}
          </p>
          <OriginTag result={result} />
          <dl>
            <dt>{result.kind === "sold" ? "Sold on" : "Ended on"}</dt>
            <dd>{formatEndedOn(result.endedAt)}</dd>
            {result.bidCount !== null && (
              <>
                <dt>Bids</dt>
                <dd>{result.bidCount}</dd>
              </>
            )}
            {result.shippingCents !== null && (
              <>
                <dt>Shipping paid</dt>
                <dd>{formatMoney(result.shippingCents, result.currency)}</dd>
              </>
            )}
            <dt>Category</dt>
            <dd>{categoryLabels[result.category]}</dd>
            <dt>Country</dt>
            <dd>{countryName(result.country)}</dd>
            <dt>Source</dt>
            <dd>
              {result.origin === "imported" && result.sourceUrl ? (
                <a href={result.sourceUrl} rel="nofollow noopener noreferrer">
                  {result.sourceName ?? "Public record"}
                </a>
              ) : result.listingId !== null ? (
                <Link href={`/listings/${result.listingId}`}>The listing on Moskvitch Market</Link>
              ) : result.origin === "demo" ? (
                "Generated for the demo; not a real sale"
              ) : (
                "Moskvitch Market"
              )}
            </dd>
          </dl>
          <p>
            <Link href={similarResultsHref(result)}>Similar results</Link>
          </p>
        </section>
      </div>
    </>
  );
}
