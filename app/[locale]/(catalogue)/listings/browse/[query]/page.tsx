import type { Metadata } from "next";
import { SearchResults, searchMetadata } from "@/app/_components/listings/search-results";
import { paramsFromBrowseSegment } from "@/lib/listings/search-params";

// Browsing without words (see proxy.ts): rendered on its first request, then served from Next's
// cache until a listing changes (cache tag "listings") or five minutes pass. Visitors keep the
// /listings?… address; this path is internal.
export const revalidate = 300;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ query: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return searchMetadata(paramsFromBrowseSegment((await params).query));
}

export default async function BrowsePage({ params }: Props) {
  return <SearchResults params={paramsFromBrowseSegment((await params).query)} />;
}
