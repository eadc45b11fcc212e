import en from "@/lib/i18n/words/en.json";
import ru from "@/lib/i18n/words/ru.json";
import type { Locale } from "./routing";

// English is complete by definition (the typed key list is its file); another language's file may
// lack a message while it is being written, and the English one shows instead of a bare key.
export type Messages = typeof en;

type Tree = { [key: string]: string | Tree };

function withFallback(base: Tree, over: Tree): Tree {
  const merged: Tree = { ...base };
  for (const [key, value] of Object.entries(over)) {
    const fallback = base[key];
    merged[key] =
      typeof value === "object" && typeof fallback === "object" ? withFallback(fallback, value) : value;
  }
  return merged;
}

const russian = withFallback(en, ru) as Messages;

export function messagesFor(locale: Locale): Messages {
  return locale === "ru" ? russian : en;
}
