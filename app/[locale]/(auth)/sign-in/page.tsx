import type { Metadata } from "next";
import { Suspense } from "react";
import { SignInForm } from "@/app/_components/auth/sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

export default function SignInPage() {
  return (
    <section className="auth-card" aria-labelledby="sign-in-title">
      <h1 id="sign-in-title">Sign in</h1>
      <Suspense>
        <SignInForm />
      </Suspense>
    </section>
  );
}
