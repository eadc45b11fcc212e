import type { Metadata, Viewport } from "next";
import { SessionProviders } from "@/app/_components/auth/session-providers";
import { SiteFooter } from "@/app/_components/layout/site-footer";
import { SiteHeader } from "@/app/_components/layout/site-header";
import { TestPaymentBanner } from "@/app/_components/layout/test-payment-banner";
import { getEnv } from "@/lib/kernel/env";
import { isTestPaymentMode } from "@/lib/payments/stripe";
import "./globals.css";

export const metadata: Metadata = {
  // Makes Open Graph image and canonical URLs absolute, as link previews need.
  metadataBase: new URL(getEnv().NEXTAUTH_URL ?? "http://localhost:3000"),
  title: {
    default: "Moskvitch Market: AZLK pedal cars, classic Moskvitch cars and parts",
    template: "%s · Moskvitch Market",
  },
  description:
    "Buy and sell AZLK Moskvitch pedal cars, classic Moskvitch cars, AZLK metal toys and spare parts, and check what they are really worth before you bid.",
  applicationName: "Moskvitch Market",
  icons: {
    icon: [
      { url: "/favicon.svg", type: "image/svg+xml" },
      { url: "/icon-192.png", sizes: "192x192", type: "image/png" },
    ],
    apple: { url: "/apple-touch-icon.png", sizes: "180x180" },
  },
};

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#a4231b" };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        {isTestPaymentMode() && <TestPaymentBanner />}
        <SessionProviders>
          <SiteHeader />
          <main id="main">
            <div className="container">{children}</div>
          </main>
          <SiteFooter />
        </SessionProviders>
      </body>
    </html>
  );
}
