import type { Category } from "../vocabulary";
import { classicCar } from "./classic-car";
import { part } from "./part";
import { pedalCar } from "./pedal-car";
import { toy } from "./toy";

// Every category's descriptor, by category code.

export const descriptors = { pedal_car: pedalCar, classic_car: classicCar, toy, part } as const;

export function descriptorOf<C extends Category>(category: C): (typeof descriptors)[C] {
  return descriptors[category];
}

/** Fields a form may post several values of (ticked boxes): always lists, even with none ticked. */
export const manyValueKeys: ReadonlySet<string> = new Set(
  Object.values(descriptors).flatMap((d) =>
    (d.fields as readonly { kind: string; key: string }[]).filter((f) => f.kind === "many").map((f) => f.key),
  ),
);

export { classicCar, part, pedalCar, toy };
export { type PartFit } from "./part";
