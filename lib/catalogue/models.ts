import type { ExportVersion } from "./vocabulary";

// What the Moscow plant built, as the brand history tells it: models, their bodies and years, the
// plants that made them and the export names they were sold under. Every year and count here comes
// from the history (shared/seeds); where it gives none, the entry says so and nothing is refused on it.

/** The Moscow plant was MZMA until its renaming in 1968, then AZLK; IZh in Izhevsk built the 412 under licence. */
export const plants = ["MZMA", "AZLK", "IZh"] as const;
export type Plant = (typeof plants)[number];
export const plantLabels: Record<Plant, string> = {
  MZMA: "MZMA, Moscow (to 1968)",
  AZLK: "AZLK, Moscow (from 1968)",
  IZh: "IZh, Izhevsk",
};

export type Years = { from: number; to: number };

export type BodyVariant = {
  code: string;
  name: string;
  /** Years this body was built, when the history dates it; otherwise the model's years apply. */
  years?: Years;
  /** Units built, only where the history gives a figure. */
  built?: number;
};

export type ClassicModel = {
  code: string;
  name: string;
  /** Null where the history gives no dates: then no year is refused. */
  years: Years | null;
  built?: number;
  /** Which plant built it, and when. */
  plants: readonly { plant: Plant; years: Years }[];
  bodies: readonly BodyVariant[];
  note: string;
};

/** The Moscow plant's own name in a given year: MZMA to 1967, AZLK from 1968 (renamed in 1968). */
const moscow = (years: Years): { plant: Plant; years: Years }[] => {
  const out: { plant: Plant; years: Years }[] = [];
  if (years.from <= 1967)
    out.push({ plant: "MZMA", years: { from: years.from, to: Math.min(years.to, 1967) } });
  if (years.to >= 1968)
    out.push({ plant: "AZLK", years: { from: Math.max(years.from, 1968), to: years.to } });
  return out;
};

export const classicModels = [
  {
    code: "kim_10",
    name: "KIM-10",
    years: { from: 1940, to: 1941 },
    built: 450,
    plants: [{ plant: "MZMA", years: { from: 1940, to: 1941 } }],
    bodies: [
      { code: "sedan", name: "Sedan" },
      { code: "convertible", name: "Convertible" },
    ],
    note: "Pre-war, after the 1939 Ford Prefect; around 450 sedans and convertibles by June 1941.",
  },
  {
    code: "400",
    name: "Moskvitch 400 / 401",
    years: { from: 1946, to: 1956 },
    built: 247_439,
    plants: moscow({ from: 1946, to: 1956 }),
    bodies: [
      { code: "sedan", name: "Sedan", built: 216_000 },
      { code: "420a_cabriolet", name: "400-420A cabriolet", years: { from: 1949, to: 1954 }, built: 17_000 },
      { code: "421_wagon", name: "400-421 wagon", years: { from: 1948, to: 1950 } },
      { code: "422_woodie", name: "400-422 woodie", years: { from: 1948, to: 1956 } },
    ],
    note: "Post-war copy of the Opel Kadett K38; 23 hp (401 from 1954: 26 hp); 247,439 built 1946-1956.",
  },
  {
    code: "402",
    name: "Moskvitch 402",
    years: { from: 1956, to: 1964 },
    plants: moscow({ from: 1956, to: 1964 }),
    bodies: [
      { code: "sedan", name: "Sedan" },
      { code: "423_wagon", name: "423 wagon", years: { from: 1957, to: 1959 } },
    ],
    note: "Pontoon-bodied successor of the 401 (1956); its 423 wagon of 1957 was the USSR's first production wagon.",
  },
  {
    code: "403",
    name: "Moskvitch 403",
    years: { from: 1962, to: 1964 },
    plants: moscow({ from: 1962, to: 1964 }),
    bodies: [{ code: "sedan", name: "Sedan" }],
    note: "Transitional model between the 407 and the 408 (1962-1964).",
  },
  {
    code: "407",
    name: "Moskvitch 407",
    years: { from: 1958, to: 1964 },
    built: 359_980,
    plants: moscow({ from: 1958, to: 1964 }),
    bodies: [
      { code: "sedan", name: "Sedan" },
      { code: "423_wagon", name: "423 / 424 wagon" },
    ],
    note: "359,980 built, 120,903 of them exported; honoured at the 1958 Brussels fair.",
  },
  {
    code: "410",
    name: "Moskvitch 410",
    years: null,
    plants: [],
    bodies: [{ code: "sedan", name: "Off-road sedan" }],
    note: "Off-road variant; the history names it but gives no years.",
  },
  {
    code: "408",
    name: "Moskvitch 408",
    years: { from: 1964, to: 1975 },
    plants: moscow({ from: 1964, to: 1975 }),
    bodies: [
      { code: "sedan", name: "Sedan" },
      { code: "426_wagon", name: "426 wagon" },
    ],
    note: "50 hp; sold in the West as the Moskvitch Elite; the plant's millionth car (May 1967).",
  },
  {
    code: "411",
    name: "Moskvitch 411",
    years: { from: 1965, to: 1986 },
    plants: moscow({ from: 1965, to: 1986 }),
    bodies: [{ code: "taxi", name: "Taxi" }],
    note: "The taxi of the 408/412 generation (1965 to around 1986).",
  },
  {
    code: "412",
    name: "Moskvitch 412",
    years: { from: 1967, to: 2001 },
    built: 900_000,
    plants: [...moscow({ from: 1967, to: 1997 }), { plant: "IZh", years: { from: 1967, to: 2001 } }],
    bodies: [
      { code: "sedan", name: "Sedan" },
      { code: "427_wagon", name: "427 wagon" },
    ],
    note: "1.5 L UZAM-412, 75 hp; over 900,000 built; Moscow 1967-1997, IZh in Izhevsk to 2001. The pedal car's model.",
  },
  {
    code: "2140",
    name: "Moskvitch 2140",
    years: { from: 1976, to: 1988 },
    built: 500_000,
    plants: moscow({ from: 1976, to: 1988 }),
    bodies: [
      { code: "sedan", name: "Sedan" },
      { code: "2136_wagon", name: "2136 wagon" },
      { code: "2137_wagon", name: "2137 wagon" },
    ],
    note: "Facelifted 412 with front disc brakes, 1976-1988; over 500,000 built.",
  },
  {
    code: "2141",
    name: "Moskvitch 2141 Aleko",
    years: { from: 1986, to: 2002 },
    built: 716_000,
    plants: moscow({ from: 1986, to: 2002 }),
    bodies: [{ code: "hatchback", name: "Hatchback" }],
    note: "Front-wheel-drive hatchback, 1986 to 2001-2002; over 716,000 built. Check the body for corrosion and the electrics.",
  },
  {
    code: "g4",
    name: "Moskvitch G-4",
    years: null,
    plants: [],
    bodies: [{ code: "racer", name: "Racer" }],
    note: "Lightweight racing car; the history names its victories but gives no years or numbers.",
  },
] as const satisfies readonly ClassicModel[];

export type ClassicModelCode = (typeof classicModels)[number]["code"];
export const classicModelCodes = classicModels.map((m) => m.code) as [
  ClassicModelCode,
  ...ClassicModelCode[],
];

export function getClassicModel(code: string): ClassicModel | undefined {
  return (classicModels as readonly ClassicModel[]).find((m) => m.code === code);
}

export function getBodyVariant(modelCode: string, bodyCode: string): BodyVariant | undefined {
  return getClassicModel(modelCode)?.bodies.find((b) => b.code === bodyCode);
}

/** "1940–1941", for choosers and messages. */
export function modelYearsLabel(model: ClassicModel): string {
  return model.years ? `${model.years.from}–${model.years.to}` : "years not recorded";
}

/** The years a body of a model was built: its own, else the model's; null when the history gives none. */
export function yearsBuilt(model: ClassicModel, body: BodyVariant | undefined): Years | null {
  return body?.years ?? model.years;
}

/**
 * Export names and the models they belong to, as the history gives them. Outside their years an
 * export name is unusual but possible (a late kit, a re-badged car), so years only warn.
 */
export const exportNames: Record<
  Exclude<ExportVersion, "none">,
  { models: readonly ClassicModelCode[]; years: Years; fact: string }
> = {
  elite: {
    models: ["408"],
    years: { from: 1964, to: 1975 },
    fact: "the 408 was exported to the West as the Moskvitch Elite",
  },
  scaldia: {
    models: ["402", "407", "412"],
    years: { from: 1960, to: 1979 },
    fact: "Scaldia-Volvo in Belgium assembled the 402, 407 and 412 from Soviet kits, from the early 1960s through the 1970s",
  },
  rila: {
    models: ["408", "412", "411"],
    years: { from: 1960, to: 1979 },
    fact: "Balkancar in Lovech, Bulgaria, assembled the 408, 412 and related models as the Rila in the 1960s and 1970s",
  },
};

/** Known weak points a buyer checks on a real Moskvitch. */
export const knownIssues = [
  "corrosion",
  "brake_wheel_cylinders",
  "electrics",
  "hard_starting",
  "panel_alignment",
  "interior_plastics",
] as const;
export type KnownIssue = (typeof knownIssues)[number];
export const knownIssueLabels: Record<KnownIssue, string> = {
  corrosion: "Body corrosion",
  brake_wheel_cylinders: "Leaking brake wheel cylinders",
  electrics: "Electrical faults",
  hard_starting: "Hard starting",
  panel_alignment: "Misaligned panels",
  interior_plastics: "Crumbling interior plastics",
};
