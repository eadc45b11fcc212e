import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ListingFacts } from "@/app/_components/listings/listing-facts";

// What the seller wrote under "restored by" and "parts replaced" reaches buyers, as plain text.

const restoredCar = {
  category: "pedal_car",
  era: "plastic_bumpers",
  plate: "none",
  condition: "excellent",
  restored: true,
  windscreen: "intact",
  steeringWheel: "intact",
  customVersion: "none",
  restoredBy: "Sergei's garage <b>NJ</b>",
  replacedParts: "Rear tires, pedal bushings",
};

describe("the listing's facts", () => {
  it("show who restored the item and which parts were replaced, escaped", () => {
    const html = renderToStaticMarkup(createElement(ListingFacts, { attributes: restoredCar }));
    expect(html).toContain("<dt>Restored by</dt><dd>Sergei&#x27;s garage &lt;b&gt;NJ&lt;/b&gt;</dd>");
    expect(html).toContain("<dt>Parts replaced</dt><dd>Rear tires, pedal bushings</dd>");
  });

  it("leave both out when the seller wrote nothing", () => {
    const html = renderToStaticMarkup(
      createElement(ListingFacts, {
        attributes: { ...restoredCar, restoredBy: "  ", replacedParts: undefined },
      }),
    );
    expect(html).not.toContain("Restored by");
    expect(html).not.toContain("Parts replaced");
  });
});
