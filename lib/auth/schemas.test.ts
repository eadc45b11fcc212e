import { describe, expect, it } from "vitest";
import { changePasswordSchema, passwordRules, signInSchema, signUpSchema } from "./schemas";

// What the sign-up, sign-in and change-password forms accept, and the words each refusal uses.

const nina = {
  email: "  Nina.Petrova@Example.COM ",
  displayName: "Nina P.",
  password: "red pedal car in the garage",
  country: "GB",
};

function fieldErrors(result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}) {
  return Object.fromEntries(
    (result.error?.issues ?? []).map((issue) => [issue.path.join("."), issue.message]),
  );
}

describe("sign-up", () => {
  it("keeps the email trimmed and in lower case, so one address is one account", () => {
    const parsed = signUpSchema.parse(nina);
    expect(parsed).toMatchObject({
      email: "nina.petrova@example.com",
      displayName: "Nina P.",
      country: "GB",
    });
  });

  it("names each field that is wrong, in the collector's words", () => {
    const result = signUpSchema.safeParse({
      email: "nina-at-example",
      displayName: "N",
      password: "short",
      country: "",
    });
    expect(fieldErrors(result)).toEqual({
      email: "Enter a valid email address, like nina@example.com",
      displayName: "Your display name needs at least 2 characters",
      password: `Use at least ${passwordRules.minLength} characters`,
      country: expect.any(String),
    });
  });

  it("asks for an email that is not there at all", () => {
    expect(fieldErrors(signUpSchema.safeParse({ ...nina, email: "   " })).email).toBe(
      "Enter your email address",
    );
  });

  it("takes names in any alphabet with simple punctuation, and refuses markup and symbols", () => {
    for (const displayName of ["Сергей", "O'Neil & Sons", "Garage (Tallinn)", "Jean-Luc 2"]) {
      expect(signUpSchema.safeParse({ ...nina, displayName }).success, displayName).toBe(true);
    }
    for (const displayName of ["<b>Nina</b>", "nina@example", "Nina 🚗", "x".repeat(41)]) {
      expect(signUpSchema.safeParse({ ...nina, displayName }).success, displayName).toBe(false);
    }
  });

  it("bounds the password at both ends", () => {
    expect(signUpSchema.safeParse({ ...nina, password: "x".repeat(passwordRules.minLength) }).success).toBe(
      true,
    );
    expect(signUpSchema.safeParse({ ...nina, password: "x".repeat(passwordRules.maxLength) }).success).toBe(
      true,
    );
    expect(
      fieldErrors(signUpSchema.safeParse({ ...nina, password: "x".repeat(passwordRules.maxLength + 1) }))
        .password,
    ).toBe(`Use at most ${passwordRules.maxLength} characters`);
  });

  it("refuses an address over 254 characters", () => {
    const long = `${"a".repeat(250)}@example.com`;
    expect(fieldErrors(signUpSchema.safeParse({ ...nina, email: long })).email).toBe(
      "That email address is too long",
    );
  });

  it("takes a country name or code and keeps the code", () => {
    expect(signUpSchema.parse({ ...nina, country: "gb" }).country).toBe("GB");
    expect(signUpSchema.safeParse({ ...nina, country: "Atlantis" }).success).toBe(false);
  });
});

describe("sign-in", () => {
  it("asks for the password and does not judge its strength", () => {
    expect(fieldErrors(signInSchema.safeParse({ email: "nina@example.com", password: "" }))).toEqual({
      password: "Enter your password",
    });
    expect(signInSchema.safeParse({ email: "NINA@example.com", password: "x" })).toMatchObject({
      success: true,
      data: { email: "nina@example.com" },
    });
  });

  it("refuses a password longer than any account can have, before hashing it", () => {
    expect(
      signInSchema.safeParse({ email: "nina@example.com", password: "x".repeat(passwordRules.maxLength + 1) })
        .success,
    ).toBe(false);
  });
});

describe("changing the password", () => {
  it("needs the current password and a new one of the sign-up length", () => {
    expect(
      fieldErrors(changePasswordSchema.safeParse({ currentPassword: "", newPassword: "short" })),
    ).toEqual({
      currentPassword: "Enter your current password",
      newPassword: `Use at least ${passwordRules.minLength} characters`,
    });
  });
});
