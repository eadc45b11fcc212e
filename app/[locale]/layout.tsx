import type { Metadata, Viewport } from "next";
import { notFound } from "next/navigation";
import { hasLocale, NextIntlClientProvider } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { SessionProviders } from "@/app/_components/auth/session-providers";
import { SiteFooter } from "@/app/_components/layout/site-footer";
import { SiteHeader } from "@/app/_components/layout/site-header";
import { TestPaymentBanner } from "@/app/_components/layout/test-payment-banner";
import { routing } from "@/lib/i18n/routing";
import { getEnv } from "@/lib/kernel/env";
import { isTestPaymentMode } from "@/lib/payments/stripe";

type Props = { children: React.ReactNode; params: Promise<{ locale: string }> };

// Both languages are known at build time, so cached pages under them stay static: every layout and
// page that may be cached sets the locale from its segment (setRequestLocale) rather than reading
// the request's headers.
export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: "Meta" });
  return {
    // Makes Open Graph image and canonical URLs absolute, as link previews need.
    metadataBase: new URL(getEnv().NEXTAUTH_URL ?? "http://localhost:3000"),
    title: { default: t("title"), template: "%s · Moskvitch Market" },
    description: t("description"),
    applicationName: "Moskvitch Market",
    icons: {
      icon: [
        { url: "/favicon.svg", type: "image/svg+xml" },
        { url: "/icon-192.png", sizes: "192x192", type: "image/png" },
      ],
      apple: { url: "/apple-touch-icon.png", sizes: "180x180" },
    },
  };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#a4231b" };

export default async function LocaleLayout({ children, params }: Props) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations("Layout");
  return (
    <html lang={locale}>
      <body>
        <a className="skip-link" href="#main">
          {t("skipToContent")}
        </a>
        {isTestPaymentMode() && <TestPaymentBanner />}
        <NextIntlClientProvider>
          <SessionProviders>
            <SiteHeader />
            <main id="main">
              <div className="container">{children}</div>
            </main>
            <SiteFooter />
          </SessionProviders>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
