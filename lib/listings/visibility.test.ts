import { describe, expect, it } from "vitest";
import { canPreview, publicViewOf } from "./visibility";

describe("who sees a listing", () => {
  it("offers only live listings, shows sales as records, and hides the rest", () => {
    expect(publicViewOf({ status: "live", deletedAt: null })).toBe("offered");
    expect(publicViewOf({ status: "sold", deletedAt: null })).toBe("sold");
    expect(publicViewOf({ status: "ended", deletedAt: null })).toBe("sold");
    for (const status of ["draft", "withdrawn"])
      expect(publicViewOf({ status, deletedAt: null })).toBe("hidden");
    expect(publicViewOf({ status: "live", deletedAt: new Date() })).toBe("hidden");
  });

  it("lets the seller and admins preview a listing that is not deleted, and nobody else", () => {
    const listing = { sellerId: "seller", deletedAt: null };
    expect(canPreview(listing, { id: "seller", role: "user" })).toBe(true);
    expect(canPreview(listing, { id: "someone", role: "admin" })).toBe(true);
    expect(canPreview(listing, { id: "someone", role: "user" })).toBe(false);
    expect(canPreview(listing, null)).toBe(false);
    expect(canPreview({ ...listing, deletedAt: new Date() }, { id: "seller", role: "user" })).toBe(false);
  });
});
