import type { Metadata } from "next";
import { SearchResults, searchMetadata } from "@/app/_components/listings/search-results";
import { paramsFromPopularSegment } from "@/lib/listings/search-params";

// A search asked often lately (words, a price range, a country: see proxy.ts and
// lib/kernel/popular-pages.ts): rendered on its first request, then served from Next's cache
// until a listing changes (cache tag "listings") or five minutes pass. Visitors keep the /listings?…
// address; this path is internal.
export const revalidate = 300;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ query: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return searchMetadata(paramsFromPopularSegment((await params).query));
}

export default async function PopularSearchPage({ params }: Props) {
  return <SearchResults params={paramsFromPopularSegment((await params).query)} popular />;
}
