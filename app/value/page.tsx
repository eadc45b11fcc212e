import type { Metadata } from "next";
import { FairValuePanel } from "@/app/_components/valuation/fair-value-panel";
import { ValueForm } from "@/app/_components/valuation/value-form";
import { getPublicListing } from "@/lib/listings/queries";
import { appraiseItem } from "@/lib/valuation/appraise";
import { parseValueForm, valuesFromItem, type ValueFormValues } from "@/lib/valuation/value-form";

export const metadata: Metadata = {
  title: "Check fair value before you bid",
  description: "What is a Moskvitch pedal car, classic Moskvitch, AZLK toy or spare part worth, and is this price fair? The answer with every reason.",
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** "?listing=https://…/listings/42" (or just 42) fills the form from one of our listings. */
async function valuesFromListing(reference: string): Promise<ValueFormValues | null> {
  const id = /(?:^|\/listings\/)(\d{1,9})(?:[/?#]|$)/.exec(reference.trim())?.[1];
  const listing = id ? await getPublicListing(Number(id)) : null;
  if (!listing) return null;
  return { ...valuesFromItem(listing.attributes), price: String(listing.askingPriceCents / 100) };
}

export default async function ValuePage({ searchParams }: Props) {
  const raw = Object.fromEntries(Object.entries(await searchParams).filter((e): e is [string, string | string[]] => e[1] !== undefined));
  const listingRef = typeof raw.listing === "string" ? raw.listing : undefined;
  const fromListing = listingRef ? await valuesFromListing(listingRef) : null;
  const values = fromListing ? { country: "US", ...fromListing, ...withoutListing(raw) } : raw;
  const form = parseValueForm(values);
  const appraisal = form.status === "ok" ? await appraiseItem(form.request) : null;

  return (
    <>
      <h1>Check fair value before you bid</h1>
      <p className="field__hint" style={{ maxWidth: "48rem" }}>
        Describe the item and the price you are looking at, here or on any other site. You get the fair range, what to bid at most
        with shipping included, and every reason behind the number.
      </p>
      {listingRef && !fromListing && (
        <p className="alert alert--error" role="alert">
          We couldn’t find a live listing at “{listingRef}”. Paste a link to a listing on this site, or fill in the form.
        </p>
      )}
      <div className="value-layout">
        <section aria-label="Item to value" className="panel">
          <form method="get" action="/value" className="form" style={{ maxWidth: "none", marginBottom: "1rem" }}>
            <div className="field">
              <label htmlFor="listing">Paste a listing link from this site</label>
              <div className="search-box" style={{ order: 0 }}>
                <input id="listing" name="listing" type="url" placeholder="https://…/listings/42" defaultValue={listingRef} />
                <button type="submit">Fill in</button>
              </div>
            </div>
          </form>
          <ValueForm values={form.values} errors={form.status === "invalid" ? form.errors : {}} key={JSON.stringify(form.values)} />
        </section>
        <section aria-live="polite" className="panel">
          {appraisal && form.status === "ok" ? (
            <FairValuePanel appraisal={appraisal} priceCents={form.request.priceCents} />
          ) : form.status === "invalid" ? (
            <p className="alert alert--error">Some answers need a look: see the messages beside the fields.</p>
          ) : (
            <div className="empty-state">
              <p>Fill in the item on the left to see its fair value.</p>
              <p>
                A quick start: <a href="/value?category=pedal_car&era=late_soft_tires&plate=azlk_1993&condition=unused&restored=no&windscreen=intact&steering_wheel=intact&custom_version=none&price=350&country=US">an unused late pedal car at $350</a>.
              </p>
            </div>
          )}
        </section>
      </div>
    </>
  );
}

function withoutListing(values: Record<string, string | string[]>) {
  const { listing: _listing, ...rest } = values;
  return rest;
}
