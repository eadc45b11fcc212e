import type { Item } from "@/lib/catalogue/item-schemas";

// A market segment is the set of sales one valuation compares against. Cached answers carry their
// segment's tag, and a sale recorded (or taken back) expires the tags of the segments it joins, so
// an answer stays cached until its own market moves. Keep these in step with the filters of
// findComparableSales (./queries.ts): a segment must hold every sale that query could pick.

function narrowSegment(item: Item): string | null {
  switch (item.category) {
    case "pedal_car":
      return item.era === "unknown" ? null : `pedal_car:${item.era}`;
    case "classic_car":
      return `classic_car:${item.model}`;
    case "toy":
      return `toy:${item.toy}`;
    case "part":
      return `part:${item.partType}`;
  }
}

/** The segment a valuation of this item reads: the narrow one, or the whole category when nothing narrows it. */
export function questionSegment(item: Item): string {
  return narrowSegment(item) ?? item.category;
}

/** The segments a sale of this item belongs to: its category (for questions nothing narrows) and its narrow one. */
export function saleSegments(item: Item): string[] {
  const narrow = narrowSegment(item);
  return narrow ? [item.category, narrow] : [item.category];
}
