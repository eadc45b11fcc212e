import { isPhotoFileServed } from "@/lib/listings/photo-access";
import { getPhotoStorage } from "@/lib/photos/storage";

// Keys are never reused for other content, but a deleted listing's photos must stop being served, so
// browsers and shared caches keep a photo for an hour and then revalidate it (a cheap 304 by ETag).
const cacheControl = "public, max-age=3600";

export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  if (!(await isPhotoFileServed(file)))
    return new Response("Photo not found", { status: 404, headers: { "Cache-Control": "no-store" } });
  const etag = `"${file}"`;
  if (request.headers.get("if-none-match") === etag)
    return new Response(null, { status: 304, headers: { ETag: etag, "Cache-Control": cacheControl } });
  const bytes = await getPhotoStorage().get(file);
  if (!bytes)
    return new Response("Photo not found", { status: 404, headers: { "Cache-Control": "no-store" } });
  return new Response(new Uint8Array(bytes), {
    headers: { "Content-Type": "image/webp", "Cache-Control": cacheControl, ETag: etag },
  });
}
