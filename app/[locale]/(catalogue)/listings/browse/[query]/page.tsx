import type { Metadata } from "next";
import { SearchResults, searchMetadata } from "@/app/_components/listings/search-results";
import { localeFromSegment } from "@/lib/i18n/segment-locale";
import { paramsFromBrowseSegment } from "@/lib/listings/search-params";

// Browsing without words (see proxy.ts): rendered on its first request, then served from Next's
// cache until a listing changes (cache tag "listings") or five minutes pass. Visitors keep the
// /listings?… address; this path is internal.
export const revalidate = 300;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ locale: string; query: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeFromSegment(params);
  return searchMetadata(paramsFromBrowseSegment((await params).query), locale);
}

export default async function BrowsePage({ params }: Props) {
  await localeFromSegment(params);
  return <SearchResults params={paramsFromBrowseSegment((await params).query)} />;
}
