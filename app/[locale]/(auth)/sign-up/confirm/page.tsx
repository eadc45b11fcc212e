import type { Metadata } from "next";
import { Suspense } from "react";
import { ConfirmSignUpForm } from "@/app/_components/auth/confirm-sign-up-form";

export const metadata: Metadata = { title: "Finish creating your account", robots: { index: false } };

export default function ConfirmSignUpPage() {
  return (
    <section className="auth-card" aria-labelledby="confirm-title">
      <h1 id="confirm-title">Finish creating your account</h1>
      <Suspense>
        <ConfirmSignUpForm />
      </Suspense>
    </section>
  );
}
