import type { Metadata } from "next";
import { SearchPager } from "@/app/_components/listings/search-pager";
import { ResultList } from "@/app/_components/results/result-list";
import { ResultsForm } from "@/app/_components/results/results-form";
import { parseResultFilters, resultsHref } from "@/lib/results/filters";
import { listResults } from "@/lib/results/queries";

// The public record of how sales and auctions ended, newest first. Rendered per request: the words
// and dates make too many variants to cache as pages.

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const parsed = parseResultFilters(await searchParams);
  const base = {
    title: "Results archive: what AZLK pedal cars, Moskvitch cars, toys and parts sold for",
    description:
      "Every sale and auction on Moskvitch Market, with the price paid or the high bid when the reserve was not met, and public results from elsewhere.",
  };
  if (!parsed.ok) return { ...base, robots: { index: false } };
  const { after, ...filters } = parsed.filters;
  return {
    ...base,
    alternates: { canonical: resultsHref(filters) },
    robots: after ? { index: false, follow: true } : undefined,
  };
}

export default async function ResultsPage({ searchParams }: Props) {
  const parsed = parseResultFilters(await searchParams);
  const page = parsed.ok ? await listResults(parsed.filters) : null;
  const filters = parsed.ok ? parsed.filters : {};
  return (
    <>
      <h1>Results archive</h1>
      <p className="field__hint">
        What things actually sold for: every sale and auction here, auctions that ended below their reserve
        with their high bid, and public results from elsewhere with their source.
      </p>
      <ResultsForm
        values={parsed.ok ? parsed.filters : parsed.values}
        errors={parsed.ok ? {} : parsed.fieldErrors}
      />
      {page && page.results.length > 0 && <ResultList results={page.results} />}
      {page && page.results.length === 0 && (
        <p role="status">No results match. Try fewer words or a wider date range.</p>
      )}
      {page && (
        <SearchPager
          nextHref={page.nextCursor ? resultsHref(filters, { after: page.nextCursor }) : null}
          firstHref={filters.after ? resultsHref(filters) : null}
        />
      )}
    </>
  );
}
