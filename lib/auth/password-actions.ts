"use server";

import { headers } from "next/headers";
import { changePassword } from "./account-changes";
import { callerAddressFrom } from "./client-ip";
import { changePasswordSchema, type ChangePasswordInput } from "./schemas";
import { getCurrentSession } from "./session";
import { fieldRefusal, type FormState } from "@/lib/kernel/forms";

export type ChangePasswordState = FormState<keyof ChangePasswordInput>;

export async function changePasswordAction(
  _previous: ChangePasswordState,
  formData: FormData,
): Promise<ChangePasswordState> {
  const current = await getCurrentSession();
  if (!current)
    return {
      ok: false,
      fieldErrors: {},
      message: "Your session has ended. Sign in again to change your password.",
    };
  const parsed = changePasswordSchema.safeParse({
    currentPassword: String(formData.get("currentPassword") ?? ""),
    newPassword: String(formData.get("newPassword") ?? ""),
  });
  if (!parsed.success) {
    return fieldRefusal(parsed.error);
  }
  const result = await changePassword({
    userId: current.user.id,
    currentSessionId: current.sessionId,
    ...parsed.data,
    ip: callerAddressFrom(await headers()),
  });
  if (result.ok)
    return {
      ok: true,
      fieldErrors: {},
      message: "Password changed. Every other browser signed in to your account has been signed out.",
    };
  if (result.reason === "wrong_password") return fieldRefusal({ currentPassword: result.message });
  if (result.reason === "weak_password") return fieldRefusal({ newPassword: result.message });
  return { ok: false, fieldErrors: {}, message: result.message };
}
