import "server-only";
import { unstable_cache } from "next/cache";
import { cacheTags } from "@/lib/kernel/cache";
import { appraiseItem, type Appraisal } from "./appraise";
import { valuationRulesVersion } from "./engine";
import type { ValuationRequest } from "./request-schema";
import { questionSegment } from "./segments";

// A valuation depends on the question and on its market: the sales of its segment, the exchange
// rates and the published accuracy. So the answer is cached by the question as asked (the item, the
// price, where it ships to and from, the currency), by the rules' version (a change of the rules
// reaches cached answers at once) and by the day (the comparables' window and the rates are
// dated), and tagged with its segment: a sale in that segment, new rates or a new
// back-test expire it (lib/kernel/cache.ts), a sale elsewhere leaves it. POST /api/valuation and
// /value share these answers.

type Question = ValuationRequest & { itemCountry?: string; now?: Date };

/** The question in one spelling: the same question always makes the same key. */
function normalised(question: Question) {
  const item = Object.fromEntries(Object.entries(question.item).sort(([a], [b]) => a.localeCompare(b)));
  return {
    item: item as Question["item"],
    priceCents: question.priceCents ?? null,
    currency: question.currency ?? "USD",
    shipTo: question.shipTo
      ? { country: question.shipTo.country, postalCode: question.shipTo.postalCode?.toUpperCase() ?? null }
      : null,
    from: question.itemCountry ?? question.shipFrom?.country ?? null,
  };
}

type Normalised = ReturnType<typeof normalised>;

function appraiseNormalised(question: Normalised, now: Date): Promise<Appraisal> {
  return appraiseItem({
    item: question.item,
    priceCents: question.priceCents ?? undefined,
    currency: question.currency,
    shipTo: question.shipTo
      ? { country: question.shipTo.country, postalCode: question.shipTo.postalCode ?? undefined }
      : undefined,
    itemCountry: question.from ?? undefined,
    now,
  });
}

/** Whether this process has Next's cache to keep answers in (a script or a test outside Next has none). */
function cacheAvailable(): boolean {
  return Boolean((globalThis as { __incrementalCache?: unknown }).__incrementalCache);
}

/** The valuation of a question, from cache while its market and the rules are unchanged. */
export function answerValuation(
  question: Question,
  rulesVersion = valuationRulesVersion,
): Promise<Appraisal> {
  const now = question.now ?? new Date();
  const asked = normalised(question);
  if (!cacheAvailable()) return appraiseNormalised(asked, now);
  const day = now.toISOString().slice(0, 10);
  return unstable_cache(
    (q: Normalised) => appraiseNormalised(q, now),
    ["valuation-answer", rulesVersion, day],
    {
      tags: [cacheTags.valuations, cacheTags.valuationSegment(questionSegment(asked.item))],
      revalidate: 86_400,
    },
  )(asked);
}
