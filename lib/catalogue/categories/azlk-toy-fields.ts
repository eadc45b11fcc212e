import { choice } from "../fields";
import { plateLabels, plates, toyConditionLabels, toyConditions } from "../vocabulary";

// The pedal car is an AZLK toy too: it and the others carry the same licence plate and are graded
// on the same condition scale, so both descriptors ask for them with these fields.

export const plateField = () =>
  choice("plate", {
    label: "Licence plate",
    name: "Plate",
    what: "the licence plate",
    values: plates,
    labels: plateLabels,
    valueDefault: "azlk_1993",
  });

export const toyConditionField = () =>
  choice("condition", {
    label: "Condition",
    what: "the condition",
    values: toyConditions,
    labels: toyConditionLabels,
    valueDefault: "excellent",
  });
