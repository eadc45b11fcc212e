import { describe, expect, it } from "vitest";
import type { ClassicCarItem, Item, PartItem } from "@/lib/catalogue/item-schemas";
import { estimateShipping, routeBetween } from "./shipping";
import { referenceCar } from "./test-fixtures";
import { original412Sedan } from "@/lib/catalogue/examples";

const ship = (item: Item, to: string, from?: string, postalCode?: string) =>
  estimateShipping({ item, shipTo: { country: to, postalCode }, itemCountry: from }).cents;

describe("shipping", () => {
  it("charges a pedal car careful packing everywhere, more abroad than at home", () => {
    const home = ship(referenceCar, "US", "US");
    expect(home).toBeGreaterThanOrEqual(9_000);
    expect(home).toBeLessThanOrEqual(14_000);
    expect(ship(referenceCar, "CA", "US")).toBeGreaterThan(home);
    expect(ship(referenceCar, "GB", "US")).toBeGreaterThan(ship(referenceCar, "CA", "US"));
    expect(ship(referenceCar, "US", "US", "99501")).toBeGreaterThan(home);
  });

  it("reads country codes in any case and assumes a US item when its location is unknown", () => {
    expect(routeBetween("DE", "FR")).toBe("same_region");
    expect(routeBetween("DE", "US")).toBe("intercontinental");
    expect(ship(referenceCar, "us")).toBe(ship(referenceCar, "US", "US"));
    expect(estimateShipping({ item: referenceCar, shipTo: { country: "US" } }).reason).toMatch(
      /assuming the item is in the US/,
    );
  });

  it("estimates car transport by region", () => {
    const car: ClassicCarItem = original412Sedan;
    expect(ship(car, "DE", "DE")).toBeLessThan(ship(car, "FR", "DE"));
    expect(ship(car, "FR", "DE")).toBeLessThan(ship(car, "US", "DE"));
  });

  it("sends parts as small parcels, fragile ones padded at extra cost", () => {
    const bumper: PartItem = {
      category: "part",
      partType: "bumper",
      source: "used",
      condition: "good",
      fits: [{ category: "pedal_car" }],
    };
    expect(ship(bumper, "US", "US")).toBeLessThan(ship(referenceCar, "US", "US"));
    expect(ship({ ...bumper, partType: "windscreen" }, "US", "US")).toBeGreaterThan(ship(bumper, "US", "US"));
  });
});
