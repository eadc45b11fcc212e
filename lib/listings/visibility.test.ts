import { describe, expect, it } from "vitest";
import { canPreview, publicViewOf } from "./visibility";

describe("who sees a listing", () => {
  it("offers only live listings, shows sales as records, and hides the rest", () => {
    expect(publicViewOf({ status: "live", deletedAt: null, hiddenAt: null })).toBe("offered");
    expect(publicViewOf({ status: "sold", deletedAt: null, hiddenAt: null })).toBe("sold");
    expect(publicViewOf({ status: "ended", deletedAt: null, hiddenAt: null })).toBe("sold");
    for (const status of ["draft", "withdrawn"])
      expect(publicViewOf({ status, deletedAt: null, hiddenAt: null })).toBe("hidden");
    expect(publicViewOf({ status: "live", deletedAt: new Date(), hiddenAt: null })).toBe("hidden");
    // Hidden by an admin: gone from the public whatever its status, a sale's record too.
    for (const status of ["live", "sold", "ended"])
      expect(publicViewOf({ status, deletedAt: null, hiddenAt: new Date() })).toBe("hidden");
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
