import type { ClassicCarItem, PedalCarItem } from "./item-schemas";

// The pedal car collectors ask about most: unused, late soft tires, the 1993 AZLK plate, all original.
// The demo sales, the tests and the benches all value this one car, so it is written down once.
export const unusedLatePedalCar: PedalCarItem = {
  category: "pedal_car",
  era: "late_soft_tires",
  plate: "azlk_1993",
  condition: "unused",
  restored: false,
  windscreen: "intact",
  steeringWheel: "intact",
  customVersion: "none",
};

// A 1975 Moskvitch 412 sedan in grade 2, original, with nothing known wrong: the tests' classic car.
export const original412Sedan: ClassicCarItem = {
  category: "classic_car",
  model: "412",
  body: "sedan",
  year: 1975,
  conditionGrade: 2,
  originality: "original",
  knownIssues: [],
  exportVersion: "none",
};
