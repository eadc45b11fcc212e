import type { NewSoldItem } from "@/db/schema";
import type { Item } from "@/lib/catalogue/item-schemas";

/** The columns search and valuation filter on, from an item's attributes. */
export function itemColumns(item: Item): Pick<NewSoldItem, "era" | "model" | "condition" | "year"> {
  switch (item.category) {
    case "pedal_car":
      return { era: item.era, model: null, condition: item.condition, year: item.year ?? null };
    case "classic_car":
      return { era: null, model: item.model, condition: String(item.conditionGrade), year: item.year };
    case "toy":
      return { era: null, model: item.toy, condition: item.condition, year: null };
    case "part":
      return { era: null, model: null, condition: item.condition, year: null };
  }
}
