// The words collectors use for Moskvitch items, shared by listings, valuation and the seed.
// Each list is the single source for its enum: database enums, zod schemas and form options read from here.

export const categories = ["pedal_car", "classic_car", "toy", "part"] as const;
export type Category = (typeof categories)[number];

export const categoryLabels: Record<Category, string> = {
  pedal_car: "Pedal cars",
  classic_car: "Classic cars",
  toy: "Toys",
  part: "Spare parts",
};

/** Pedal-car eras, told apart by bumpers and tires (AZLK, 1973-1994). */
export const pedalCarEras = [
  "early_aluminum_bumpers",
  "plastic_bumpers",
  "late_soft_tires",
  "unknown",
] as const;
export type PedalCarEra = (typeof pedalCarEras)[number];

export const pedalCarEraLabels: Record<PedalCarEra, string> = {
  early_aluminum_bumpers: "Early, aluminum bumpers (1973 to early 1980s)",
  plastic_bumpers: "Plastic bumpers (early to mid 1980s)",
  late_soft_tires: "Late, soft tires (late 1980s to 1994)",
  unknown: "Era not known",
};

/** The era in a few words, for cards and part fits ("Plastic bumpers"). */
export const pedalCarEraShortLabels: Record<PedalCarEra, string> = {
  early_aluminum_bumpers: "Early · aluminum bumpers",
  plastic_bumpers: "Plastic bumpers",
  late_soft_tires: "Late · soft tires",
  unknown: "Era unknown",
};

/** The era inside a sentence ("a 1986 pedal car (plastic bumpers)"). */
export const pedalCarEraInSentence: Record<PedalCarEra, string> = {
  early_aluminum_bumpers: "aluminum bumpers",
  plastic_bumpers: "plastic bumpers",
  late_soft_tires: "late, soft tires",
  unknown: "era not known",
};

/** Production years each era can plausibly have, used to refuse contradictions such as an aluminum-bumper car from 1992. */
export const pedalCarEraYears: Record<PedalCarEra, { from: number; to: number }> = {
  early_aluminum_bumpers: { from: 1973, to: 1984 },
  plastic_bumpers: { from: 1980, to: 1989 },
  late_soft_tires: { from: 1985, to: 1994 },
  unknown: { from: 1973, to: 1994 },
};
export const pedalCarProduction = { from: 1973, to: 1994 } as const;

export const plates = ["azlk_1993", "other", "none"] as const;
export type Plate = (typeof plates)[number];
export const plateLabels: Record<Plate, string> = {
  azlk_1993: "Tiny AZLK 1993 plate",
  other: "Other plate",
  none: "No plate",
};

/** Condition of a toy (pedal car or other AZLK toy), best first. */
export const toyConditions = ["unused", "excellent", "good", "fair", "project"] as const;
export type ToyCondition = (typeof toyConditions)[number];
export const toyConditionLabels: Record<ToyCondition, string> = {
  unused: "Unused",
  excellent: "Excellent",
  good: "Good",
  fair: "Fair",
  project: "Project",
};

export const partStates = ["intact", "damaged", "missing"] as const;
export type PartState = (typeof partStates)[number];

export const customVersions = ["none", "police", "fire", "ambulance"] as const;
export type CustomVersion = (typeof customVersions)[number];
export const customVersionLabels: Record<CustomVersion, string> = {
  none: "Standard",
  police: "Police",
  fire: "Fire",
  ambulance: "Ambulance",
};

/** Collector condition grades for real cars: 1 concours ... 4 fair. */
export const conditionGrades = [1, 2, 3, 4] as const;
export type ConditionGrade = (typeof conditionGrades)[number];
export const conditionGradeLabels: Record<ConditionGrade, string> = {
  1: "1 · Concours",
  2: "2 · Excellent",
  3: "3 · Good driver",
  4: "4 · Fair",
};

export const exportVersions = ["none", "elite", "scaldia", "rila"] as const;
export type ExportVersion = (typeof exportVersions)[number];
export const exportVersionLabels: Record<ExportVersion, string> = {
  none: "Domestic",
  elite: "Moskvitch Elite (UK/West export)",
  scaldia: "Scaldia (Belgium)",
  rila: "Rila (Bulgaria)",
};

export const toyKinds = ["zil130_dump_truck", "crane", "excavator", "other"] as const;
export type ToyKind = (typeof toyKinds)[number];
export const toyKindLabels: Record<ToyKind, string> = {
  zil130_dump_truck: "ZiL-130 dump truck",
  crane: "Construction crane",
  excavator: "Excavator",
  other: "Other AZLK toy",
};

export const partSources = ["new_old_stock", "used", "reproduction"] as const;
export type PartSource = (typeof partSources)[number];
export const partSourceLabels: Record<PartSource, string> = {
  new_old_stock: "New old stock",
  used: "Used",
  reproduction: "Reproduction",
};

export const partTypes = [
  "windscreen",
  "steering_wheel",
  "bumper",
  "tire",
  "wheel",
  "plate",
  "light_kit",
  "pedal_assembly",
  "seat",
  "decal_set",
  "body_panel",
  "brake_wheel_cylinder",
  "engine_part",
  "electrical",
  "trim",
  "manual",
  "other",
] as const;
export type PartType = (typeof partTypes)[number];
export const partTypeLabels: Record<PartType, string> = {
  windscreen: "Windscreen",
  steering_wheel: "Steering wheel",
  bumper: "Bumper",
  tire: "Tire",
  wheel: "Wheel",
  plate: "Licence plate",
  light_kit: "Emergency light kit",
  pedal_assembly: "Pedal assembly",
  seat: "Seat",
  decal_set: "Decal set",
  body_panel: "Body panel",
  brake_wheel_cylinder: "Brake wheel cylinder",
  engine_part: "Engine part",
  electrical: "Electrical part",
  trim: "Trim and chrome",
  manual: "Manual or document",
  other: "Other part",
};

export const originalities = ["original", "mostly_original", "modified"] as const;
export type Originality = (typeof originalities)[number];
export const originalityLabels: Record<Originality, string> = {
  original: "Original",
  mostly_original: "Mostly original",
  modified: "Modified",
};

export const partConditions = ["new", "excellent", "good", "fair", "poor"] as const;
export type PartCondition = (typeof partConditions)[number];
export const partConditionLabels: Record<PartCondition, string> = {
  new: "New",
  excellent: "Excellent",
  good: "Good",
  fair: "Fair",
  poor: "Poor",
};

export const partStateLabels: Record<PartState, string> = {
  intact: "Present and intact",
  damaged: "Present, damaged",
  missing: "Missing",
};

/** Papers that come with a real car. */
export const documentKinds = [
  "title",
  "registration",
  "service_book",
  "export_papers",
  "purchase_papers",
] as const;
export type DocumentKind = (typeof documentKinds)[number];
export const documentKindLabels: Record<DocumentKind, string> = {
  title: "Title / ownership papers",
  registration: "Registration",
  service_book: "Service book",
  export_papers: "Export or import papers",
  purchase_papers: "Original purchase papers",
};

export const currencies = ["USD", "EUR", "GBP"] as const;
export type Currency = (typeof currencies)[number];
