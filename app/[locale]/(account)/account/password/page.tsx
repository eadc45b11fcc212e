import type { Metadata } from "next";
import { ChangePasswordForm } from "@/app/_components/auth/change-password-form";
import { requireUser } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Change your password", robots: { index: false } };

export default async function ChangePasswordPage() {
  await requireUser("/account/password");
  return (
    <section className="auth-card" aria-labelledby="password-title">
      <h1 id="password-title">Change your password</h1>
      <p className="field__hint">Changing it signs out every other browser signed in to your account.</p>
      <ChangePasswordForm />
    </section>
  );
}
