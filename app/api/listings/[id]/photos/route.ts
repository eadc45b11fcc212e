import { z } from "zod";
import { getCurrentUser } from "@/lib/auth/session";
import { invalidateListing } from "@/lib/kernel/cache";
import { readFormDataBody } from "@/lib/http/body";
import { toHttpError, withErrorResponses } from "@/lib/kernel/errors";
import { photoRules } from "@/lib/photos/inspect";
import { addListingPhoto, type PhotoRefusal } from "@/lib/selling/photos";

// Photo upload for the sell form. A route handler rather than a server action: actions accept
// 1 MB bodies, photos may be 10 MB. Multipart with one file in the field "photo".

const paramsSchema = z.object({ id: z.coerce.number().int().positive().max(2_147_483_647) });
// Room for the multipart envelope around a 10 MB photo.
const maxBodyBytes = photoRules.maxBytes + 64 * 1024;

function refusalStatus(refusal: PhotoRefusal): number {
  if (refusal.reason === "not_found") return 404;
  if (refusal.reason === "forbidden") return 403;
  if (refusal.reason === "wrong_status") return 409;
  if (refusal.problem === "too_large") return 413;
  if (refusal.problem === "store_unavailable") return 503;
  if (refusal.problem === "not_an_image" || refusal.problem === "heic" || refusal.problem === "unsupported")
    return 415;
  return 422;
}

const tooLargeMessage = "The photo is over 10 MB; photos can be up to 10 MB.";

export const POST = withErrorResponses(
  async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
    const user = await getCurrentUser();
    if (!user) return Response.json({ error: "Sign in to add photos." }, { status: 401 });
    const parsedParams = paramsSchema.safeParse(await params);
    if (!parsedParams.success)
      return Response.json({ error: "That listing does not exist." }, { status: 404 });

    // Counted while it streams, chunked or not: reading stops at the first byte past the cap.
    let file: FormDataEntryValue | null;
    try {
      file = (await readFormDataBody(request, { maxBytes: maxBodyBytes })).get("photo");
    } catch (error) {
      const refused = toHttpError(error);
      if (refused?.code === "payload_too_large")
        return Response.json({ error: tooLargeMessage }, { status: 413 });
      if (refused?.code === "bad_request")
        return Response.json(
          { error: "Send the photo as multipart form data in the field “photo”." },
          { status: 400 },
        );
      throw error;
    }
    if (!(file instanceof File))
      return Response.json({ error: "Choose a photo to upload." }, { status: 400 });
    if (file.size > photoRules.maxBytes) return Response.json({ error: tooLargeMessage }, { status: 413 });

    const result = await addListingPhoto({
      actor: user,
      listingId: parsedParams.data.id,
      bytes: Buffer.from(await file.arrayBuffer()),
    });
    if (!result.ok) return Response.json({ error: result.message }, { status: refusalStatus(result) });
    invalidateListing(parsedParams.data.id);
    return Response.json({ photoId: result.photoId, position: result.position }, { status: 201 });
  },
);
