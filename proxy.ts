import { NextResponse, type NextRequest } from "next/server";
import { returnToHeader } from "@/lib/auth/return-to";
import { browseSegmentFor } from "@/lib/listings/search-params";

// A dynamic page serves a fraction of a cached one, and browsing (a category, some filters, a sort)
// is what most visitors do. Such searches are rewritten to /listings/browse/<canonical query>, a
// page Next caches whole and refreshes when a listing changes. Searches with words, a price range,
// a country or a page cursor have too many variants to keep as pages, so they stay on /listings.
const browsePrefix = "/listings/browse/";

export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (pathname === "/listings") return routeSearch(request);
  if (pathname.startsWith(browsePrefix)) return guardBrowsePath(request);
  // "/" is rewritten to the cached home page at /home/latest (next.config.ts) after this proxy
  // runs, so only a direct request reaches here: the home page has one address.
  if (pathname === "/home" || pathname.startsWith("/home/")) return notFound(request);
  return rememberReturnAddress(request);
}

function routeSearch(request: NextRequest) {
  const segment = browseSegmentFor(Object.fromEntries(request.nextUrl.searchParams));
  if (segment === null) return NextResponse.next();
  const url = request.nextUrl.clone();
  url.pathname = `${browsePrefix}${segment}`;
  url.search = "";
  return NextResponse.rewrite(url);
}

// Asked for directly, a browse page exists only under its canonical name: any other segment (a
// malformed escape, filters in another order, words smuggled in) would be rendered and cached as a
// page of its own. Those get the site's "not found" page.
function guardBrowsePath(request: NextRequest) {
  const segment = request.nextUrl.pathname.slice(browsePrefix.length);
  if (segment === canonicalOf(segment)) return NextResponse.next();
  return notFound(request);
}

function notFound(request: NextRequest) {
  return NextResponse.rewrite(new URL("/not-found", request.url), { status: 404 });
}

function canonicalOf(segment: string): string | null {
  try {
    const query = decodeURIComponent(segment);
    return browseSegmentFor(query === "all" ? {} : Object.fromEntries(new URLSearchParams(query)));
  } catch {
    return null;
  }
}

// Signed-in pages (the (account), (seller) and (admin) route groups): their layout sends a signed-out
// visitor to sign in and needs the address to bring them back to, which layouts are not told.
function rememberReturnAddress(request: NextRequest) {
  const headers = new Headers(request.headers);
  headers.set(returnToHeader, `${request.nextUrl.pathname}${request.nextUrl.search}`);
  return NextResponse.next({ request: { headers } });
}

// Keep the signed-in paths in step with the folders of app/(account), app/(seller) and app/(admin).
export const config = {
  matcher: [
    "/listings",
    "/listings/browse/:path*",
    "/home/:path*",
    "/account/:path*",
    "/cart",
    "/checkout/:path*",
    "/orders/:path*",
    "/watchlist",
    "/saved-searches",
    "/notifications",
    "/messages",
    "/messages/:path*",
    "/sell/:path*",
    "/dashboard/:path*",
    "/admin/:path*",
  ],
};
