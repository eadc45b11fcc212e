// The one formatter for money: amounts are integer cents everywhere else. Written the reader's way
// ("$1,250" in English, "1 250 $" in Russian); the currency is always the amount's own.
const formatters = new Map<string, Intl.NumberFormat>();
const numberLocales: Record<string, string> = { en: "en-US", ru: "ru-RU" };

export function formatMoney(
  cents: number,
  currency: string = "USD",
  options: { cents?: boolean; locale?: string } = {},
): string {
  const showCents = options.cents ?? cents % 100 !== 0;
  const locale = numberLocales[options.locale ?? "en"] ?? "en-US";
  const key = `${locale}-${currency}-${showCents}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, {
      style: "currency",
      currency,
      minimumFractionDigits: showCents ? 2 : 0,
      maximumFractionDigits: showCents ? 2 : 0,
    });
    formatters.set(key, formatter);
  }
  return formatter.format(cents / 100);
}

/** Parses a price typed by a person ("350", "1,250.50", "$99") into integer cents without float error, or null. */
export function parseMoneyToCents(input: string): number | null {
  const cleaned = input.trim().replace(/[$€£\s,]/g, "");
  const match = /^(\d{1,9})(?:\.(\d{1,2}))?$/.exec(cleaned);
  if (!match) return null;
  const whole = Number(match[1]);
  const fraction = Number((match[2] ?? "").padEnd(2, "0"));
  return whole * 100 + fraction;
}
