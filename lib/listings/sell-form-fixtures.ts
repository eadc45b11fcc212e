import { formDataToListingInput } from "./form-input";

// For the tests: what the sell form posts (every field a string, blanks for what the seller has not
// filled in yet), here for the unused late pedal car at $350, sent from the US.

export const pedalCarSellFields = {
  category: "pedal_car",
  title: "",
  era: "late_soft_tires",
  year: "",
  plate: "azlk_1993",
  condition: "unused",
  restored: "no",
  windscreen: "intact",
  steeringWheel: "intact",
  customVersion: "none",
  lightsWorking: "",
  price: "350",
  currency: "USD",
  country: "US",
};

/** The listing input the server reads from a posted sell form. */
export function postedSellForm(fields: Record<string, string | string[]>) {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields))
    for (const one of Array.isArray(value) ? value : [value]) data.append(name, one);
  return formDataToListingInput(data);
}
