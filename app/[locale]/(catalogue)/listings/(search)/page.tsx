import type { Metadata } from "next";
import { SearchResults, searchMetadata } from "@/app/_components/listings/search-results";
import { localeFromSegment } from "@/lib/i18n/segment-locale";
import { parseListingSearchParams } from "@/lib/listings/search-params";

// Searches with words, a price range or a page cursor render here on each request (their results
// still come from the data cache). Plain browsing (categories, filters, sorts) is rewritten by
// proxy.ts to /listings/browse/…, which Next caches whole.

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  return searchMetadata(parseListingSearchParams(await searchParams), await localeFromSegment(params));
}

export default async function ListingsPage({ params, searchParams }: Props) {
  await localeFromSegment(params);
  return <SearchResults params={parseListingSearchParams(await searchParams)} />;
}
