import { describe, expect, it } from "vitest";
import { jsonLdText, listingStructuredData } from "./structured-data";

const base = {
  id: 42,
  title: "Moskvitch 412 pedal car, 1970s",
  description: "Original paint, all four wheels turn.",
  category: "pedal_car" as const,
  askingPriceCents: 125050,
  currency: "EUR",
  quantity: 1,
  view: "offered" as const,
  auction: null,
  sellerName: "Irina",
};
const site = { siteUrl: "https://market.example" };

describe("a listing's schema.org Product and Offer", () => {
  it("offers a fixed-price item in stock at its asking price, as a decimal in the listing's currency", () => {
    const data = listingStructuredData(base, { ...site, imageUrls: ["/photos/a-large.webp"] });
    expect(data).toMatchObject({
      "@context": "https://schema.org",
      "@type": "Product",
      name: base.title,
      url: "https://market.example/listings/42",
      image: ["https://market.example/photos/a-large.webp"],
      offers: {
        "@type": "Offer",
        price: "1250.50",
        priceCurrency: "EUR",
        availability: "https://schema.org/InStock",
      },
    });
    expect(data.offers).not.toHaveProperty("availabilityEnds");
  });

  it("says sold out for a sold listing and for one with nothing left on hand", () => {
    expect(listingStructuredData({ ...base, view: "sold" }, site).offers.availability).toBe(
      "https://schema.org/SoldOut",
    );
    expect(listingStructuredData({ ...base, quantity: 0 }, site).offers.availability).toBe(
      "https://schema.org/SoldOut",
    );
  });

  it("gives an open auction's current bid and its end time", () => {
    const auction = {
      priceCents: 9900,
      bidCount: 3,
      endsAt: "2026-12-05T18:00:00Z",
      reserve: "not_met" as const,
    };
    const data = listingStructuredData({ ...base, quantity: 1, auction }, site);
    expect(data.offers).toMatchObject({
      price: "99.00",
      availability: "https://schema.org/InStock",
      availabilityEnds: "2026-12-05T18:00:00Z",
    });
  });

  it("cannot be broken out of its script tag by a title", () => {
    const text = jsonLdText(listingStructuredData({ ...base, title: "</script><script>alert(1)" }, site));
    expect(text).not.toContain("</script>");
    expect(JSON.parse(text).name).toBe("</script><script>alert(1)");
  });
});
