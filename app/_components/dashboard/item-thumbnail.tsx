import { photoUrl } from "@/lib/photos/variants";

/** A listing's cover in a list row (cart, watchlist, the seller's listings), or a grey box without one. */
export function ItemThumbnail({
  photoKey,
  size = "small",
  emptyText,
}: {
  photoKey: string | null;
  size?: "small" | "large";
  emptyText?: string;
}) {
  const [width, height] = size === "large" ? [120, 90] : [96, 72];
  if (!photoKey)
    return (
      <div className="dashboard-item__photo dashboard-item__photo--empty" aria-hidden="true">
        {emptyText}
      </div>
    );
  return (
    // eslint-disable-next-line @next/next/no-img-element
    <img
      className="dashboard-item__photo"
      src={photoUrl(photoKey, "thumb")}
      alt=""
      width={width}
      height={height}
    />
  );
}
