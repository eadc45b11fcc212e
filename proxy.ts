import createMiddleware from "next-intl/middleware";
import { NextResponse, type NextRequest } from "next/server";
import { returnToHeader } from "@/lib/auth/return-to";
import { routing, splitLocalePath, type Locale } from "@/lib/i18n/routing";
import { isPromotedPage } from "@/lib/kernel/popular-pages";
import { browseSegmentFor, popularSearchHref } from "@/lib/listings/search-params";
import { popularValueHref } from "@/lib/valuation/value-form";

// Every page lives under app/[locale]/: English at the root (/listings is /en/listings inside),
// Russian under /ru. next-intl decides the language first: it redirects /en/… to the unprefixed
// address and a first visit to the language Accept-Language asks for, and keeps the chosen one in a
// cookie. Then the address is routed within that language, as below.
const routeLocale = createMiddleware(routing);

// next-intl's server functions read the locale from this request header when a page has not set it
// (pages that may be cached set it from their [locale] segment and never read headers).
const localeHeader = "x-next-intl-locale";

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

// A prefix that names another language (/de/…, /pt-BR/…) is no page of ours: the English 404,
// whatever the browser asks for, rather than a redirect to the visitor's language.
const otherLanguagePrefix = /^\/(?!(?:en|ru)(?:\/|$))[a-z]{2}(?:-[A-Za-z]{2,4})?(?:\/|$)/;

export async function proxy(request: NextRequest) {
  // An address with a broken escape (/listings/%ZZ) names no page, and Next would fail decoding it
  // into a page's parameters (a 500): it is answered here.
  if (!decodes(request.nextUrl.pathname))
    return new NextResponse("Not found", {
      status: 404,
      headers: { "content-type": "text/plain; charset=utf-8" },
    });
  if (otherLanguagePrefix.test(request.nextUrl.pathname)) return notFound(request, routing.defaultLocale);
  const localized = routeLocale(request);
  if (localized.headers.has("location")) return localized;
  // Not redirected: the address is either Russian (/ru/…) or English without a prefix.
  const { locale, path } = splitLocalePath(request.nextUrl.pathname);
  const response = await route(request, locale, path);
  for (const cookie of localized.cookies.getAll()) response.cookies.set(cookie);
  return response;
}

function route(request: NextRequest, locale: Locale, path: string): NextResponse | Promise<NextResponse> {
  // The home page has one address per language, "/" or "/ru", served by the cached page at
  // /<locale>/home/latest (see app/[locale]/(catalogue)/home/[view]/page.tsx); asked for directly, it is not found.
  if (path === "/") return pass(request, locale, "/home/latest");
  if (path === "/home" || path.startsWith("/home/")) return notFound(request, locale);
  if (path === "/listings") return routeSearch(request, locale);
  if (path.startsWith(browsePrefix)) return guardBrowsePath(request, locale, path);
  if (path.startsWith(popularPrefix)) return guardPopularPath(request, locale, path);
  if (path === "/value") return routeValueQuestion(request, locale);
  if (path.startsWith(valueAnswerPrefix)) return guardValueAnswerPath(request, locale, path);
  return pass(request, locale, path);
}

async function routeSearch(request: NextRequest, locale: Locale) {
  const raw = Object.fromEntries(request.nextUrl.searchParams);
  const segment = browseSegmentFor(raw);
  if (segment !== null) return pass(request, locale, `${browsePrefix}${segment}`, { search: "" });
  const popular = popularSearchHref(raw);
  if (popular !== null && (await isPromotedPage(popular))) {
    const query = encodeURIComponent(popular.slice("/listings?".length));
    return pass(request, locale, `${popularPrefix}${query}`, { search: "" });
  }
  return pass(request, locale, "/listings");
}

async function routeValueQuestion(request: NextRequest, locale: Locale) {
  const { searchParams } = request.nextUrl;
  const names = [...searchParams.keys()];
  const popular =
    new Set(names).size === names.length ? popularValueHref(Object.fromEntries(searchParams)) : null;
  if (popular !== null && (await isPromotedPage(popular))) {
    const question = encodeURIComponent(popular.slice("/value?".length));
    return pass(request, locale, `${valueAnswerPrefix}${question}`, { search: "" });
  }
  return pass(request, locale, "/value");
}

// Asked for directly, a browse page exists only under its canonical name: any other segment (a
// malformed escape, filters in another order, words smuggled in) would be rendered and cached as a
// page of its own. Those get the site's "not found" page.
function guardBrowsePath(request: NextRequest, locale: Locale, path: string) {
  const segment = path.slice(browsePrefix.length);
  if (segment === canonicalOf(segment)) return pass(request, locale, path);
  return notFound(request, locale);
}

// Asked for directly, a popular search's page or a popular question's answer exists only under its
// canonical name and while it is promoted: otherwise anyone could render and cache a page per
// made-up query.
async function guardPopularPath(request: NextRequest, locale: Locale, path: string) {
  const query = decodedSegment(path.slice(popularPrefix.length));
  const canonical = query === null ? null : popularSearchHref(Object.fromEntries(new URLSearchParams(query)));
  if (canonical === null || canonical !== `/listings?${query}` || !(await isPromotedPage(canonical)))
    return notFound(request, locale);
  return pass(request, locale, path);
}

async function guardValueAnswerPath(request: NextRequest, locale: Locale, path: string) {
  const question = decodedSegment(path.slice(valueAnswerPrefix.length));
  const canonical =
    question === null ? null : popularValueHref(Object.fromEntries(new URLSearchParams(question)));
  if (canonical === null || canonical !== `/value?${question}` || !(await isPromotedPage(canonical)))
    return notFound(request, locale);
  return pass(request, locale, path);
}

function decodes(path: string): boolean {
  return decodedSegment(path) !== null;
}

function decodedSegment(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

function notFound(request: NextRequest, locale: Locale) {
  return pass(request, locale, "/not-found", { search: "", status: 404 });
}

function canonicalOf(segment: string): string | null {
  try {
    const query = decodeURIComponent(segment);
    return browseSegmentFor(query === "all" ? {} : Object.fromEntries(new URLSearchParams(query)));
  } catch {
    return null;
  }
}

/**
 * Serves `path` of `locale` (its page under app/[locale]/), rewriting only when that is not the
 * address asked for. Signed-in pages (the (account), (seller) and (admin) route groups) send a
 * signed-out visitor to sign in and need the address to bring them back to, which layouts are not
 * told: it goes in a request header, always set from the URL itself.
 */
function pass(
  request: NextRequest,
  locale: Locale,
  path: string,
  options: { search?: string; status?: number } = {},
) {
  const headers = new Headers(request.headers);
  headers.set(localeHeader, locale);
  headers.set(returnToHeader, `${request.nextUrl.pathname}${request.nextUrl.search}`);
  const target = request.nextUrl.clone();
  target.pathname = `/${locale}${path === "/" ? "" : path}`;
  target.search = options.search ?? request.nextUrl.search;
  if (target.pathname === request.nextUrl.pathname && target.search === request.nextUrl.search)
    return NextResponse.next({ request: { headers } });
  return NextResponse.rewrite(target, { request: { headers }, status: options.status });
}

// Every page address goes through here; API routes, Next's files, photos, sitemaps and files with
// an extension (robots.txt, icons) do not have a language.
export const config = {
  matcher: ["/((?!api/|_next/|photos/|sitemaps/|.*\\.[^/]*$).*)"],
};
