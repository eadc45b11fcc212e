import { describe, expect, it } from "vitest";
import { shippingRates } from "@/lib/valuation/engine/shipping";
import { packingCentsFor, platformFeeCents, priceLine, shippingOptionFor, sumLines } from "./pricing";

const pedalFromUS = [
  { destination: "US", priceCents: 11500, label: "Crated" },
  { destination: "WORLD", priceCents: 26000 },
];

describe("pricing a line from the seller's figures", () => {
  it("uses the buyer's country first, then the seller's WORLD price, else refuses", () => {
    expect(shippingOptionFor(pedalFromUS, "us")?.priceCents).toBe(11500);
    expect(shippingOptionFor(pedalFromUS, "GB")?.priceCents).toBe(26000);
    expect(shippingOptionFor([{ destination: "EE", priceCents: 400 }], "GB")).toBeNull();
    expect(
      priceLine(
        {
          category: "part",
          askingPriceCents: 4500,
          quantity: 1,
          shippingOptions: [{ destination: "EE", priceCents: 400 }],
        },
        "GB",
      ),
    ).toEqual({
      ok: false,
      message: "The seller does not ship to United Kingdom.",
    });
  });

  it("adds the pedal car's careful packing to its shipping, per car", () => {
    const priced = priceLine(
      { category: "pedal_car", askingPriceCents: 35000, quantity: 1, shippingOptions: pedalFromUS },
      "US",
    );
    expect(priced.ok && priced.line).toMatchObject({
      itemsCents: 35000,
      packingCents: shippingRates.pedal_car.packing,
      shippingCents: 11500 + shippingRates.pedal_car.packing,
    });
    expect(packingCentsFor("part", 3)).toBe(0);
    expect(packingCentsFor("pedal_car", 2)).toBe(2 * shippingRates.pedal_car.packing);
  });

  it("ships a line of parts as one parcel and sums lines into integer-cent totals", () => {
    const tires = priceLine(
      {
        category: "part",
        askingPriceCents: 2200,
        quantity: 4,
        shippingOptions: [{ destination: "WORLD", priceCents: 1400 }],
      },
      "GB",
    );
    const screen = priceLine(
      {
        category: "part",
        askingPriceCents: 4500,
        quantity: 1,
        shippingOptions: [{ destination: "WORLD", priceCents: 1400 }],
      },
      "GB",
    );
    expect(tires.ok && screen.ok).toBe(true);
    if (!tires.ok || !screen.ok) return;
    expect(sumLines([tires.line, screen.line])).toEqual({
      itemsCents: 13300,
      shippingCents: 2800,
      packingCents: 0,
      totalCents: 16100,
    });
  });

  it("rounds the platform fee to the cent and never beyond the total", () => {
    expect(platformFeeCents(16100, 10)).toBe(1610);
    expect(platformFeeCents(999, 12.5)).toBe(125);
    expect(platformFeeCents(100, 50)).toBe(50);
    expect(platformFeeCents(0, 10)).toBe(0);
  });
});
