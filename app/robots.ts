import type { MetadataRoute } from "next";
import { siteUrl } from "@/lib/kernel/env";

// The catalogue, the results archive and the price guide are for everyone; account, selling and API
// addresses are not, and are private to whoever is signed in anyway.
const privatePaths = [
  "/api/",
  "/cart",
  "/checkout/",
  "/orders",
  "/dashboard",
  "/account/",
  "/sell",
  "/notifications",
  "/watchlist",
  "/saved-searches",
  "/sign-in",
  "/sign-up",
];

// Read at request time, so the sitemap address is the running site's, not the build machine's.
export const dynamic = "force-dynamic";

export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: "*", allow: "/", disallow: privatePaths },
    sitemap: `${siteUrl()}/sitemap.xml`,
  };
}
