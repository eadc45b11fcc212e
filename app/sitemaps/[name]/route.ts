import { siteUrl } from "@/lib/kernel/env";
import { listSitemapEntries } from "@/lib/sitemap/sitemap";
import { urlsetXml } from "@/lib/sitemap/xml";

// One part of the sitemap (see /sitemap.xml): /sitemaps/pages.xml, /sitemaps/listings-0.xml, …
export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ name: string }> }) {
  const { name } = await params;
  const match = /^([a-z]+(?:-\d{1,6})?)\.xml$/.exec(name);
  const entries = match ? await listSitemapEntries(match[1]!, siteUrl()) : null;
  if (!entries) return new Response("Not found", { status: 404 });
  return new Response(urlsetXml(entries), {
    headers: { "Content-Type": "application/xml; charset=utf-8", "Cache-Control": "public, max-age=3600" },
  });
}
