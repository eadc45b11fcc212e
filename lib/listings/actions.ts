"use server";

import { z } from "zod";
import { idSchema } from "@/lib/kernel/forms";
import { getCurrentUser } from "@/lib/auth/session";
import { updateListingNow } from "@/lib/kernel/cache";
import { deleteListingPhoto, moveListingPhoto } from "@/lib/selling/photos";
import { formDataToListingInput } from "./form-input";
import {
  deleteListing,
  markListingSold,
  publishListing,
  saveListing,
  unpublishListing,
} from "@/lib/selling/listings";
import type { ListingChangeResult, ListingStatus } from "./ownership";
import type { FormState } from "@/lib/kernel/forms";

// Thin server actions: session, argument check, one lib call, cache tags. Anyone can call an action
// with any arguments, so each is checked here and ownership is checked again in lib.

export type SellFormState = FormState & { listingId?: number; status?: ListingStatus };

const signedOut: SellFormState = {
  ok: false,
  fieldErrors: {},
  message: "Your session has ended. Sign in again, then retry.",
};
const listingIdSchema = idSchema("That listing does not exist.");

function toState(result: ListingChangeResult): SellFormState {
  if (result.ok) return { ok: true, listingId: result.listingId, status: result.status, fieldErrors: {} };
  return { ok: false, fieldErrors: result.fieldErrors, message: result.message };
}

/** Saves the sell form. `intent=publish` checks completeness first and stores nothing if it fails. */
export async function saveListingAction(formData: FormData): Promise<SellFormState> {
  const user = await getCurrentUser();
  if (!user) return signedOut;
  const rawId = formData.get("listingId");
  const listingId = rawId ? listingIdSchema.safeParse(rawId) : null;
  if (listingId && !listingId.success)
    return { ok: false, fieldErrors: {}, message: "That listing does not exist." };
  const intent = formData.get("intent") === "publish" ? "publish" : "draft";
  const result = await saveListing({
    actor: user,
    listingId: listingId?.data,
    input: formDataToListingInput(formData),
    intent,
  });
  if (result.ok && result.status !== "draft") updateListingNow(result.listingId);
  return toState(result);
}

export async function publishListingAction(listingId: number): Promise<SellFormState> {
  const user = await getCurrentUser();
  if (!user) return signedOut;
  const id = listingIdSchema.safeParse(listingId);
  if (!id.success) return { ok: false, fieldErrors: {}, message: "That listing does not exist." };
  const result = await publishListing({ actor: user, listingId: id.data });
  if (result.ok) updateListingNow(id.data);
  return toState(result);
}

export type StatusChangeState = { ok: boolean; message: string };

const statusChangeSchema = z.object({
  listingId: listingIdSchema,
  change: z.enum(["publish", "unpublish", "sold", "delete"]),
});

const changes = {
  publish: publishListing,
  unpublish: unpublishListing,
  sold: markListingSold,
  delete: deleteListing,
} as const;
const doneMessages = {
  publish: "Published: the listing is on sale.",
  unpublish: "Unpublished: the listing is no longer on sale.",
  sold: "Marked as sold.",
  delete: "Deleted.",
} as const;

/** The dashboard's buttons: publish again, unpublish, mark sold, delete. */
export async function changeListingStatusAction(
  _previous: StatusChangeState,
  formData: FormData,
): Promise<StatusChangeState> {
  const user = await getCurrentUser();
  if (!user) return { ok: false, message: signedOut.message! };
  const parsed = statusChangeSchema.safeParse({
    listingId: formData.get("listingId"),
    change: formData.get("change"),
  });
  if (!parsed.success) return { ok: false, message: "That change isn't possible." };
  const { listingId, change } = parsed.data;
  const result = await changes[change]({ actor: user, listingId });
  if (!result.ok) return { ok: false, message: result.message };
  updateListingNow(listingId);
  return { ok: true, message: doneMessages[change] };
}

const photoChangeSchema = z.object({
  listingId: listingIdSchema,
  photoId: z.uuid(),
  change: z.enum(["up", "down", "delete"]),
});

export type PhotoChangeState = { ok: boolean; message?: string };

/** Moves a photo up or down (the first is the cover) or deletes it. */
export async function changeListingPhotoAction(input: {
  listingId: number;
  photoId: string;
  change: "up" | "down" | "delete";
}): Promise<PhotoChangeState> {
  const user = await getCurrentUser();
  if (!user) return { ok: false, message: signedOut.message };
  const parsed = photoChangeSchema.safeParse(input);
  if (!parsed.success) return { ok: false, message: "That photo does not exist." };
  const { listingId, photoId, change } = parsed.data;
  const result =
    change === "delete"
      ? await deleteListingPhoto({ actor: user, listingId, photoId })
      : await moveListingPhoto({ actor: user, listingId, photoId, direction: change });
  if (!result.ok) return { ok: false, message: result.message };
  updateListingNow(listingId);
  return { ok: true };
}
