import sharp from "sharp";
import { encodePhotoVariants, type EncodedPhoto } from "./variants";

// Decides whether uploaded bytes are a photo we accept, from their CONTENT: the file's name and the
// browser's MIME type are never trusted. Nothing here touches the disk.

export const photoRules = {
  maxBytes: 10 * 1024 * 1024,
  /** 40 megapixels: any real camera photo, but not a decompression bomb. Matches encodePhotoVariants. */
  maxPixels: 40_000_000,
  formats: ["jpeg", "png", "webp"] as const,
} as const;

export type PhotoProblem =
  "empty" | "too_large" | "not_an_image" | "heic" | "unsupported" | "too_many_pixels" | "corrupt";
export type PreparedPhoto =
  { ok: true; variants: EncodedPhoto[] } | { ok: false; problem: PhotoProblem; message: string };

type Sniffed = (typeof photoRules.formats)[number] | "heic" | "avif" | null;

/** Reads the format from the file's first bytes (its "magic number"). */
export function sniffImageFormat(bytes: Buffer): Sniffed {
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return "jpeg";
  if (
    bytes.length >= 8 &&
    bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
  )
    return "png";
  if (
    bytes.length >= 12 &&
    bytes.toString("latin1", 0, 4) === "RIFF" &&
    bytes.toString("latin1", 8, 12) === "WEBP"
  )
    return "webp";
  if (bytes.length >= 12 && bytes.toString("latin1", 4, 8) === "ftyp") {
    const brand = bytes.toString("latin1", 8, 12);
    if (["heic", "heix", "hevc", "hevx", "heim", "heis", "mif1", "msf1"].includes(brand)) return "heic";
    if (brand === "avif" || brand === "avis") return "avif";
  }
  return null;
}

function megabytes(n: number): string {
  return (Math.ceil((n / (1024 * 1024)) * 10) / 10).toFixed(1);
}

const refuse = (problem: PhotoProblem, message: string): PreparedPhoto => ({ ok: false, problem, message });

/** Checks a photo and re-encodes it to the stored WebP sizes (metadata, GPS included, dropped). */
export async function preparePhoto(bytes: Buffer): Promise<PreparedPhoto> {
  if (bytes.length === 0) return refuse("empty", "The file is empty.");
  if (bytes.length > photoRules.maxBytes) {
    return refuse(
      "too_large",
      `The photo is ${megabytes(bytes.length)} MB; photos can be up to 10 MB. Export it smaller and try again.`,
    );
  }
  const format = sniffImageFormat(bytes);
  if (format === "heic") {
    // Sharp here decodes AVIF but not HEVC-coded HEIC, so iPhone photos must be converted first.
    return refuse(
      "heic",
      "HEIC photos can't be read here. Export the photo as JPEG (on an iPhone: Settings › Camera › Formats › Most Compatible) and upload that.",
    );
  }
  if (format === "avif")
    return refuse("unsupported", "AVIF photos aren't accepted. Upload a JPEG, PNG or WebP photo.");
  if (format === null)
    return refuse("not_an_image", "This file is not a JPEG, PNG or WebP photo, whatever its name says.");

  let width: number | undefined;
  let height: number | undefined;
  try {
    // Reads the header only, so the pixel count is known before anything is decoded.
    const metadata = await sharp(bytes, { limitInputPixels: false }).metadata();
    if (metadata.format !== format)
      return refuse("corrupt", "The file's contents don't match an image format we accept.");
    width = metadata.width;
    height = metadata.height;
  } catch {
    return refuse("corrupt", "The photo is damaged and can't be read. Export it again and retry.");
  }
  if (!width || !height)
    return refuse("corrupt", "The photo is damaged and can't be read. Export it again and retry.");
  if (width * height > photoRules.maxPixels) {
    return refuse(
      "too_many_pixels",
      `The photo is ${width} × ${height} pixels; the limit is 40 megapixels. Resize it and try again.`,
    );
  }
  try {
    return { ok: true, variants: await encodePhotoVariants(bytes) };
  } catch {
    // Truncated or garbled data fails while decoding (sharp fails on decoder warnings by default).
    return refuse(
      "corrupt",
      "The photo is damaged or incomplete and can't be read. Export it again and retry.",
    );
  }
}
