"use server";

import { z } from "zod";
import { getCurrentUser } from "@/lib/auth/session";
import { isWatching, setWatching, type WatchResult } from "./watchlist";

// Thin server actions for the watch button: session, argument check, one lib call.

const watchSchema = z.object({
  listingId: z.number().int().positive().max(2_147_483_647),
  watching: z.boolean(),
});

export async function setWatchingAction(input: {
  listingId: number;
  watching: boolean;
}): Promise<WatchResult> {
  const user = await getCurrentUser();
  if (!user) return { ok: false, message: "Sign in to keep a watchlist." };
  const parsed = watchSchema.safeParse(input);
  if (!parsed.success) return { ok: false, message: "That listing does not exist." };
  return setWatching({ userId: user.id, ...parsed.data });
}

export async function getWatchingAction(
  listingId: number,
): Promise<{ signedIn: boolean; watching: boolean }> {
  const user = await getCurrentUser();
  const id = z.number().int().positive().max(2_147_483_647).safeParse(listingId);
  if (!user || !id.success) return { signedIn: Boolean(user), watching: false };
  return { signedIn: true, watching: await isWatching({ userId: user.id, listingId: id.data }) };
}
