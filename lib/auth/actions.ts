"use server";

import { headers } from "next/headers";
import { sendQueuedEmails } from "@/lib/auctions/after-change";
import { after } from "next/server";
import { createAccount } from "./accounts";
import { callerAddressFrom } from "./client-ip";
import { sameOriginRedirect } from "./safe-redirect";
import { signUpSchema, type SignUpInput } from "./schemas";
import { consumeSignUpAttempt } from "./sign-up";
import { fieldRefusal, type FormState } from "@/lib/kernel/forms";

type SignUpValues = { email: string; displayName: string; country: string };
export type SignUpState = FormState<keyof SignUpInput, SignUpValues> & { values: SignUpValues };

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
    return { ...fieldRefusal(parsed.error), values };
  }
  const now = new Date();
  const allowance = await consumeSignUpAttempt({ ip: callerAddressFrom(await headers()), now });
  if (!allowance.allowed) {
    const minutes = Math.max(1, Math.ceil(allowance.retryAfterSeconds / 60));
    return {
      ok: false,
      fieldErrors: {},
      message: `Too many sign-ups from your network. Wait ${minutes} minute${minutes === 1 ? "" : "s"} and try again.`,
      values,
    };
  }
  const callbackUrl = sameOriginRedirect(
    String(formData.get("callbackUrl") ?? "/"),
    "https://this-site.invalid",
  );
  const result = await createAccount(parsed.data, { callbackUrl, now });
  if (!result.ok) return { ...fieldRefusal(result.fieldErrors), values };
  after(() => sendQueuedEmails());
  return { ok: true, fieldErrors: {}, values };
}
