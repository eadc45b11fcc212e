import { render } from "@testing-library/react";
import { NextIntlClientProvider } from "next-intl";
import type { ReactNode } from "react";
import { messagesFor } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/routing";

// Client components read their words from next-intl's provider, which the page's layout puts around
// them; outside a page the test does.

export function inLanguage(ui: ReactNode, locale: Locale = "en") {
  return (
    <NextIntlClientProvider locale={locale} messages={messagesFor(locale)} timeZone="UTC">
      {ui}
    </NextIntlClientProvider>
  );
}

export function renderInLanguage(ui: ReactNode, locale: Locale = "en") {
  return render(inLanguage(ui, locale));
}
