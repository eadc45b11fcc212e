import { defineCategory } from "../descriptor";
import { choice, dependentChoice, listingOnly, many, text, wholeNumber } from "../fields";
import {
  classicModelCodes,
  classicModels,
  getBodyVariant,
  getClassicModel,
  knownIssueLabels,
  knownIssues,
  modelYearsLabel,
  plantLabels,
  plants,
} from "../models";
import {
  conditionGradeLabels,
  conditionGrades,
  documentKindLabels,
  documentKinds,
  exportVersionLabels,
  exportVersions,
  originalities,
  originalityLabels,
} from "../vocabulary";

// Real Moskvitch cars, KIM-10 to the 2141.

export const classicCar = defineCategory({
  category: "classic_car",
  legend: "The car",
  fields: [
    choice("model", {
      label: "Model",
      what: "the Moskvitch model",
      values: classicModelCodes,
      labels: (code) => {
        const model = getClassicModel(code)!;
        return `${model.name} (${modelYearsLabel(model)})`;
      },
      valueDefault: "412",
      describe: { value: (code: string) => getClassicModel(code)?.name ?? code },
    }),
    dependentChoice("body", {
      label: "Body variant",
      name: "Body",
      what: "the body variant",
      dependsOn: "model",
      optionsFor: (model) =>
        (classicModels.find((m) => m.code === model)?.bodies ?? []).map((b) => ({
          value: b.code,
          label: b.name,
        })),
      waitingText: "Choose the model first",
      maxLength: 40,
      describe: { value: (body: string, item) => getBodyVariant(String(item.model), body)?.name ?? body },
    }),
    wholeNumber("year", {
      label: "Year",
      what: "the year",
      min: 1930,
      max: () => new Date().getUTCFullYear(),
    }),
    choice("plant", {
      label: "Plant, if known",
      what: "the plant",
      presence: "optional",
      placeholder: "Not known",
      values: plants,
      labels: plantLabels,
      describe: false,
    }),
    choice("conditionGrade", {
      label: "Condition grade",
      what: "the condition grade",
      values: conditionGrades,
      labels: conditionGradeLabels,
      valueDefault: "3",
      formerUrlNames: ["grade"],
    }),
    choice("originality", {
      label: "Originality",
      what: "the originality",
      values: originalities,
      labels: originalityLabels,
      valueDefault: "original",
    }),
    choice("exportVersion", {
      label: "Export version",
      what: "the export version",
      values: exportVersions,
      labels: exportVersionLabels,
      // The API takes a car left without one as domestic; the forms ask.
      presence: "defaulted",
      fallback: "none",
      valueDefault: "none",
      formerUrlNames: ["export_version"],
    }),
    wholeNumber("mileageKm", {
      label: "Mileage (km)",
      name: "Mileage",
      what: "the mileage",
      presence: "optional",
      min: 0,
      max: 2_000_000,
      formerUrlNames: ["mileage_km"],
      describe: { value: (km: number) => `${km.toLocaleString("en-US")} km` },
    }),
    listingOnly(
      text("vin", {
        label: "VIN or body number",
        what: "the VIN or body number",
        presence: "optional",
        maxLength: 30,
        pattern: { regex: /^[A-Za-z0-9 -]+$/, message: "Use letters, digits, spaces and dashes only" },
      }),
    ),
    many("knownIssues", {
      label: "Known issues",
      what: "a known issue",
      values: knownIssues,
      labels: knownIssueLabels,
      formerUrlNames: ["issues"],
      describe: {
        value: (issues: string[]) =>
          issues.length
            ? issues.map((i) => knownIssueLabels[i as keyof typeof knownIssueLabels] ?? i).join(", ")
            : "None declared",
      },
    }),
    listingOnly(
      many("documents", {
        label: "Documents that come with it",
        what: "a document",
        values: documentKinds,
        labels: documentKindLabels,
      }),
    ),
  ],
});
