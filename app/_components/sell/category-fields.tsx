"use client";

import { useState } from "react";
import { originalities, partConditions } from "@/lib/catalogue/item-schemas";
import { classicModels, modelYearsLabel, knownIssueLabels, knownIssues } from "@/lib/catalogue/models";
import {
  conditionGradeLabels,
  conditionGrades,
  customVersionLabels,
  customVersions,
  exportVersionLabels,
  exportVersions,
  partSourceLabels,
  partSources,
  partStates,
  partTypeLabels,
  partTypes,
  pedalCarEraLabels,
  pedalCarEras,
  plateLabels,
  plates,
  toyConditionLabels,
  toyConditions,
  toyKindLabels,
  toyKinds,
  type Category,
} from "@/lib/catalogue/vocabulary";
import { documentKindLabels, documentKinds } from "@/lib/listings/schema-fields";
import { CheckboxGroup, FieldSet, SelectField, TextField, toOptions, yesNoOptions } from "./fields";
import { PartFitRows } from "./part-fit-rows";

// The fields that belong to one category. Only the chosen category's fields are in the form, so
// the server never sees a pedal car's era on a spare part.

export type FormValues = { text: (name: string) => string | undefined; list: (name: string) => string[]; raw: Record<string, unknown> };
type Props = { values: FormValues; errors: Record<string, string> };

const stateLabels = { intact: "Present and intact", damaged: "Present, damaged", missing: "Missing" } as const;
const originalityLabels = { original: "Original", mostly_original: "Mostly original", modified: "Modified" } as const;
const partConditionLabels = { new: "New", excellent: "Excellent", good: "Good", fair: "Fair", poor: "Poor" } as const;

function PedalCarFields({ values: v, errors: e }: Props) {
  return (
    <FieldSet legend="The pedal car">
      <SelectField name="era" label="Era" options={toOptions(pedalCarEras, pedalCarEraLabels)} defaultValue={v.text("era")} error={e.era} required hint="Aluminum bumpers mean an early car; soft tires with more sidewall mean a late one." />
      <div className="field-row">
        <TextField name="year" label="Production year, if known" inputMode="numeric" defaultValue={v.text("year")} error={e.year} maxLength={4} />
        <SelectField name="plate" label="Licence plate" options={toOptions(plates, plateLabels)} defaultValue={v.text("plate")} error={e.plate} required />
      </div>
      <div className="field-row">
        <SelectField name="condition" label="Condition" options={toOptions(toyConditions, toyConditionLabels)} defaultValue={v.text("condition")} error={e.condition} required />
        <SelectField name="restored" label="Restored?" options={[{ value: "yes", label: "Restored" }, { value: "no", label: "Original, not restored" }]} defaultValue={v.text("restored")} error={e.restored} required />
      </div>
      <div className="field-row">
        <TextField name="restoredBy" label="Restored by (if restored)" defaultValue={v.text("restoredBy")} error={e.restoredBy} maxLength={120} />
        <TextField name="replacedParts" label="Parts replaced (if any)" defaultValue={v.text("replacedParts")} error={e.replacedParts} maxLength={500} hint="e.g. rear tires, windscreen (reproduction)" />
      </div>
      <div className="field-row">
        <SelectField name="windscreen" label="Windscreen" options={toOptions(partStates, stateLabels)} defaultValue={v.text("windscreen")} error={e.windscreen} required />
        <SelectField name="steeringWheel" label="Steering wheel" options={toOptions(partStates, stateLabels)} defaultValue={v.text("steeringWheel")} error={e.steeringWheel} required />
      </div>
      <div className="field-row">
        <SelectField name="customVersion" label="Custom emergency version" options={toOptions(customVersions, customVersionLabels)} defaultValue={v.text("customVersion")} error={e.customVersion} required />
        <SelectField name="lightsWorking" label="Emergency lights work?" options={yesNoOptions} placeholder="Not applicable" defaultValue={v.text("lightsWorking")} error={e.lightsWorking} />
      </div>
    </FieldSet>
  );
}

function ClassicCarFields({ values: v, errors: e }: Props) {
  const [model, setModel] = useState(v.text("model") ?? "");
  const bodies = classicModels.find((m) => m.code === model)?.bodies ?? [];
  return (
    <FieldSet legend="The car">
      <div className="field-row">
        <SelectField
          name="model"
          label="Model"
          options={classicModels.map((m) => ({ value: m.code, label: `${m.name} (${modelYearsLabel(m)})` }))}
          value={model}
          onChange={setModel}
          error={e.model}
          required
        />
        <SelectField key={model} name="body" label="Body variant" options={bodies.map((b) => ({ value: b.code, label: b.name }))} defaultValue={v.text("body")} error={e.body} required placeholder={model ? "Choose…" : "Choose the model first"} />
      </div>
      <div className="field-row">
        <TextField name="year" label="Year" inputMode="numeric" defaultValue={v.text("year")} error={e.year} maxLength={4} required />
        <TextField name="mileageKm" label="Mileage (km)" inputMode="numeric" defaultValue={v.text("mileageKm")} error={e.mileageKm} />
      </div>
      <div className="field-row">
        <SelectField name="conditionGrade" label="Condition grade" options={toOptions(conditionGrades, conditionGradeLabels)} defaultValue={v.text("conditionGrade")} error={e.conditionGrade} required />
        <SelectField name="originality" label="Originality" options={toOptions(originalities, originalityLabels)} defaultValue={v.text("originality")} error={e.originality} required />
      </div>
      <div className="field-row">
        <SelectField name="exportVersion" label="Export version" options={toOptions(exportVersions, exportVersionLabels)} defaultValue={v.text("exportVersion")} error={e.exportVersion} required />
        <TextField name="vin" label="VIN or body number" defaultValue={v.text("vin")} error={e.vin} maxLength={30} />
      </div>
      <CheckboxGroup name="knownIssues" label="Known issues" options={toOptions(knownIssues, knownIssueLabels)} checked={v.list("knownIssues")} error={e.knownIssues} />
      <CheckboxGroup name="documents" label="Documents that come with it" options={toOptions(documentKinds, documentKindLabels)} checked={v.list("documents")} error={e.documents} />
    </FieldSet>
  );
}

function ToyFields({ values: v, errors: e }: Props) {
  return (
    <FieldSet legend="The toy">
      <SelectField name="toy" label="Which AZLK toy" options={toOptions(toyKinds, toyKindLabels)} defaultValue={v.text("toy")} error={e.toy} required />
      <div className="field-row">
        <SelectField name="plate" label="Licence plate" options={toOptions(plates, plateLabels)} defaultValue={v.text("plate")} error={e.plate} required />
        <SelectField name="condition" label="Condition" options={toOptions(toyConditions, toyConditionLabels)} defaultValue={v.text("condition")} error={e.condition} required />
      </div>
    </FieldSet>
  );
}

function PartFields({ values: v, errors: e }: Props) {
  return (
    <FieldSet legend="The part">
      <div className="field-row">
        <SelectField name="partType" label="Part type" options={toOptions(partTypes, partTypeLabels)} defaultValue={v.text("partType")} error={e.partType} required />
        <SelectField name="source" label="New old stock, used or reproduction" options={toOptions(partSources, partSourceLabels)} defaultValue={v.text("source")} error={e.source} required />
      </div>
      <div className="field-row">
        <SelectField name="condition" label="Condition" options={toOptions(partConditions, partConditionLabels)} defaultValue={v.text("condition")} error={e.condition} required />
        <TextField name="quantity" label="Quantity in stock" inputMode="numeric" defaultValue={v.text("quantity") ?? "1"} error={e.quantity} required />
      </div>
      <PartFitRows initial={(v.raw.fits as Record<string, string>[] | undefined) ?? []} errors={e} />
    </FieldSet>
  );
}

export function CategoryFields({ category, ...props }: Props & { category: Category }) {
  switch (category) {
    case "pedal_car":
      return <PedalCarFields {...props} />;
    case "classic_car":
      return <ClassicCarFields {...props} />;
    case "toy":
      return <ToyFields {...props} />;
    case "part":
      return <PartFields {...props} />;
  }
}
