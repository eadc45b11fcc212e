import { describe, expect, it } from "vitest";
import { checkPasswordStrength, hashPassword, verifyPassword } from "./password";

// Without PASSWORD_HASH_COST (as in production) a password gets the full argon2id cost.

describe("password hashes", { timeout: 30_000 }, () => {
  it("are argon2id at 19 MiB and 2 passes, and check only the right password", async () => {
    const hash = await hashPassword("red pedal car in the garage");
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyPassword(hash, "red pedal car in the garage")).toBe(true);
    expect(await verifyPassword(hash, "red pedal car in the garden")).toBe(false);
  });

  it("treat a damaged stored hash as a wrong password, not an error", async () => {
    expect(await verifyPassword("not-a-hash", "anything")).toBe(false);
  });
});

// The first check builds the dictionaries, which takes seconds on a busy machine.
describe("password strength", { timeout: 30_000 }, () => {
  it("refuses a guessable password, and one made of the collector's own name or email", async () => {
    expect(await checkPasswordStrength("password123", [])).toMatch(/too easy to guess/);
    expect(await checkPasswordStrength("ninapetrova1978", ["ninapetrova"])).toMatch(/too easy to guess/);
  });

  it("takes a few unrelated words", async () => {
    expect(await checkPasswordStrength("copper violin harbour sledge", [])).toBeNull();
  });
});
