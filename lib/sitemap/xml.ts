// The sitemaps protocol's two documents: a list of pages (at most 50,000) and an index of such lists.

export type SitemapEntry = { url: string; lastModified?: string };

/** The most addresses one sitemap may hold (sitemaps.org). */
export const sitemapLimit = 50_000;

function escapeXml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[c]!,
  );
}

function entryXml(tag: "url" | "sitemap", entry: SitemapEntry): string {
  const lastmod = entry.lastModified ? `<lastmod>${escapeXml(entry.lastModified)}</lastmod>` : "";
  return `<${tag}><loc>${escapeXml(entry.url)}</loc>${lastmod}</${tag}>`;
}

export function urlsetXml(entries: SitemapEntry[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries.map((e) => entryXml("url", e)).join("\n")}\n</urlset>\n`;
}

export function sitemapIndexXml(sitemaps: SitemapEntry[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${sitemaps.map((e) => entryXml("sitemap", e)).join("\n")}\n</sitemapindex>\n`;
}

const uuidSpace = 1n << 128n;

function uuidAt(value: bigint): string {
  const hex = value.toString(16).padStart(32, "0");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * Sale ids are random uuids, spread evenly, so `parts` equal slices of the uuid space hold about
 * equal numbers of sales: part `index` is the ids from `from` (inclusive) to `to` (exclusive; null
 * for the last part). A sitemap of sales can then be read by an index range, without OFFSET.
 */
export function uuidSlice(index: number, parts: number): { from: string; to: string | null } {
  const from = (uuidSpace * BigInt(index)) / BigInt(parts);
  const to = index + 1 >= parts ? null : (uuidSpace * BigInt(index + 1)) / BigInt(parts);
  return { from: uuidAt(from), to: to === null ? null : uuidAt(to) };
}
