"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getCurrentUser } from "@/lib/auth/session";
import { deleteSavedSearch, saveSearch, setSavedSearchAlert } from "./saved-searches";

// Thin server actions for saved searches: session, argument check, one lib call.

export type SaveSearchState = { ok: boolean; message: string; signedOut?: boolean };

export async function saveSearchAction(query: string): Promise<SaveSearchState> {
  const user = await getCurrentUser();
  if (!user) return { ok: false, signedOut: true, message: "Sign in to save searches." };
  const parsed = z.string().max(2000).safeParse(query);
  if (!parsed.success) return { ok: false, message: "That search could not be saved." };
  const result = await saveSearch({ userId: user.id, query: parsed.data });
  if (!result.ok) return { ok: false, message: result.message };
  revalidatePath("/saved-searches");
  return {
    ok: true,
    message: result.created
      ? `Saved “${result.search.name}”. We'll tell you when a new match is priced under its fair value.`
      : `Already saved as “${result.search.name}”.`,
  };
}

const idSchema = z.uuid();

export async function deleteSavedSearchAction(formData: FormData): Promise<void> {
  const user = await getCurrentUser();
  const id = idSchema.safeParse(formData.get("id"));
  if (!user || !id.success) return;
  await deleteSavedSearch({ userId: user.id, id: id.data });
  revalidatePath("/saved-searches");
}

export async function setSavedSearchAlertAction(formData: FormData): Promise<void> {
  const user = await getCurrentUser();
  const id = idSchema.safeParse(formData.get("id"));
  if (!user || !id.success) return;
  await setSavedSearchAlert({ userId: user.id, id: id.data, on: formData.get("on") === "true" });
  revalidatePath("/saved-searches");
}
