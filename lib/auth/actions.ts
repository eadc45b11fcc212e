"use server";

import { createAccount } from "./accounts";
import { signUpSchema, type SignUpInput } from "./schemas";

export type SignUpState = {
  ok: boolean;
  fieldErrors: Partial<Record<keyof SignUpInput, string>>;
  message?: string;
  values: { email: string; displayName: string; country: string };
};

export async function signUp(formData: FormData): Promise<SignUpState> {
  const raw = {
    email: String(formData.get("email") ?? ""),
    displayName: String(formData.get("displayName") ?? ""),
    password: String(formData.get("password") ?? ""),
    country: String(formData.get("country") ?? ""),
  };
  // Passwords are never echoed back.
  const values = { email: raw.email, displayName: raw.displayName, country: raw.country };
  const parsed = signUpSchema.safeParse(raw);
  if (!parsed.success) {
    const fieldErrors: SignUpState["fieldErrors"] = {};
    for (const issue of parsed.error.issues) {
      const field = issue.path[0] as keyof SignUpInput;
      fieldErrors[field] ??= issue.message;
    }
    return { ok: false, fieldErrors, message: "Check the highlighted fields.", values };
  }
  const result = await createAccount(parsed.data);
  if (!result.ok) return { ok: false, fieldErrors: result.fieldErrors, message: "Check the highlighted fields.", values };
  return { ok: true, fieldErrors: {}, values };
}
