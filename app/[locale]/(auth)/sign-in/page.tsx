import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { alternatesFor } from "@/lib/i18n/alternates";
import { localeFromSegment } from "@/lib/i18n/segment-locale";
import { SignInForm } from "@/app/_components/auth/sign-in-form";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeFromSegment(params);
  const t = await getTranslations({ locale, namespace: "Auth" });
  return { title: t("signInTitle"), alternates: alternatesFor(locale, "/sign-in") };
}

export default async function SignInPage({ params }: Props) {
  await localeFromSegment(params);
  const t = await getTranslations("Auth");
  return (
    <section className="auth-card" aria-labelledby="sign-in-title">
      <h1 id="sign-in-title">{t("signInTitle")}</h1>
      <Suspense>
        <SignInForm />
      </Suspense>
    </section>
  );
}
