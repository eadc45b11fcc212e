import { describe, expect, it } from "vitest";
import { canManage, isAdmin } from "./actor";

describe("who may manage a listing or an order", () => {
  const seller = { id: "seller", role: "user" as const };
  const admin = { id: "admin", role: "admin" as const };

  it("is its owner or an admin, nobody else", () => {
    expect(canManage(seller, "seller")).toBe(true);
    expect(canManage(admin, "seller")).toBe(true);
    expect(canManage({ id: "buyer", role: "user" }, "seller")).toBe(false);
    expect(canManage(null, "seller")).toBe(false);
    expect(canManage(seller, null)).toBe(false);
  });

  it("knows an admin by role only", () => {
    expect([isAdmin(admin), isAdmin(seller), isAdmin(null)]).toEqual([true, false, false]);
  });
});
