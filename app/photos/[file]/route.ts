import { getPhotoStorage } from "@/lib/photos/storage";

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const bytes = await getPhotoStorage().get(file);
  if (!bytes) return new Response("Photo not found", { status: 404 });
  // Keys are never reused for other content, so browsers may keep them for good.
  return new Response(new Uint8Array(bytes), {
    headers: { "Content-Type": "image/webp", "Cache-Control": "public, max-age=31536000, immutable" },
  });
}
