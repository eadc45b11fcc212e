"use client";

import { useEffect, useRef, useState } from "react";
import { dollars, dollarsAtMost, signedDollars } from "@/app/_components/valuation/dollars";
import { reasonWithoutLabel } from "@/app/_components/valuation/reason-text";
import { VerdictBadge } from "@/app/_components/valuation/verdict-badge";
import { formDataToListingInput } from "@/lib/listings/form-input";
import { formatMoney } from "@/lib/kernel/money";
import type { ValuationResponse } from "@/lib/valuation/appraise";
import {
  estimateRequestFromListingInput,
  listWords,
  priceWarningFor,
  type SellEstimateRequest,
} from "@/lib/listings/sell-estimate";
import { valuePageHref, valuesFromItem } from "@/lib/valuation/value-form";
import styles from "./live-estimate.module.css";

// The fair value of what the seller is describing, updated as they type. It only informs: saving
// never waits for it, and a failed estimate leaves the form as it was.

type Ready = Extract<SellEstimateRequest, { status: "ready" }>;
type Shown =
  | Exclude<SellEstimateRequest, Ready>
  | { status: "estimate"; request: Ready; valuation: ValuationResponse }
  | { status: "unavailable" };

const debounceMs = 400;

export function LiveEstimate() {
  const anchor = useRef<HTMLElement>(null);
  const [shown, setShown] = useState<Shown>({ status: "no_category" });
  const [loading, setLoading] = useState(false);

  useEffect(() => {
    const form = anchor.current?.closest("form");
    if (!form) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let inFlight: AbortController | undefined;
    let lastAsked = "";

    async function estimate() {
      const request = estimateRequestFromListingInput(formDataToListingInput(new FormData(form!)));
      if (request.status !== "ready") {
        inFlight?.abort();
        lastAsked = "";
        setLoading(false);
        setShown(request);
        return;
      }
      const body = JSON.stringify(request.body);
      if (body === lastAsked) return;
      lastAsked = body;
      inFlight?.abort();
      const controller = (inFlight = new AbortController());
      setLoading(true);
      try {
        const response = await fetch("/api/valuation", {
          method: "POST",
          headers: { "content-type": "application/json" },
          body,
          signal: controller.signal,
        });
        const answer = await response.json();
        if (response.status === 400) {
          const [field, message] = Object.entries(
            (answer as { errors: Record<string, string> }).errors,
          )[0] ?? ["item", "Check the item's details"];
          setShown({ status: "invalid", field: field.replace(/^item\./, ""), message });
        } else if (response.ok) {
          setShown({ status: "estimate", request, valuation: answer as ValuationResponse });
        } else {
          setShown({ status: "unavailable" });
        }
      } catch (error) {
        if (controller.signal.aborted) return;
        lastAsked = "";
        setShown({ status: "unavailable" });
        console.warn("Live estimate failed", error);
      }
      if (inFlight === controller) setLoading(false);
    }

    const schedule = () => {
      clearTimeout(timer);
      timer = setTimeout(estimate, debounceMs);
    };
    form.addEventListener("input", schedule);
    form.addEventListener("change", schedule);
    void estimate(); // an edited listing shows its estimate at once
    return () => {
      clearTimeout(timer);
      inFlight?.abort();
      form.removeEventListener("input", schedule);
      form.removeEventListener("change", schedule);
    };
  }, []);

  return (
    <section
      ref={anchor}
      className={styles.estimate}
      aria-labelledby="live-estimate-title"
      data-testid="live-estimate"
    >
      <h2 id="live-estimate-title">Fair value estimate</h2>
      <div aria-live="polite" aria-busy={loading}>
        <EstimateBody shown={shown} />
      </div>
      <p className="field__hint">
        For a buyer in the US, from the same rules and sales as the listing page. It never stops you saving.
      </p>
    </section>
  );
}

function EstimateBody({ shown }: { shown: Shown }) {
  switch (shown.status) {
    case "no_category":
      return <p>Choose a category to see an estimate.</p>;
    case "incomplete":
      return <p>Fill in {listWords(shown.missing)} to see an estimate.</p>;
    case "invalid":
      return <p>No estimate yet: {shown.message}.</p>;
    case "unavailable":
      return <p>The estimate is not available right now; you can still save.</p>;
    case "estimate":
      return <Estimate request={shown.request} valuation={shown.valuation} />;
  }
}

function Estimate({ request, valuation }: { request: Ready; valuation: ValuationResponse }) {
  const { fairValue } = valuation;
  const c = valuation.currency;
  const priceCents = request.body.priceCents;
  const warning = priceWarningFor(valuation, priceCents);
  const fullCheck = valuePageHref({
    ...valuesFromItem(request.body.item),
    ...(priceCents !== undefined ? { price: String(priceCents / 100), currency: request.body.currency } : {}),
    country: "US",
    ...(request.body.shipFrom ? { from: request.body.shipFrom.country } : {}),
  });
  return (
    <div className={styles.body}>
      <p data-testid="live-estimate-range">
        Fair value{" "}
        <strong>
          {dollars(fairValue.lowCents, c)} – {dollars(fairValue.highCents, c)}
        </strong>
        , typical <strong>{dollars(fairValue.typicalCents, c)}</strong>
      </p>
      {priceCents !== undefined && valuation.verdict && !request.auction && (
        <p data-testid="live-estimate-verdict">
          <VerdictBadge verdict={valuation.verdict} /> at {formatMoney(priceCents, c)}, plus about{" "}
          {dollars(valuation.shippingCents, c)} shipping to the buyer
        </p>
      )}
      {request.auction && (
        <p data-testid="live-estimate-auction">
          Bidders see a “don’t bid above” of {dollarsAtMost(valuation.maxBidCents, c)}, plus about{" "}
          {dollars(valuation.shippingCents, c)} shipping.
          {priceCents !== undefined &&
            !warning &&
            ` A starting bid of ${formatMoney(priceCents, c)} is not above what the item is fairly worth.`}
        </p>
      )}
      {request.price === "none" && (
        <p className="field__hint">
          Enter {request.auction ? "a starting bid" : "an asking price"} to see how buyers will judge it.
        </p>
      )}
      {typeof request.price === "object" && (
        <p className="field__hint">
          Verdicts compare US-dollar prices; your price is in {request.price.otherCurrency}, so only the value
          shows.
        </p>
      )}
      {warning && (
        <div
          className={[styles.warning, warning.verdict === "overpriced" && styles.overpriced]
            .filter(Boolean)
            .join(" ")}
          data-testid="price-warning"
        >
          <p>
            <strong>{warning.verdict === "overpriced" ? "Overpriced" : "Priced high"}:</strong>{" "}
            {request.auction ? "a starting bid of " : ""}
            {formatMoney(warning.priceCents, c)} is {dollars(warning.aboveCents, c)} ({warning.abovePercent}%)
            above the typical value of {dollars(warning.typicalCents, c)}. Buyers see this verdict beside your
            price.
          </p>
          <p>What sets the value most:</p>
          <ul>
            {warning.reasons.map((reason) => (
              <li key={reason.label}>
                <strong>{reason.label}</strong>
                {reason.effectCents !== 0 &&
                  ` (${reason.label === "Reference value" ? dollars(reason.effectCents, c) : signedDollars(reason.effectCents, c)})`}
                : {reasonWithoutLabel(reason.reason, reason.label)}
              </li>
            ))}
          </ul>
        </div>
      )}
      <p>
        <a href={fullCheck} target="_blank" rel="noopener">
          See every reason and the sales behind it
          <span className="visually-hidden"> (opens in a new tab)</span>
        </a>
      </p>
    </div>
  );
}
