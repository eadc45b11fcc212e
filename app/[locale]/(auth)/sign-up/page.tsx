import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { alternatesFor } from "@/lib/i18n/alternates";
import { localeFromSegment } from "@/lib/i18n/segment-locale";
import { SignUpForm } from "@/app/_components/auth/sign-up-form";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeFromSegment(params);
  const t = await getTranslations({ locale, namespace: "Auth" });
  return { title: t("signUpTitle"), alternates: alternatesFor(locale, "/sign-up") };
}

export default async function SignUpPage({ params }: Props) {
  await localeFromSegment(params);
  const t = await getTranslations("Auth");
  return (
    <section className="auth-card" aria-labelledby="sign-up-title">
      <h1 id="sign-up-title">{t("signUpHeading")}</h1>
      <p className="field__hint">{t("signUpIntro")}</p>
      <Suspense>
        <SignUpForm />
      </Suspense>
    </section>
  );
}
