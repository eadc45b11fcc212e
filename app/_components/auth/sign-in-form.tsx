"use client";

import { Link } from "@/lib/i18n/navigation";
import { useRouter, useSearchParams } from "next/navigation";
import { signIn } from "next-auth/react";
import { useState, useTransition } from "react";
import { TextField } from "@/app/_components/forms/fields";
import { safeCallbackUrl } from "./safe-callback";

const genericFailure = "That email and password don't match an account. Check them and try again.";

export function SignInForm() {
  const router = useRouter();
  const searchParams = useSearchParams();
  const callbackUrl = safeCallbackUrl(searchParams.get("callbackUrl"));
  const [message, setMessage] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  return (
    <form
      className="form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const form = new FormData(event.currentTarget);
        const email = String(form.get("email") ?? "").trim();
        const password = String(form.get("password") ?? "");
        if (!email || !password) {
          setMessage("Enter your email and password.");
          return;
        }
        startTransition(async () => {
          const result = await signIn("credentials", { email, password, redirect: false });
          if (!result || result.error) {
            // Rate-limit refusals arrive as their own message; every other failure reads the same.
            setMessage(result?.error && result.error.startsWith("Too many") ? result.error : genericFailure);
            return;
          }
          router.push(callbackUrl);
          router.refresh();
        });
      }}
    >
      <div aria-live="assertive">
        {message && (
          <p className="alert alert--error" role="alert">
            {message}
          </p>
        )}
      </div>
      <TextField idPrefix="field" name="email" label="Email" type="email" autoComplete="email" required />
      <TextField
        idPrefix="field"
        name="password"
        label="Password"
        type="password"
        autoComplete="current-password"
        required
      />
      <button className="button" type="submit" disabled={pending}>
        {pending ? "Signing in…" : "Sign in"}
      </button>
      <p>
        New here?{" "}
        <Link
          href={`/sign-up${callbackUrl !== "/" ? `?callbackUrl=${encodeURIComponent(callbackUrl)}` : ""}`}
        >
          Create an account
        </Link>
      </p>
    </form>
  );
}
