// Moskvitch car models that collectors trade, with the production facts that drive rarity.
// Source: ../shared/DOMAIN.md model table (itself drawn from the brand history in shared/seeds).

export type ClassicModel = {
  code: string;
  name: string;
  years: { from: number; to: number };
  /** Units built, where the history gives a figure. */
  built?: number;
  bodies: readonly BodyVariant[];
  note: string;
};

export type BodyVariant = { code: string; name: string; built?: number };

export const classicModels = [
  {
    code: "kim_10",
    name: "KIM-10",
    years: { from: 1940, to: 1941 },
    built: 1000,
    bodies: [{ code: "sedan", name: "Sedan" }],
    note: "Pre-war; roughly 450 to 1,000 built.",
  },
  {
    code: "400",
    name: "Moskvitch 400 / 401",
    years: { from: 1946, to: 1956 },
    built: 247000,
    bodies: [
      { code: "sedan", name: "Sedan", built: 216000 },
      { code: "420a_cabriolet", name: "400-420A cabriolet", built: 17000 },
      { code: "421_wagon", name: "400-421 wagon", built: 2000 },
      { code: "422_woodie", name: "400-422 woodie", built: 1500 },
    ],
    note: "Post-war copy of the Opel Kadett K38; 1.1 L, 23 hp (401: 26 hp).",
  },
  {
    code: "402",
    name: "Moskvitch 402 / 403",
    years: { from: 1956, to: 1964 },
    bodies: [{ code: "sedan", name: "Sedan" }],
    note: "Transition models between the 400 and the 408.",
  },
  {
    code: "407",
    name: "Moskvitch 407",
    years: { from: 1958, to: 1963 },
    built: 359980,
    bodies: [
      { code: "sedan", name: "Sedan" },
      { code: "423_wagon", name: "423 / 424 wagon" },
    ],
    note: "359,980 built, 120,903 exported; honoured at the 1958 Brussels fair.",
  },
  {
    code: "410",
    name: "Moskvitch 410",
    years: { from: 1957, to: 1961 },
    bodies: [{ code: "sedan", name: "Off-road sedan" }],
    note: "Four-wheel-drive off-road variant.",
  },
  {
    code: "408",
    name: "Moskvitch 408",
    years: { from: 1964, to: 1975 },
    bodies: [
      { code: "sedan", name: "Sedan" },
      { code: "426_wagon", name: "426 wagon" },
    ],
    note: "50 hp; sold in the West as the Moskvitch Elite; the plant's millionth car (1967).",
  },
  {
    code: "412",
    name: "Moskvitch 412",
    years: { from: 1967, to: 1988 },
    built: 900000,
    bodies: [
      { code: "sedan", name: "Sedan" },
      { code: "427_wagon", name: "427 wagon" },
    ],
    note: "1.5 L UZAM-412, 75 hp; over 900,000 built, also at IZh. The pedal car's model.",
  },
  {
    code: "2140",
    name: "Moskvitch 2140",
    years: { from: 1976, to: 1988 },
    built: 500000,
    bodies: [
      { code: "sedan", name: "Sedan" },
      { code: "2137_wagon", name: "2137 wagon" },
    ],
    note: "Facelifted 412 with front disc brakes; over 500,000 built.",
  },
  {
    code: "2141",
    name: "Moskvitch 2141 Aleko",
    years: { from: 1986, to: 2002 },
    built: 716000,
    bodies: [{ code: "hatchback", name: "Hatchback" }],
    note: "Front-wheel-drive hatchback; about 716,000 built. Check electrics and body leaks.",
  },
  {
    code: "g4",
    name: "Moskvitch G-4",
    years: { from: 1963, to: 1965 },
    built: 50,
    bodies: [{ code: "racer", name: "Racer" }],
    note: "Lightweight racing car built in tiny numbers.",
  },
] as const satisfies readonly ClassicModel[];

export type ClassicModelCode = (typeof classicModels)[number]["code"];
export const classicModelCodes = classicModels.map((m) => m.code) as [ClassicModelCode, ...ClassicModelCode[]];

export function getClassicModel(code: string): ClassicModel | undefined {
  return classicModels.find((m) => m.code === code);
}

export function getBodyVariant(modelCode: string, bodyCode: string): BodyVariant | undefined {
  return getClassicModel(modelCode)?.bodies.find((b) => b.code === bodyCode);
}

/** Known weak points a buyer checks on a real Moskvitch. */
export const knownIssues = ["corrosion", "brake_wheel_cylinders", "electrics", "hard_starting", "panel_alignment", "interior_plastics"] as const;
export type KnownIssue = (typeof knownIssues)[number];
export const knownIssueLabels: Record<KnownIssue, string> = {
  corrosion: "Body corrosion",
  brake_wheel_cylinders: "Leaking brake wheel cylinders",
  electrics: "Electrical faults",
  hard_starting: "Hard starting",
  panel_alignment: "Misaligned panels",
  interior_plastics: "Crumbling interior plastics",
};
