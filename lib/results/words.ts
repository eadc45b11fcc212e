import type { Category, PedalCarEra } from "@/lib/catalogue/vocabulary";
import { formatMoney } from "@/lib/kernel/money";
import { resultsHref } from "./filters";
import type { ResultSummary } from "./queries";

/** What happened, in a collector's words: the price paid, or the bid that fell short of the reserve. */
export function resultOutcome(result: Pick<ResultSummary, "kind" | "priceCents" | "currency">): string {
  const money = formatMoney(result.priceCents, result.currency);
  return result.kind === "sold" ? `Sold for ${money}` : `Reserve not met, high bid ${money}`;
}

/** Where the result comes from; demo results say so wherever they show. */
export function resultOrigin(result: Pick<ResultSummary, "origin" | "sourceName">): string {
  switch (result.origin) {
    case "demo":
      return "demo (synthetic)";
    case "imported":
      return `Public result from ${result.sourceName ?? "an outside source"}`;
    case "marketplace":
      return "On Moskvitch Market";
  }
}

/** The archive narrowed to a listing's kind of item: its category and, where it has one, its era or model. */
export function similarResultsHref(listing: {
  category: Category;
  era: string | null;
  model: string | null;
}): string {
  switch (listing.category) {
    case "pedal_car":
      // "unknown" is no segment: the similar results are all pedal cars.
      return resultsHref({
        category: "pedal_car",
        era: listing.era && listing.era !== "unknown" ? (listing.era as PedalCarEra) : undefined,
      });
    case "classic_car":
    case "toy":
      return resultsHref({ category: listing.category, model: listing.model ?? undefined });
    case "part":
      return resultsHref({ category: "part" });
  }
}
