import { encodePhotoVariants, photoFileName, type EncodedPhoto } from "@/lib/photos/variants";
import { getPhotoStorage } from "@/lib/photos/storage";
import type { SeedListing } from "./catalogue-types";
import { closeUpSubject, illustrate } from "./illustrations";

// Renders the seed's drawings to the same WebP variants an upload gets, then stores them under
// keys named after the listing: seed-<listingId>-<position>-large.webp / -thumb.webp.

export type RenderedPhoto = { variants: EncodedPhoto[]; altText: string };

function altText(listing: SeedListing, view: number): string {
  if (view === 1) return `Close-up of the ${closeUpSubject(listing.art)}: ${listing.title}`;
  if (view === 2) return `${listing.title}, seen from the other side`;
  return listing.art.kind === "part"
    ? `${listing.title}, on a studio backdrop`
    : `${listing.title}, side view`;
}

/** Renders every photo of every listing (a few at a time: sharp already uses several threads per image). */
export async function renderCataloguePhotos(catalogue: readonly SeedListing[]): Promise<RenderedPhoto[][]> {
  const jobs = catalogue.flatMap((listing, li) =>
    Array.from({ length: listing.photos }, (_, view) => ({ listing, li, view })),
  );
  const out: RenderedPhoto[][] = catalogue.map(() => []);
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) {
      const job = jobs[next++]!;
      const variants = await encodePhotoVariants(Buffer.from(illustrate(job.listing.art, job.view, job.li)));
      out[job.li]![job.view] = { variants, altText: altText(job.listing, job.view) };
    }
  };
  await Promise.all(Array.from({ length: 4 }, worker));
  return out;
}

export function seedStorageKey(listingId: number, position: number): string {
  return `seed-${listingId}-${position}`;
}

export async function storePhoto(
  storageKey: string,
  photo: RenderedPhoto,
): Promise<{ width: number; height: number }> {
  const storage = getPhotoStorage();
  await Promise.all(
    photo.variants.map((v) => storage.put(photoFileName(storageKey, v.variant), v.bytes, "image/webp")),
  );
  const large = photo.variants.find((v) => v.variant === "large") ?? photo.variants[0];
  if (!large) throw new Error("photo rendered without variants");
  return { width: large.width, height: large.height };
}
