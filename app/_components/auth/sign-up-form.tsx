"use client";

import { Link } from "@/lib/i18n/navigation";
import { useSearchParams } from "next/navigation";
import { useState, useTransition } from "react";
import { signUp, type SignUpState } from "@/lib/auth/actions";
import { passwordRules } from "@/lib/auth/schemas";
import { CountrySelect } from "@/app/_components/forms/country-select";
import { TextField } from "@/app/_components/forms/fields";
import { safeCallbackUrl } from "./safe-callback";

const initialState: SignUpState = {
  ok: false,
  fieldErrors: {},
  values: { email: "", displayName: "", country: "" },
};

export function SignUpForm() {
  const callbackUrl = safeCallbackUrl(useSearchParams().get("callbackUrl"));
  const [state, setState] = useState<SignUpState>(initialState);
  const [pending, startTransition] = useTransition();
  const field = (name: "email" | "displayName" | "password") =>
    ({ idPrefix: "field", hintAbove: true, required: true, name, error: state.fieldErrors[name] }) as const;

  // The same answer whether or not the address already has an account: only its inbox knows.
  if (state.ok) {
    return (
      <div aria-live="polite">
        <div className="alert" role="status">
          <h2>Check your email</h2>
          <p>
            We sent a message to <strong>{state.values.email}</strong>. Follow the link in it within a day to
            finish creating your account.
          </p>
          <p className="field__hint">
            Nothing there after a few minutes? Look in your spam folder, or sign up again.
          </p>
        </div>
        <p>
          Already have an account? <Link href="/sign-in">Sign in</Link>
        </p>
      </div>
    );
  }

  return (
    <form
      className="form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const form = new FormData(event.currentTarget);
        form.set("callbackUrl", callbackUrl);
        startTransition(async () => {
          setState(await signUp(form));
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
      <TextField
        {...field("email")}
        label="Email"
        type="email"
        autoComplete="email"
        defaultValue={state.values.email}
      />
      <TextField
        {...field("displayName")}
        label="Display name"
        autoComplete="nickname"
        hint="Shown to buyers and sellers, e.g. “Sergei (AZLK Garage)”."
        defaultValue={state.values.displayName}
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
      <TextField
        {...field("password")}
        label="Password"
        type="password"
        autoComplete="new-password"
        hint={`At least ${passwordRules.minLength} characters and hard to guess: a few unrelated words work well.`}
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
