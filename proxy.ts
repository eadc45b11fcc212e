import { NextResponse, type NextRequest } from "next/server";
import { returnToHeader } from "@/lib/auth/return-to";
import { isPromotedPage } from "@/lib/kernel/popular-pages";
import { browseSegmentFor, popularSearchHref } from "@/lib/listings/search-params";
import { popularValueHref } from "@/lib/valuation/value-form";

// A dynamic page serves a fraction of a cached one, and browsing (a category, some filters, a sort)
// is what most visitors do. Such searches are rewritten to /listings/browse/<canonical query>, a
// page Next caches whole and refreshes when a listing changes. Searches with words, a price range
// or a country have too many variants to keep every one as a page: those asked often lately are
// served from /listings/popular/<query> (lib/kernel/popular-pages.ts), the rest, and every page
// after the first, render on /listings.
const browsePrefix = "/listings/browse/";
const popularPrefix = "/listings/popular/";
// The same for valuation questions: a popular one is served from /value/answer/<question>.
const valueAnswerPrefix = "/value/answer/";

export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (pathname === "/listings") return routeSearch(request);
  if (pathname.startsWith(browsePrefix)) return guardBrowsePath(request);
  if (pathname.startsWith(popularPrefix)) return guardPopularPath(request);
  if (pathname === "/value") return routeValueQuestion(request);
  if (pathname.startsWith(valueAnswerPrefix)) return guardValueAnswerPath(request);
  // "/" is rewritten to the cached home page at /home/latest (next.config.ts) after this proxy
  // runs, so only a direct request reaches here: the home page has one address.
  if (pathname === "/home" || pathname.startsWith("/home/")) return notFound(request);
  return rememberReturnAddress(request);
}

async function routeSearch(request: NextRequest) {
  const raw = Object.fromEntries(request.nextUrl.searchParams);
  const segment = browseSegmentFor(raw);
  if (segment !== null) return rewriteTo(request, `${browsePrefix}${segment}`);
  const popular = popularSearchHref(raw);
  if (popular !== null && (await isPromotedPage(popular)))
    return rewriteTo(request, `${popularPrefix}${encodeURIComponent(popular.slice("/listings?".length))}`);
  return NextResponse.next();
}

async function routeValueQuestion(request: NextRequest) {
  const { searchParams } = request.nextUrl;
  if (new Set(searchParams.keys()).size !== [...searchParams.keys()].length) return NextResponse.next();
  const popular = popularValueHref(Object.fromEntries(searchParams));
  if (popular !== null && (await isPromotedPage(popular)))
    return rewriteTo(request, `${valueAnswerPrefix}${encodeURIComponent(popular.slice("/value?".length))}`);
  return NextResponse.next();
}

function rewriteTo(request: NextRequest, pathname: string) {
  const url = request.nextUrl.clone();
  url.pathname = pathname;
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

// Asked for directly, a popular search's page exists only under its canonical name and while it is
// promoted: otherwise anyone could render and cache a page per made-up query.
async function guardPopularPath(request: NextRequest) {
  let query: string | null = null;
  try {
    query = decodeURIComponent(request.nextUrl.pathname.slice(popularPrefix.length));
  } catch {
    return notFound(request);
  }
  const canonical = popularSearchHref(Object.fromEntries(new URLSearchParams(query)));
  if (canonical !== `/listings?${query}` || !(await isPromotedPage(canonical))) return notFound(request);
  return NextResponse.next();
}

async function guardValueAnswerPath(request: NextRequest) {
  let question: string | null = null;
  try {
    question = decodeURIComponent(request.nextUrl.pathname.slice(valueAnswerPrefix.length));
  } catch {
    return notFound(request);
  }
  const canonical = popularValueHref(Object.fromEntries(new URLSearchParams(question)));
  if (canonical !== `/value?${question}` || !(await isPromotedPage(canonical))) return notFound(request);
  return NextResponse.next();
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
    "/listings/popular/:path*",
    "/value",
    "/value/answer/:path*",
    "/home/:path*",
    "/account/:path*",
    "/cart",
    "/checkout/:path*",
    "/checkouts/:path*",
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
