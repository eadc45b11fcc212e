import type { PedalCarItem } from "@/lib/catalogue/item-schemas";
import type { Comparable } from "./types";

// Shared by the tests: a fixed "now" and the reference pedal car (unused, late, AZLK 1993 plate).
export const now = new Date("2026-11-24T12:00:00Z");

export const referenceCar: PedalCarItem = {
  category: "pedal_car",
  era: "late_soft_tires",
  plate: "azlk_1993",
  condition: "unused",
  restored: false,
  windscreen: "intact",
  steeringWheel: "intact",
  customVersion: "none",
};

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
