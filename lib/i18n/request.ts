import { hasLocale } from "next-intl";
import { getRequestConfig } from "next-intl/server";
import { messagesFor } from "./messages";
import { routing } from "./routing";

// next-intl's per-request settings (next.config.ts names this file). Dates are written in UTC on the
// server, as before; <LocalTime> moves them to the visitor's zone in the browser.
export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  return { locale, messages: messagesFor(locale), timeZone: "UTC" };
});
