import { defineCategory } from "../descriptor";
import { plateField, toyConditionField } from "./azlk-toy-fields";
import { choice } from "../fields";
import { toyKindLabels, toyKinds } from "../vocabulary";

// Other AZLK toys: the dump truck, the crane, the excavator.

export const toy = defineCategory({
  category: "toy",
  legend: "The toy",
  fields: [
    choice("toy", {
      label: "Which AZLK toy",
      name: "Toy",
      what: "which AZLK toy",
      values: toyKinds,
      labels: toyKindLabels,
      wide: true,
    }),
    plateField(),
    toyConditionField(),
  ],
});
