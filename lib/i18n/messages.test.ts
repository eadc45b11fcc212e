import { describe, expect, it } from "vitest";
import en from "@/lib/i18n/words/en.json";
import ru from "@/lib/i18n/words/ru.json";

// Every message exists in both languages, with the same placeholders: a key in one file and not the
// other is a page half in English (or a Russian word nobody can read in English) waiting to happen.
// Keys used in code are checked by tsc against lib/i18n/words/en.json (lib/i18n/app-config.d.ts).

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

/** The names an ICU message fills in ({name}, {count, plural, …}, <strong>…</strong>). */
function placeholders(message: string): string[] {
  const names = new Set<string>();
  // A plural's branch ("one {item}") is text, not a name to fill in.
  const branch = /(?<!\b(?:zero|one|two|few|many|other|=\d+)\s*)/.source;
  for (const match of message.matchAll(new RegExp(`${branch}\\{\\s*([A-Za-z_][\\w]*)\\s*[,}]`, "g")))
    names.add(match[1]!);
  for (const match of message.matchAll(/<([a-z]+)>/g)) names.add(`<${match[1]!}>`);
  return [...names].sort();
}

const english = flatten(en);
const russian = flatten(ru);

describe("messages", () => {
  it("has every English key in Russian", () => {
    expect([...english.keys()].filter((key) => !russian.has(key))).toEqual([]);
  });

  it("has no Russian key that English lacks", () => {
    expect([...russian.keys()].filter((key) => !english.has(key))).toEqual([]);
  });

  it("fills in the same placeholders in both languages", () => {
    const differing = [...english].filter(
      ([key, message]) =>
        russian.has(key) && placeholders(message).join() !== placeholders(russian.get(key)!).join(),
    );
    expect(differing.map(([key]) => key)).toEqual([]);
  });

  it("gives Russian counts the forms for one, few and many", () => {
    const plurals = [...russian].filter(([, message]) => /,\s*plural\s*,/.test(message));
    for (const [key, message] of plurals) {
      expect(message, key).toMatch(/\bone\s*\{/);
      expect(message, key).toMatch(/\bfew\s*\{/);
      expect(message, key).toMatch(/\bmany\s*\{/);
    }
  });
});
