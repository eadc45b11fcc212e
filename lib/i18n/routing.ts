import { defineRouting } from "next-intl/routing";

// English at the root (/listings), Russian under /ru (/ru/listings). A first visit to an address
// without a prefix follows Accept-Language; choosing a language (the header's switch) is kept in the
// NEXT_LOCALE cookie for a year. Alternate-language links go in each page's <head> (metadata), not
// in a Link header.
export const routing = defineRouting({
  locales: ["en", "ru"],
  defaultLocale: "en",
  localePrefix: "as-needed",
  localeCookie: { maxAge: 60 * 60 * 24 * 365 },
  alternateLinks: false,
});

export type Locale = (typeof routing.locales)[number];

function isLocale(value: string): value is Locale {
  return (routing.locales as readonly string[]).includes(value);
}

/** The visible address of an unprefixed path in a locale: /listings in English, /ru/listings in Russian. */
export function localePath(locale: Locale, path: string): string {
  if (locale === routing.defaultLocale) return path;
  return path === "/" ? `/${locale}` : `/${locale}${path}`;
}

/** The locale an address names by its prefix, and the path without it. */
export function splitLocalePath(pathname: string): { locale: Locale; path: string } {
  const [, first = "", ...rest] = pathname.split("/");
  if (isLocale(first) && first !== routing.defaultLocale)
    return { locale: first, path: `/${rest.join("/")}` };
  return { locale: routing.defaultLocale, path: pathname };
}
