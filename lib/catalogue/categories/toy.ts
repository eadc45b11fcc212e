import { defineCategory } from "../descriptor";
import { choice } from "../fields";
import {
  plateLabels,
  plates,
  toyConditionLabels,
  toyConditions,
  toyKindLabels,
  toyKinds,
} from "../vocabulary";

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
    choice("plate", {
      label: "Licence plate",
      name: "Plate",
      what: "the licence plate",
      values: plates,
      labels: plateLabels,
      valueDefault: "azlk_1993",
    }),
    choice("condition", {
      label: "Condition",
      what: "the condition",
      values: toyConditions,
      labels: toyConditionLabels,
      valueDefault: "excellent",
    }),
  ],
});
