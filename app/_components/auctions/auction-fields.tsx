"use client";

import { LocalTime } from "@/app/_components/local-time";
import { useEffect, useState } from "react";
import { Field, fieldId, SelectField, TextField } from "@/app/_components/forms/fields";
import { loadAuctionTermsAction, type AuctionTermsForEdit } from "@/lib/auctions/actions";
import { auctionLengthLabels, auctionLengths } from "@/lib/listings/auction-terms";

type Props = {
  listingId?: number;
  saleFormat: string;
  onSaleFormatChange: (format: string) => void;
  errors: Record<string, string>;
  currency: string;
};

/** "datetime-local" wants the browser's local time without a zone. */
function toLocalInput(iso: string): string {
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** Sale format on the sell form, and for an auction its reserve and length (the asking price is the starting bid). */
export function AuctionFields({ listingId, saleFormat, onSaleFormatChange, errors, currency }: Props) {
  const [terms, setTerms] = useState<AuctionTermsForEdit | undefined>(listingId ? undefined : null);
  const [length, setLength] = useState("7");
  const [localEnd, setLocalEnd] = useState("");

  useEffect(() => {
    if (!listingId) return;
    let cancelled = false;
    loadAuctionTermsAction(listingId).then(
      (loaded) => {
        if (cancelled) return;
        setTerms(loaded);
        if (loaded) {
          setLength(loaded.auctionLength);
          if (loaded.auctionLength === "custom") setLocalEnd(toLocalInput(loaded.auctionEndsAt));
        }
      },
      () => setTerms(null),
    );
    return () => {
      cancelled = true;
    };
  }, [listingId]);

  const live = terms && terms.status !== "scheduled";
  const endIso = localEnd && !Number.isNaN(Date.parse(localEnd)) ? new Date(localEnd).toISOString() : "";
  const endId = fieldId("auctionEndsAt");

  return (
    <div className="auction-fields">
      <SelectField
        name="saleFormat"
        label="Sale format"
        options={[
          { value: "fixed_price", label: "Fixed price" },
          { value: "auction", label: "Auction" },
        ]}
        value={saleFormat}
        onChange={(v) => v && onSaleFormatChange(v)}
        error={errors.saleFormat}
        placeholder="Choose…"
        hint={
          saleFormat === "auction"
            ? "The asking price above is the starting bid. Bidders see the fair value before they bid."
            : undefined
        }
      />
      {saleFormat === "auction" && terms !== undefined && (
        <div className="field-row">
          <TextField
            key={`reserve-${terms?.reservePrice ?? ""}`}
            name="reservePrice"
            label={`Reserve price (${currency}, optional)`}
            inputMode="decimal"
            defaultValue={terms?.reservePrice}
            error={errors.reservePrice}
            hint="Hidden from bidders: below it the item does not sell. Leave empty for no reserve."
          />
          {live ? (
            <p className="field__hint">
              The auction is open{terms.bidCount ? ` with ${terms.bidCount} bids` : ""} and ends{" "}
              <LocalTime at={terms.auctionEndsAt} />; its length can no longer change.
              {terms.bidCount > 0 &&
                " Bidding has started, so the item, the title, the prices, the currency and the shipping stay as bidders saw them. To add to the description, write after the original text: bidders see it as a dated note."}
            </p>
          ) : (
            <div>
              <SelectField
                name="auctionLength"
                label="Auction length"
                options={auctionLengths.map((v) => ({ value: v, label: auctionLengthLabels[v] }))}
                value={length}
                onChange={setLength}
                error={errors.auctionLength}
                hint="Days are counted from publishing."
              />
              {length === "custom" && (
                <Field
                  id={endId}
                  label="Ends on (your local time)"
                  error={errors.auctionEndsAt}
                  hint="At least 2 minutes and at most 30 days from now."
                >
                  {(aria) => (
                    <>
                      <input
                        {...aria}
                        type="datetime-local"
                        value={localEnd}
                        onChange={(e) => setLocalEnd(e.target.value)}
                      />
                      <input type="hidden" name="auctionEndsAt" value={endIso} />
                    </>
                  )}
                </Field>
              )}
            </div>
          )}
        </div>
      )}
    </div>
  );
}
