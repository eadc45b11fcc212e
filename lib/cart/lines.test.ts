import { describe, expect, it } from "vitest";
import { lineProblem, type LineState } from "./lines";

const live: LineState = {
  quantity: 1,
  stock: 3,
  status: "live",
  saleFormat: "fixed_price",
  deleted: false,
  category: "part",
  shippingOptions: [],
};

describe("what stops a cart line from being bought", () => {
  it("names sold-out, short and withdrawn lines in the buyer's words", () => {
    expect(lineProblem(live)).toBeNull();
    expect(lineProblem({ ...live, stock: 0 })).toBe("Sold out.");
    expect(lineProblem({ ...live, category: "pedal_car", stock: 0 })).toBe(
      "Sold out: another collector got there first.",
    );
    expect(lineProblem({ ...live, status: "sold", category: "toy", stock: 0 })).toMatch(/^Sold out/);
    expect(lineProblem({ ...live, quantity: 5 })).toBe("Only 3 left: lower the quantity.");
    expect(lineProblem({ ...live, status: "withdrawn" })).toBe("No longer for sale.");
    expect(lineProblem({ ...live, deleted: true })).toBe("No longer for sale.");
  });
});
