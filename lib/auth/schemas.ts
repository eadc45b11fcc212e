import { z } from "zod";
import { countryCodeSchema } from "@/lib/shipping/countries";

const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, "Enter your email address")
  .max(254, "That email address is too long")
  .pipe(z.email("Enter a valid email address, like nina@example.com"));

export const passwordRules = { minLength: 10, maxLength: 128 } as const;

export const signUpSchema = z.object({
  email: emailSchema,
  displayName: z
    .string()
    .trim()
    .min(2, "Your display name needs at least 2 characters")
    .max(40, "Keep your display name under 40 characters")
    .regex(/^[\p{L}\p{N} .,'()&-]+$/u, "Use letters, numbers, spaces and simple punctuation"),
  password: z
    .string()
    .min(passwordRules.minLength, `Use at least ${passwordRules.minLength} characters`)
    .max(passwordRules.maxLength, `Use at most ${passwordRules.maxLength} characters`),
  /** Where the collector lives: the destination of their parcels until they choose another. */
  country: countryCodeSchema,
});
export type SignUpInput = z.infer<typeof signUpSchema>;

export const signInSchema = z.object({
  email: emailSchema,
  password: z.string().min(1, "Enter your password").max(passwordRules.maxLength),
});
export type SignInInput = z.infer<typeof signInSchema>;

export const changePasswordSchema = z.object({
  currentPassword: z.string().min(1, "Enter your current password").max(passwordRules.maxLength),
  newPassword: z
    .string()
    .min(passwordRules.minLength, `Use at least ${passwordRules.minLength} characters`)
    .max(passwordRules.maxLength, `Use at most ${passwordRules.maxLength} characters`),
});
export type ChangePasswordInput = z.infer<typeof changePasswordSchema>;
