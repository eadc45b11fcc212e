"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getCurrentUser } from "@/lib/auth/session";
import { refreshListingCaches } from "@/lib/kernel/cache";
import { marketClock } from "@/lib/kernel/market-clock";
import { moderateAccount } from "./accounts";
import { moderateListing } from "./listings";
import { markAccountsRelated, unmarkAccountsRelated } from "./related-accounts";

// Thin server actions for the admin pages' hide, restore, suspend and restore-account forms:
// session, one lib call (which checks the role and writes the audit row), then the cache tags of
// every listing that changed, expired at once so it leaves (or comes back to) search on the next request.

/** `reason` is what was typed, refilled after a refusal (the form is reset once its action returns). */
export type ModerationFormState = {
  ok: boolean;
  message: string;
  fieldErrors: Record<string, string>;
  reason?: string;
};

const moveSchema = z.enum(["listing.hide", "listing.restore", "account.suspend", "account.restore"]);

export async function moderateAction(
  _previous: ModerationFormState,
  formData: FormData,
): Promise<ModerationFormState> {
  const user = await getCurrentUser();
  if (!user) return { ok: false, message: "Sign in again.", fieldErrors: {} };
  const move = moveSchema.safeParse(formData.get("move"));
  if (!move.success) return { ok: false, message: "That is not something an admin can do.", fieldErrors: {} };
  const [subject, verb] = move.data.split(".") as ["listing" | "account", string];
  const reason = formData.get("reason");
  const clock = await marketClock();
  const result =
    subject === "listing"
      ? await moderateListing({
          actor: user,
          move: verb as "hide" | "restore",
          input: { listingId: formData.get("listingId"), reason },
          clock,
        })
      : await moderateAccount({
          actor: user,
          move: verb as "suspend" | "restore",
          input: { userId: formData.get("userId"), reason },
          clock,
        });
  if (!result.ok)
    return {
      ok: false,
      message: result.message,
      fieldErrors: "fieldErrors" in result ? result.fieldErrors : {},
      reason: typeof reason === "string" ? reason.slice(0, 2000) : "",
    };
  const listingIds = "listingIds" in result ? result.listingIds : [result.listingId];
  await refreshListingCaches({ listingIds });
  revalidatePath(subject === "listing" ? "/admin/listings" : "/admin/users");
  return { ok: true, message: result.message, fieldErrors: {} };
}

const relationMoveSchema = z.enum(["relate", "unrelate"]);

/** The accounts page's "mark as related" and "unmark" forms. */
export async function relateAccountsAction(
  _previous: ModerationFormState,
  formData: FormData,
): Promise<ModerationFormState> {
  const user = await getCurrentUser();
  if (!user) return { ok: false, message: "Sign in again.", fieldErrors: {} };
  const move = relationMoveSchema.safeParse(formData.get("move"));
  if (!move.success) return { ok: false, message: "That is not something an admin can do.", fieldErrors: {} };
  const reason = formData.get("reason");
  const clock = await marketClock();
  const result =
    move.data === "relate"
      ? await markAccountsRelated({
          actor: user,
          input: { userId: formData.get("userId"), otherEmail: formData.get("otherEmail"), reason },
          clock,
        })
      : await unmarkAccountsRelated({
          actor: user,
          input: { userId: formData.get("userId"), otherId: formData.get("otherId"), reason },
          clock,
        });
  if (!result.ok)
    return {
      ok: false,
      message: result.message,
      fieldErrors: "fieldErrors" in result ? result.fieldErrors : {},
      reason: typeof reason === "string" ? reason.slice(0, 2000) : "",
    };
  revalidatePath("/admin/users");
  return { ok: true, message: result.message, fieldErrors: {} };
}
