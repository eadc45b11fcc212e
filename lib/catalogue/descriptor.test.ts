import { describe, expect, it } from "vitest";
import { z } from "zod";
import { classicCar, pedalCar } from "./categories";
import {
  currentQueryValues,
  defineCategory,
  describeWith,
  formShapeOf,
  itemShapeOf,
  queryValuesOf,
} from "./descriptor";
import { choice, listingOnly, many, text, wholeNumber, yesNo } from "./fields";
import { pedalCarItemSchema } from "./item-schemas";
import { parseListingInput } from "@/lib/listings/schemas";

// A field's rules and messages come from its descriptor, in both readings (typed JSON and posted strings).

const messageOf = (schema: z.ZodType, value: unknown) => {
  const parsed = schema.safeParse(value);
  return parsed.success ? null : parsed.error.issues[0]!.message;
};

describe("a field's schema comes from its descriptor", () => {
  const finish = choice("finish", {
    label: "Paint finish",
    what: "the paint finish",
    values: ["gloss", "matt"],
    labels: { gloss: "Gloss", matt: "Matt" },
  });
  const grade = choice("grade", {
    label: "Grade",
    what: "the grade",
    values: [1, 2, 3],
    labels: { 1: "One", 2: "Two", 3: "Three" },
  });
  const wheels = wholeNumber("wheels", {
    label: "Wheels",
    what: "the number of wheels",
    presence: "optional",
    min: 3,
    max: 4,
    rangeMessage: "A pedal car has three or four wheels",
  });
  const boxed = yesNo("boxed", { label: "In its box?", what: "whether it is in its box" });

  it("names a missing choice and a wrong one in the field's words, in both readings", () => {
    for (const schema of [finish.json, finish.form]) {
      expect(messageOf(schema, undefined)).toBe("Choose the paint finish");
      expect(messageOf(schema, "satin")).toBe("Choose the paint finish from the list");
      expect(messageOf(schema, "gloss")).toBe(null);
    }
    expect(finish.options).toEqual([
      { value: "gloss", label: "Gloss" },
      { value: "matt", label: "Matt" },
    ]);
  });

  it("reads posted numbers and yes/no as typed values, while typed JSON stays strict", () => {
    expect(grade.form.parse("2")).toBe(2);
    expect(messageOf(grade.json, "2")).toBe("Choose the grade from the list");
    expect(wheels.form.parse("4")).toBe(4);
    expect(boxed.form.parse("yes")).toBe(true);
    expect(messageOf(boxed.json, "yes")).toBe("Say whether it is in its box");
  });

  it("gives an out-of-range number the field's own message, and lets an optional field be left out", () => {
    expect(messageOf(wheels.form, "6")).toBe("A pedal car has three or four wheels");
    expect(messageOf(wheels.json, 2)).toBe("A pedal car has three or four wheels");
    expect(messageOf(wheels.form, "four")).toBe("Enter the number of wheels as a whole number");
    expect(wheels.json.parse(undefined)).toBe(undefined);
  });

  it("keeps listing-only fields out of the valuation's item, and in the sell form's", () => {
    const scratch = defineCategory({
      category: "toy",
      legend: "The toy",
      fields: [
        finish,
        listingOnly(
          text("boxNote", {
            label: "About the box",
            what: "the note on the box",
            presence: "optional",
            maxLength: 20,
          }),
        ),
        many("marks", {
          label: "Marks",
          what: "a mark",
          values: ["stamp"],
          labels: { stamp: "Factory stamp" },
        }),
      ],
    });
    expect(Object.keys(itemShapeOf(scratch))).toEqual(["category", "finish", "marks"]);
    expect(Object.keys(formShapeOf(scratch))).toEqual(["category", "finish", "boxNote", "marks"]);
    const posted = z
      .object(formShapeOf(scratch))
      .safeParse({ category: "toy", finish: "gloss", boxNote: "x".repeat(21) });
    expect(posted.success ? {} : posted.error.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["boxNote", "Keep the note on the box under 20 characters"],
    ]);
    expect(z.object(itemShapeOf(scratch)).parse({ category: "toy", finish: "matt" })).toEqual({
      category: "toy",
      finish: "matt",
      marks: [],
    });
  });
});

describe("the categories' schemas speak with their descriptors' messages", () => {
  it("refuses a pedal car from 1999 with the year field's message, in the API and on the sell form", () => {
    const year = pedalCar.fields.find((f) => f.key === "year")!;
    const expected = messageOf(year.json, 1999);
    expect(expected).toBe("AZLK made the pedal car from 1973 to 1994");
    const item = {
      category: "pedal_car",
      era: "unknown",
      plate: "none",
      condition: "good",
      restored: false,
      windscreen: "intact",
      steeringWheel: "intact",
      customVersion: "none",
      year: 1999,
    };
    expect(messageOf(pedalCarItemSchema, item)).toBe(expected);
    const listing = parseListingInput({ ...item, title: "Pedal car", restored: "no", year: "1999" }, "draft");
    expect(listing.ok ? {} : listing.fieldErrors).toEqual({ year: expected });
  });

  it("names a bad steering wheel by the field's key and words", () => {
    const listing = parseListingInput(
      { category: "pedal_car", title: "Pedal car", steeringWheel: "bent" },
      "draft",
    );
    expect(listing.ok ? {} : listing.fieldErrors).toEqual({
      steeringWheel: "Choose the steering wheel from the list",
    });
  });
});

describe("descriptions and addresses come from the descriptor", () => {
  it("describes in the descriptor's order with its plain names, leaving out unanswered and folded-in fields", () => {
    const lines = describeWith(pedalCar, {
      category: "pedal_car",
      era: "unknown",
      plate: "none",
      condition: "good",
      restored: false,
      windscreen: "missing",
      steeringWheel: "intact",
      customVersion: "police",
      lightsWorking: true,
    });
    expect(lines).toEqual([
      { label: "Era", value: "Era not known" },
      { label: "Plate", value: "No plate" },
      { label: "Condition", value: "Good" },
      { label: "Restored", value: "No, original" },
      { label: "Windscreen", value: "Missing" },
      { label: "Steering wheel", value: "Present and intact" },
      { label: "Version", value: "Police custom, lights working" },
    ]);
  });

  it("reads an old /value address's names as today's keys and fills unanswered fields with the form's starting answer", () => {
    const values = currentQueryValues(classicCar, {
      category: "classic_car",
      model: "408",
      body: "sedan",
      year: "1970",
      grade: "2",
      issues: ["corrosion", "electrics"],
      mileage_km: "90,000",
    });
    expect(values).toEqual({
      category: "classic_car",
      model: "408",
      body: "sedan",
      year: "1970",
      conditionGrade: "2",
      originality: "original",
      exportVersion: "none",
      mileageKm: "90,000",
      knownIssues: ["corrosion", "electrics"],
    });
    expect(
      queryValuesOf(classicCar, {
        category: "classic_car",
        model: "408",
        conditionGrade: 2,
        knownIssues: ["corrosion"],
      }),
    ).toEqual({ category: "classic_car", model: "408", conditionGrade: "2", knownIssues: ["corrosion"] });
  });
});
