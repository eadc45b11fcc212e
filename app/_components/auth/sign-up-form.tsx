"use client";

import { useTranslations } from "next-intl";

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
  const t = useTranslations("Auth");
  const signInLink = { link: (chunks: React.ReactNode) => <Link href="/sign-in">{chunks}</Link> };
  const field = (name: "email" | "displayName" | "password") =>
    ({ idPrefix: "field", hintAbove: true, required: true, name, error: state.fieldErrors[name] }) as const;

  // The same answer whether or not the address already has an account: only its inbox knows.
  if (state.ok) {
    return (
      <div aria-live="polite">
        <div className="alert" role="status">
          <h2>{t("checkEmail")}</h2>
          <p>
            {t.rich("sentTo", {
              email: state.values.email,
              strong: (chunks) => <strong>{chunks}</strong>,
            })}
          </p>
          <p className="field__hint">{t("nothingThere")}</p>
        </div>
        <p>{t.rich("haveAccount", signInLink)}</p>
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
        label={t("email")}
        type="email"
        autoComplete="email"
        defaultValue={state.values.email}
      />
      <TextField
        {...field("displayName")}
        label={t("displayName")}
        autoComplete="nickname"
        hint={t("displayNameHint")}
        defaultValue={state.values.displayName}
      />
      <CountrySelect
        key={state.values.country}
        id="field-country"
        label={t("country")}
        hint={t("countryHint")}
        value={state.values.country || null}
        error={state.fieldErrors.country}
        required
      />
      <TextField
        {...field("password")}
        label={t("password")}
        type="password"
        autoComplete="new-password"
        hint={t("passwordHint", { min: passwordRules.minLength })}
      />
      <button className="button" type="submit" disabled={pending}>
        {pending ? t("creating") : t("create")}
      </button>
      <p>{t.rich("haveAccount", signInLink)}</p>
    </form>
  );
}
