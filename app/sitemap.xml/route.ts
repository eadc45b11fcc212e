import { siteUrl } from "@/lib/kernel/env";
import { listSitemapNames } from "@/lib/sitemap/sitemap";
import { sitemapIndexXml } from "@/lib/sitemap/xml";

// The sitemap index. Next's generateSitemaps would list its parts at build time, when there is no
// database to count them from, and writes no index; so both are plain route handlers.
export const dynamic = "force-dynamic";

export async function GET() {
  const site = siteUrl();
  const names = await listSitemapNames();
  return new Response(sitemapIndexXml(names.map((name) => ({ url: `${site}/sitemaps/${name}.xml` }))), {
    headers: { "Content-Type": "application/xml; charset=utf-8" },
  });
}
