import type { Metadata } from "next";
import { after } from "next/server";
import { SearchResults, searchMetadata } from "@/app/_components/listings/search-results";
import { localeFromSegment } from "@/lib/i18n/segment-locale";
import { recordPageAsked } from "@/lib/kernel/popular-pages";
import { parseListingSearchParams, popularSearchHref } from "@/lib/listings/search-params";

// Searches with words, a price range or a page cursor render here on each request. Plain browsing
// (categories, filters, sorts) is rewritten by proxy.ts to /listings/browse/…, and searches asked
// often lately to /listings/popular/…, both of which Next caches whole. Each search rendered here is
// counted, after the answer has gone, towards becoming popular.

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  return searchMetadata(parseListingSearchParams(await searchParams), await localeFromSegment(params));
}

export default async function ListingsPage({ params, searchParams }: Props) {
  await localeFromSegment(params);
  const raw = await searchParams;
  const popular = popularSearchHref(raw);
  // Counting is best effort: a busy database must not turn a served search into an error.
  if (popular !== null) after(() => recordPageAsked(popular).catch(() => false));
  return <SearchResults params={parseListingSearchParams(raw)} />;
}
