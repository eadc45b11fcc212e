import { describe, expect, it } from "vitest";
import { itemSchema } from "./item-schemas";
import { unusedLatePedalCar as pedal } from "./examples";

// The catalogue knows what was built: contradictions are refused naming the field, real cars are accepted.

const car = (extra: Record<string, unknown>) => ({
  category: "classic_car",
  conditionGrade: 3,
  originality: "original",
  knownIssues: [],
  exportVersion: "none",
  ...extra,
});
const part = (fits: unknown[]) => ({
  category: "part",
  partType: "windscreen",
  source: "reproduction",
  condition: "new",
  fits,
});

function refusedFields(value: unknown): string[] {
  const parsed = itemSchema.safeParse(value);
  return parsed.success ? [] : parsed.error.issues.map((i) => i.path.join("."));
}

describe("item descriptions that cannot be true", () => {
  it.each([
    ["an unused car that was restored", { ...pedal, restored: true }, "restored"],
    ["a 420A cabriolet dated 1946", car({ model: "400", body: "420a_cabriolet", year: 1946 }), "year"],
    ["a 420A cabriolet dated 1956", car({ model: "400", body: "420a_cabriolet", year: 1956 }), "year"],
    ["a 421 wagon dated 1955", car({ model: "400", body: "421_wagon", year: 1955 }), "year"],
    [
      "a Rila KIM-10",
      car({ model: "kim_10", body: "sedan", year: 1940, exportVersion: "rila" }),
      "exportVersion",
    ],
    [
      "an Elite 2141",
      car({ model: "2141", body: "hatchback", year: 1990, exportVersion: "elite" }),
      "exportVersion",
    ],
    [
      "a Scaldia G-4",
      car({ model: "g4", body: "racer", year: 1965, exportVersion: "scaldia" }),
      "exportVersion",
    ],
    ["an IZh-built 408", car({ model: "408", body: "sedan", year: 1970, plant: "IZh" }), "plant"],
    ["a part fitting a Volga", part([{ category: "classic_car", model: "volga" }]), "fits.0.model"],
    ["a part fitting a toy 2141", part([{ category: "toy", model: "2141" }]), "fits.0.model"],
  ])("refuses %s, naming the field", (_, value, field) => {
    expect(refusedFields(value)).toEqual([field]);
  });
});

describe("real cars", () => {
  it.each([
    ["the 423 wagon of 1957", car({ model: "402", body: "423_wagon", year: 1957 })],
    ["a 1995 IZh-built 412", car({ model: "412", body: "sedan", year: 1995, plant: "IZh" })],
    ["the KIM-10 convertible", car({ model: "kim_10", body: "convertible", year: 1941 })],
    ["the 403", car({ model: "403", body: "sedan", year: 1963 })],
    ["the 411 taxi", car({ model: "411", body: "taxi", year: 1970 })],
    ["a 2136 wagon", car({ model: "2140", body: "2136_wagon", year: 1980 })],
    ["a 2137 wagon", car({ model: "2140", body: "2137_wagon", year: 1984 })],
    ["a 420A cabriolet of 1951", car({ model: "400", body: "420a_cabriolet", year: 1951 })],
    ["a 408 Elite", car({ model: "408", body: "sedan", year: 1968, exportVersion: "elite" })],
    ["a 412 Scaldia", car({ model: "412", body: "sedan", year: 1972, exportVersion: "scaldia" })],
    ["a 412 Rila", car({ model: "412", body: "sedan", year: 1976, exportVersion: "rila" })],
    ["an early car wearing the 1993 plate", { ...pedal, era: "early_aluminum_bumpers" }],
    ["a restored car in excellent condition", { ...pedal, condition: "excellent", restored: true }],
  ])("accepts %s", (_, value) => {
    expect(refusedFields(value)).toEqual([]);
  });
});
