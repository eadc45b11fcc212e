import { photoUrl } from "@/lib/photos/variants";

type Photo = { storageKey: string; altText: string; width: number; height: number };

/** The cover at full width and the other photos as thumbnails. Photos are already resized WebP files. */
export function ListingGallery({ photos, title }: { photos: Photo[]; title: string }) {
  const [cover, ...rest] = photos;
  if (!cover) return <p className="empty-state">The seller has not added photos yet.</p>;
  return (
    <div className="gallery">
      {/* eslint-disable-next-line @next/next/no-img-element */}
      <img
        className="gallery__main"
        src={photoUrl(cover.storageKey, "large")}
        alt={cover.altText || title}
        width={cover.width}
        height={cover.height}
      />
      {rest.length > 0 && (
        <div className="gallery__thumbs">
          {rest.map((photo) => (
            <a key={photo.storageKey} href={photoUrl(photo.storageKey, "large")}>
              {/* eslint-disable-next-line @next/next/no-img-element */}
              <img
                src={photoUrl(photo.storageKey, "thumb")}
                alt={photo.altText || title}
                width={480}
                height={360}
                loading="lazy"
              />
            </a>
          ))}
        </div>
      )}
    </div>
  );
}
