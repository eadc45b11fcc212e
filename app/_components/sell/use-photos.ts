"use client";

import { useState } from "react";
import { changeListingPhotoAction } from "@/lib/listings/actions";
import type { SavedPhoto, StagedPhoto } from "./photo-picker";

type Notify = (message: { kind: "error" | "info"; text: string } | null) => void;

/** Saved photos, changed one action at a time and mirrored locally so typed form values survive. */
export function useSavedPhotos(listingId: number | undefined, initial: SavedPhoto[], notify: Notify) {
  const [photos, setPhotos] = useState(initial);
  const [busy, setBusy] = useState(false);

  async function change(photoId: string, change: "up" | "down" | "delete") {
    if (!listingId) return;
    setBusy(true);
    const result = await changeListingPhotoAction({ listingId, photoId, change });
    setBusy(false);
    if (!result.ok) {
      notify({ kind: "error", text: result.message ?? "The photo could not be changed." });
      return;
    }
    setPhotos((all) => {
      const index = all.findIndex((p) => p.id === photoId);
      if (change === "delete") return all.filter((p) => p.id !== photoId);
      const to = change === "up" ? index - 1 : index + 1;
      if (index < 0 || to < 0 || to >= all.length) return all;
      const next = [...all];
      [next[index], next[to]] = [next[to]!, next[index]!];
      return next;
    });
    notify({ kind: "info", text: change === "delete" ? "Photo deleted." : "Photo moved." });
  }

  return { photos, busy, change, add: (added: SavedPhoto[]) => setPhotos((all) => [...all, ...added]) };
}

/** Uploads photos one by one (each up to 10 MB) through the photo route; refused ones come back with the server's reason. */
export async function uploadStagedPhotos(
  listingId: number,
  staged: StagedPhoto[],
): Promise<{ uploaded: SavedPhoto[]; refused: StagedPhoto[] }> {
  const uploaded: SavedPhoto[] = [];
  const refused: StagedPhoto[] = [];
  for (const photo of staged) {
    const body = new FormData();
    body.set("photo", photo.file);
    try {
      const response = await fetch(`/api/listings/${listingId}/photos`, { method: "POST", body });
      const json = (await response.json().catch(() => ({}))) as { photoId?: string; error?: string };
      if (response.ok && json.photoId) uploaded.push({ id: json.photoId, src: photo.preview });
      else refused.push({ ...photo, error: json.error ?? "The photo could not be uploaded." });
    } catch {
      refused.push({ ...photo, error: "The upload failed: check your connection and save again." });
    }
  }
  return { uploaded, refused };
}
