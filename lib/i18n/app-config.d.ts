import type { Messages } from "./messages";
import type { Locale } from "./routing";

// Types every message key and argument: useTranslations("Home")("title") fails to compile when
// lib/i18n/words/en.json has no such key.
declare module "next-intl" {
  interface AppConfig {
    Locale: Locale;
    Messages: Messages;
  }
}
