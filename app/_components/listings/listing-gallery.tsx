import { photoUrl } from "@/lib/photos/variants";
import { PhotoViewer } from "./photo-viewer";

type Photo = { storageKey: string; altText: string; width: number; height: number };

/** The cover at full width and the other photos as thumbnails, opening the viewer. Photos are already resized WebP files. */
export function ListingGallery({ photos, title }: { photos: Photo[]; title: string }) {
  if (!photos.length) return <p className="empty-state">The seller has not added photos yet.</p>;
  return (
    <PhotoViewer
      photos={photos.map((photo) => ({
        large: photoUrl(photo.storageKey, "large"),
        thumb: photoUrl(photo.storageKey, "thumb"),
        alt: photo.altText || title,
        width: photo.width,
        height: photo.height,
      }))}
    />
  );
}
