"use client";

import { Link } from "@/lib/i18n/navigation";
import { useRouter, useSearchParams } from "next/navigation";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { TextField } from "@/app/_components/forms/fields";
import { safeCallbackUrl } from "./safe-callback";

export function SignInForm() {
  const router = useRouter();
  const searchParams = useSearchParams();
  const callbackUrl = safeCallbackUrl(searchParams.get("callbackUrl"));
  const [message, setMessage] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const t = useTranslations("Auth");

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
          setMessage(t("enterBoth"));
          return;
        }
        startTransition(async () => {
          const result = await signIn("credentials", { email, password, redirect: false });
          if (!result || result.error) {
            // Rate-limit refusals arrive as their own message; every other failure reads the same.
            setMessage(result?.error && result.error.startsWith("Too many") ? result.error : t("noMatch"));
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
      <TextField
        idPrefix="field"
        name="email"
        label={t("email")}
        type="email"
        autoComplete="email"
        required
      />
      <TextField
        idPrefix="field"
        name="password"
        label={t("password")}
        type="password"
        autoComplete="current-password"
        required
      />
      <button className="button" type="submit" disabled={pending}>
        {pending ? t("signingIn") : t("signIn")}
      </button>
      <p>
        {t.rich("newHere", {
          link: (chunks) => (
            <Link
              href={`/sign-up${callbackUrl !== "/" ? `?callbackUrl=${encodeURIComponent(callbackUrl)}` : ""}`}
            >
              {chunks}
            </Link>
          ),
        })}
      </p>
    </form>
  );
}
