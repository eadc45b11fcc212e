"use server";

import { revalidatePath } from "next/cache";
import { getCurrentUser } from "@/lib/auth/session";
import { markNotificationsRead } from "./queries";

/** "Mark all as read" on /notifications. */
export async function markAllNotificationsReadAction(): Promise<void> {
  const user = await getCurrentUser();
  if (!user) return;
  await markNotificationsRead({ userId: user.id });
  revalidatePath("/notifications");
}
