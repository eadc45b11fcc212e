"use client";

import Link from "next/link";
import { useRouter, useSearchParams } from "next/navigation";
import { signIn } from "next-auth/react";
import { useState, useTransition } from "react";
import { signUp, type SignUpState } from "@/lib/auth/actions";
import { passwordRules } from "@/lib/auth/schemas";
import { CountrySelect } from "@/app/_components/orders/country-select";
import { Field } from "./field";
import { safeCallbackUrl } from "./safe-callback";

const initialState: SignUpState = { ok: false, fieldErrors: {}, values: { email: "", displayName: "", country: "" } };

export function SignUpForm() {
  const router = useRouter();
  const callbackUrl = safeCallbackUrl(useSearchParams().get("callbackUrl"));
  const [state, setState] = useState<SignUpState>(initialState);
  const [pending, startTransition] = useTransition();

  return (
    <form
      className="form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const form = new FormData(event.currentTarget);
        startTransition(async () => {
          const result = await signUp(form);
          setState(result);
          if (!result.ok) return;
          // The account exists; sign straight in with what was just typed.
          const signedIn = await signIn("credentials", {
            email: String(form.get("email")),
            password: String(form.get("password")),
            redirect: false,
          });
          router.push(signedIn?.ok ? callbackUrl : "/sign-in");
          router.refresh();
        });
      }}
    >
      <div aria-live="assertive">
        {state.message && (
          <p className="alert alert--error" role="alert">
            {state.message}
          </p>
        )}
      </div>
      <Field name="email" label="Email" type="email" autoComplete="email" defaultValue={state.values.email} error={state.fieldErrors.email} required />
      <Field
        name="displayName"
        label="Display name"
        autoComplete="nickname"
        hint="Shown to buyers and sellers, e.g. “Sergei (AZLK Garage)”."
        defaultValue={state.values.displayName}
        error={state.fieldErrors.displayName}
        required
      />
      <CountrySelect
        key={state.values.country}
        id="field-country"
        label="Country you live in"
        hint="Where your parcels go unless you choose another address at checkout."
        value={state.values.country || null}
        error={state.fieldErrors.country}
        required
      />
      <Field
        name="password"
        label="Password"
        type="password"
        autoComplete="new-password"
        hint={`At least ${passwordRules.minLength} characters and hard to guess: a few unrelated words work well.`}
        error={state.fieldErrors.password}
        required
      />
      <button className="button" type="submit" disabled={pending}>
        {pending ? "Creating your account…" : "Create account"}
      </button>
      <p>
        Already have an account? <Link href="/sign-in">Sign in</Link>
      </p>
    </form>
  );
}
