import sharp from "sharp";

// Every photo is kept as WebP in two sizes; the original upload is never stored.
export const photoVariants = {
  large: { width: 1600 },
  thumb: { width: 480 },
} as const;
export type PhotoVariant = keyof typeof photoVariants;

export function photoFileName(storageKey: string, variant: PhotoVariant): string {
  return `${storageKey}-${variant}.webp`;
}

export function photoUrl(storageKey: string, variant: PhotoVariant): string {
  return `/photos/${photoFileName(storageKey, variant)}`;
}

export type EncodedPhoto = { variant: PhotoVariant; bytes: Buffer; width: number; height: number };

/** Re-encodes an image to WebP in each size. `.rotate()` applies EXIF orientation; sharp then drops all metadata (GPS included). */
export async function encodePhotoVariants(input: Buffer): Promise<EncodedPhoto[]> {
  return Promise.all(
    (Object.keys(photoVariants) as PhotoVariant[]).map(async (variant) => {
      const { data, info } = await sharp(input, { limitInputPixels: 40_000_000 })
        .rotate()
        .resize({ width: photoVariants[variant].width, withoutEnlargement: true })
        .webp({ quality: 80 })
        .toBuffer({ resolveWithObject: true });
      return { variant, bytes: data, width: info.width, height: info.height };
    }),
  );
}
