// "Paste a listing link": what a collector pastes into /value. A link to a listing on this site
// (https://host/listings/42, with or without a slug, query or fragment), the path alone
// (/listings/42) or the bare number. A link to another site is refused rather than misread:
// its "/listings/42" is someone else's listing 42.

export type ListingReference =
  { ok: true; listingId: number } | { ok: false; reason: "not_a_listing_link" | "other_site" };

const listingPath = /^\/listings\/(\d{1,9})(?:[/?#]|$)/;

export function listingIdFromReference(reference: string, ownHosts: readonly string[]): ListingReference {
  const text = reference.trim();
  if (/^\d{1,9}$/.test(text)) return toId(text);
  if (text.startsWith("/")) {
    const id = listingPath.exec(text)?.[1];
    return id ? toId(id) : { ok: false, reason: "not_a_listing_link" };
  }
  let url: URL;
  try {
    // "localhost:3000/listings/4" and "market.example/listings/4" arrive without a scheme.
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`);
  } catch {
    return { ok: false, reason: "not_a_listing_link" };
  }
  const id = listingPath.exec(url.pathname)?.[1];
  if (!id || !/^https?:$/.test(url.protocol)) return { ok: false, reason: "not_a_listing_link" };
  const hosts = ownHosts.map((h) => h.toLowerCase());
  if (!hosts.includes(url.host.toLowerCase()) && !hosts.includes(url.hostname.toLowerCase()))
    return { ok: false, reason: "other_site" };
  return toId(id);
}

function toId(digits: string): ListingReference {
  const id = Number(digits);
  return id > 0 && id <= 2_147_483_647
    ? { ok: true, listingId: id }
    : { ok: false, reason: "not_a_listing_link" };
}
