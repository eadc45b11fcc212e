import { describe, expect, it } from "vitest";
import { sitemapIndexXml, urlsetXml, uuidSlice } from "./xml";

describe("sitemap documents", () => {
  it("escapes addresses (a query's & among them)", () => {
    const xml = urlsetXml([
      { url: "https://m.example/listings?category=toy&q=<x>", lastModified: "2026-01-02" },
    ]);
    expect(xml).toContain(
      "<loc>https://m.example/listings?category=toy&amp;q=&lt;x&gt;</loc><lastmod>2026-01-02</lastmod>",
    );
    expect(sitemapIndexXml([{ url: "https://m.example/sitemaps/pages.xml" }])).toContain(
      "<sitemap><loc>https://m.example/sitemaps/pages.xml</loc></sitemap>",
    );
  });

  it("cuts the uuid space into slices that meet end to end and cover it all", () => {
    expect(uuidSlice(0, 1)).toEqual({ from: "00000000-0000-0000-0000-000000000000", to: null });
    expect(uuidSlice(0, 4)).toEqual({
      from: "00000000-0000-0000-0000-000000000000",
      to: "40000000-0000-0000-0000-000000000000",
    });
    expect(uuidSlice(3, 4)).toEqual({ from: "c0000000-0000-0000-0000-000000000000", to: null });
    for (let i = 0; i < 6; i++) expect(uuidSlice(i, 7).to).toBe(uuidSlice(i + 1, 7).from);
  });
});
