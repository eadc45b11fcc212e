import { setRequestLocale } from "next-intl/server";
import { routing, splitLocalePath, type Locale } from "./routing";

/**
 * The language of a page from its [locale] segment, set for next-intl's server functions so that
 * they never read the request's headers: pages that Next caches whole must call this before
 * rendering anything translated (layouts and pages render side by side, so each one calls it).
 */
export async function localeFromSegment(params: Promise<{ locale: string }>): Promise<Locale> {
  const { locale: segment } = await params;
  const { locale } = splitLocalePath(`/${segment}/`);
  const known = locale === segment ? locale : routing.defaultLocale;
  setRequestLocale(known);
  return known;
}
