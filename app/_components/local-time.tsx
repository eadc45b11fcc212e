"use client";

import { useLocale, useTranslations } from "next-intl";
import { useSyncExternalStore } from "react";

// Times as the viewer lives them. The server (and every cached page) writes UTC and says so; once the
// page runs in a browser the same moment is shown in the browser's own zone, named.

const styles = {
  /** "2 Dec 2026, 14:05" */
  dateTime: { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit" },
  /** "2 Dec 2026, 14:05:09", where a second decides (an auction's end, a bid). */
  dateTimeSeconds: {
    day: "numeric",
    month: "short",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  },
  /** "14:05" */
  time: { hour: "2-digit", minute: "2-digit" },
  /** "2 Dec 2026" */
  date: { day: "numeric", month: "short", year: "numeric" },
} satisfies Record<string, Intl.DateTimeFormatOptions>;
export type TimeStyle = keyof typeof styles;

// Day before month in English too, as collectors outside the US read it; Russian writes its own way.
const dateLocales: Record<string, string> = { en: "en-GB", ru: "ru-RU" };

/** A moment in words in one zone, the zone named ("2 Dec 2026, 16:05 EET"); dates alone carry no zone. */
export function formatMoment(at: Date, style: TimeStyle, timeZone: string, locale = "en"): string {
  const options: Intl.DateTimeFormatOptions = { ...styles[style], timeZone };
  if (style !== "date") options.timeZoneName = "short";
  return new Intl.DateTimeFormat(dateLocales[locale] ?? "en-GB", options).format(at);
}

const noSubscription = () => () => {};
const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;
const serverZone = () => "UTC";

/** The viewer's time zone in the browser, "UTC" on the server and while the page hydrates. */
export function useViewerTimeZone(): string {
  return useSyncExternalStore(noSubscription, browserZone, serverZone);
}

export function LocalTime({ at, style = "dateTime" }: { at: Date | string; style?: TimeStyle }) {
  const zone = useViewerTimeZone();
  const locale = useLocale();
  const t = useTranslations("Time");
  const moment = typeof at === "string" ? new Date(at) : at;
  return (
    <time dateTime={moment.toISOString()} title={zone === "UTC" ? undefined : t("yourZone", { zone })}>
      {formatMoment(moment, style, zone, locale)}
    </time>
  );
}
