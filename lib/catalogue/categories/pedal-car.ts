import { defineCategory } from "../descriptor";
import { plateField, toyConditionField } from "./azlk-toy-fields";
import { choice, listingOnly, text, wholeNumber, yesNo } from "../fields";
import {
  customVersionLabels,
  customVersions,
  partStateLabels,
  partStates,
  pedalCarEraLabels,
  pedalCarEras,
  pedalCarProduction,
} from "../vocabulary";

// The AZLK pedal car (1973-1994): what a collector says about one, once for every form, schema and description.

const made = `AZLK made the pedal car from ${pedalCarProduction.from} to ${pedalCarProduction.to}`;

export const pedalCar = defineCategory({
  category: "pedal_car",
  legend: "The pedal car",
  fields: [
    choice("era", {
      label: "Era",
      what: "the era",
      values: pedalCarEras,
      labels: pedalCarEraLabels,
      hint: "Aluminum bumpers mean an early car; soft tires with more sidewall mean a late one.",
      valueDefault: "late_soft_tires",
      wide: true,
    }),
    wholeNumber("year", {
      label: "Production year, if known",
      name: "Year",
      what: "the production year",
      presence: "optional",
      min: pedalCarProduction.from,
      max: pedalCarProduction.to,
      rangeMessage: made,
    }),
    plateField(),
    toyConditionField(),
    yesNo("restored", {
      label: "Restored?",
      name: "Restored",
      what: "whether it has been restored",
      yes: "Restored",
      no: "Original, not restored",
      valueDefault: "no",
      describe: { value: (restored: boolean) => (restored ? "Yes, declared by the seller" : "No, original") },
    }),
    listingOnly(
      text("restoredBy", {
        label: "Restored by (if restored)",
        what: "who restored it",
        presence: "optional",
        maxLength: 120,
      }),
    ),
    listingOnly(
      text("replacedParts", {
        label: "Parts replaced (if any)",
        what: "what was replaced",
        presence: "optional",
        maxLength: 500,
        hint: "e.g. rear tires, windscreen (reproduction)",
      }),
    ),
    choice("windscreen", {
      label: "Windscreen",
      what: "the windscreen",
      values: partStates,
      labels: partStateLabels,
      valueDefault: "intact",
    }),
    choice("steeringWheel", {
      label: "Steering wheel",
      what: "the steering wheel",
      values: partStates,
      labels: partStateLabels,
      valueDefault: "intact",
      formerUrlNames: ["steering_wheel"],
    }),
    choice("customVersion", {
      label: "Custom emergency version",
      name: "Version",
      what: "the custom version",
      values: customVersions,
      labels: customVersionLabels,
      valueDefault: "none",
      formerUrlNames: ["custom_version"],
      describe: {
        value: (version: (typeof customVersions)[number], item) =>
          version === "none"
            ? "Standard"
            : `${customVersionLabels[version]} custom${item.lightsWorking === undefined ? "" : item.lightsWorking ? ", lights working" : ", lights not working"}`,
      },
    }),
    yesNo("lightsWorking", {
      label: "Emergency lights work?",
      what: "whether the emergency lights work",
      presence: "optional",
      placeholder: "Not applicable",
      valueDefault: "no",
      formerUrlNames: ["lights_working"],
      // Told with the version.
      describe: false,
    }),
  ],
});
