import { hash, verify } from "@node-rs/argon2";
import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import * as zxcvbnCommon from "@zxcvbn-ts/language-common";
import * as zxcvbnEnglish from "@zxcvbn-ts/language-en";
import { getEnv } from "@/lib/kernel/env";

// argon2id with the library's defaults (19 MiB, 2 passes): OWASP's recommended floor. The test
// suite asks for the cheapest cost instead (PASSWORD_HASH_COST=test, refused in production); a hash
// carries its own cost, so verifying works the same either way.
const testCost = { memoryCost: 1024, timeCost: 1, parallelism: 1 } as const;
const hashOptions = () => (getEnv().PASSWORD_HASH_COST === "test" ? testCost : undefined);

export function hashPassword(password: string): Promise<string> {
  return hash(password, hashOptions());
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

// A hash of a random password, checked when the email is unknown so both paths take the same time.
let decoyHash: Promise<string> | undefined;
export function getDecoyHash(): Promise<string> {
  decoyHash ??= hash(crypto.randomUUID(), hashOptions());
  return decoyHash;
}

let strengthChecker: ZxcvbnFactory | undefined;
function getStrengthChecker(): ZxcvbnFactory {
  strengthChecker ??= new ZxcvbnFactory({
    dictionary: { ...zxcvbnCommon.dictionary, ...zxcvbnEnglish.dictionary },
    graphs: zxcvbnCommon.adjacencyGraphs,
    translations: zxcvbnEnglish.translations,
  });
  return strengthChecker;
}

/** Returns a message when the password is too easy to guess (zxcvbn score below 3), else null. */
export async function checkPasswordStrength(password: string, userInputs: string[]): Promise<string | null> {
  const result = await getStrengthChecker().checkAsync(password, userInputs);
  if (result.score >= 3) return null;
  const suggestion = result.feedback.warning || result.feedback.suggestions[0];
  return `This password is too easy to guess${suggestion ? `: ${suggestion}` : ""}. Try a few unrelated words together.`;
}
