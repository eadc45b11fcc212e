import type { Metadata } from "next";
import { localePath, routing, type Locale } from "./routing";

/**
 * A page's canonical address in its language and its addresses in every language (hreflang), with
 * English as the default for languages we do not have. `path` is the English, unprefixed one.
 */
export function alternatesFor(locale: Locale, path: string): NonNullable<Metadata["alternates"]> {
  const languages: Record<string, string> = Object.fromEntries(
    routing.locales.map((other) => [other, localePath(other, path)]),
  );
  languages["x-default"] = localePath(routing.defaultLocale, path);
  return { canonical: localePath(locale, path), languages };
}
