// next-intl's types: message keys and format names are checked at compile time against English.
import type { Messages } from "./lib/i18n/messages";
import type { Locale } from "./lib/i18n/locales";
import type { FORMATS } from "./lib/i18n/formats";

declare module "next-intl" {
  interface AppConfig {
    Locale: Locale;
    Messages: Messages;
    Formats: typeof FORMATS;
  }
}
