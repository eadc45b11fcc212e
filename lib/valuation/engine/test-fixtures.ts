import type { Comparable } from "./types";
import { unusedLatePedalCar as referenceCar } from "@/lib/catalogue/examples";

// Shared by the tests: a fixed "now" and the reference pedal car (the catalogue's unused late AZLK 1993 car).
export const now = new Date("2026-11-24T12:00:00Z");

export { referenceCar };

export const monthsAgo = (months: number) => new Date(now.getTime() - months * 30.44 * 86_400_000);

export const sale = (
  priceCents: number,
  months: number,
  item: Comparable["item"] = referenceCar,
): Comparable => ({
  title: `Pedal car sold ${months} months ago`,
  soldPriceCents: priceCents,
  soldAt: monthsAgo(months),
  item,
  country: "US",
});
