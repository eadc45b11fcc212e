"use client";

import { Link } from "@/lib/i18n/navigation";
import { useRouter, useSearchParams } from "next/navigation";
import { signIn } from "next-auth/react";
import { useState, useTransition } from "react";
import { safeCallbackUrl } from "./safe-callback";

// A button rather than on page load: mail scanners that open links must not use up the link.
export function ConfirmSignUpForm() {
  const router = useRouter();
  const searchParams = useSearchParams();
  const token = searchParams.get("token") ?? "";
  const callbackUrl = safeCallbackUrl(searchParams.get("callbackUrl"));
  const [failed, setFailed] = useState(false);
  const [pending, startTransition] = useTransition();

  return (
    <form
      className="form"
      onSubmit={(event) => {
        event.preventDefault();
        startTransition(async () => {
          const result = await signIn("sign-up-link", { token, redirect: false });
          if (!result || result.error) {
            setFailed(true);
            return;
          }
          router.push(callbackUrl);
          router.refresh();
        });
      }}
    >
      <div aria-live="assertive">
        {failed && (
          <p className="alert alert--error" role="alert">
            This link has expired or was already used. <Link href="/sign-up">Sign up again</Link> or{" "}
            <Link href="/sign-in">sign in</Link>.
          </p>
        )}
      </div>
      <p>Your email address is confirmed once you continue, and you are signed in.</p>
      <button className="button" type="submit" disabled={pending || !token}>
        {pending ? "Finishing…" : "Finish creating my account"}
      </button>
    </form>
  );
}
