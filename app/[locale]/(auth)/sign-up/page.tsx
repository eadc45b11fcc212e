import type { Metadata } from "next";
import { Suspense } from "react";
import { SignUpForm } from "@/app/_components/auth/sign-up-form";

export const metadata: Metadata = { title: "Create an account" };

export default function SignUpPage() {
  return (
    <section className="auth-card" aria-labelledby="sign-up-title">
      <h1 id="sign-up-title">Create your account</h1>
      <p className="field__hint">List a pedal car, buy parts, and keep a watchlist.</p>
      <Suspense>
        <SignUpForm />
      </Suspense>
    </section>
  );
}
