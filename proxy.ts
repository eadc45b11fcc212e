import { NextResponse, type NextRequest } from "next/server";
import { browseSegmentFor } from "@/lib/listings/search-params";

// A dynamic page serves a fraction of a cached one, and browsing (a category, some filters, a sort)
// is what most visitors do. Such searches are rewritten to /listings/browse/<canonical query>, a
// page Next caches whole and refreshes when a listing changes. Searches with words, a price range
// or a page cursor have too many variants to keep as pages, so they stay on /listings.
export function proxy(request: NextRequest) {
  const segment = browseSegmentFor(Object.fromEntries(request.nextUrl.searchParams));
  if (segment === null) return NextResponse.next();
  const url = request.nextUrl.clone();
  url.pathname = `/listings/browse/${segment}`;
  url.search = "";
  return NextResponse.rewrite(url);
}

export const config = { matcher: "/listings" };
