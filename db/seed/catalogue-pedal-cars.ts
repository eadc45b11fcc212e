import type { CustomVersion, PartState, PedalCarEra, Plate, ToyCondition } from "@/lib/catalogue/vocabulary";
import { dollars, ship, type SeedListing } from "./catalogue-types";
import type { DemoAccountKey } from "./users";

// AZLK Moskvitch pedal cars (1973-1994) across the three eras, plus customised emergency versions and projects.

const color = {
  red: "#c0392b",
  cherry: "#9e1b2a",
  blue: "#1f5fa8",
  sky: "#5b9bd5",
  yellow: "#e2b322",
  white: "#efeee8",
  orange: "#e0762a",
  green: "#2e7d4f",
};

type PedalInput = {
  title: string;
  desc: string;
  price: number;
  era: PedalCarEra;
  plate: Plate;
  condition: ToyCondition;
  color: keyof typeof color;
  days: number;
  year?: number;
  restoredBy?: string;
  custom?: CustomVersion;
  lights?: boolean;
  windscreen?: PartState;
  steering?: PartState;
  seller?: DemoAccountKey;
  status?: SeedListing["status"];
  soldDays?: number;
  photos?: number;
};

function pedal(p: PedalInput): SeedListing {
  const custom = p.custom ?? "none";
  const fromEE = p.seller === "parts";
  return {
    seller: p.seller ?? "seller",
    title: p.title,
    description: p.desc,
    priceCents: dollars(p.price),
    attributes: {
      category: "pedal_car",
      era: p.era,
      plate: p.plate,
      condition: p.condition,
      restored: p.restoredBy !== undefined,
      ...(p.restoredBy ? { restoredBy: p.restoredBy } : {}),
      windscreen: p.windscreen ?? "intact",
      steeringWheel: p.steering ?? "intact",
      customVersion: custom,
      ...(custom !== "none" ? { lightsWorking: p.lights ?? true } : {}),
      ...(p.year ? { year: p.year } : {}),
    },
    country: fromEE ? "EE" : p.seller === "collector" ? "US" : "US",
    city: fromEE ? "Tallinn" : p.seller === "collector" ? "Portland" : "Jersey City",
    shipping: fromEE ? ship.pedalFromEE : ship.pedalFromUS,
    status: p.status,
    daysAgo: p.days,
    soldDaysAgo: p.soldDays,
    photos:
      p.photos ??
      (p.status === "draft"
        ? 0
        : p.status === "sold"
          ? 1
          : p.condition === "project" || p.condition === "fair"
            ? 1
            : custom !== "none" || p.era === "early_aluminum_bumpers" || p.condition === "unused"
              ? 3
              : 2),
    art: {
      kind: "pedal",
      color: color[p.color],
      bumpers: p.era === "early_aluminum_bumpers" ? "aluminum" : "plastic",
      softTires: p.era === "late_soft_tires",
      ...(custom !== "none" ? { livery: custom } : {}),
      worn: p.condition === "project" || p.condition === "fair",
      noWindscreen: p.windscreen === "missing",
    },
  };
}

const early = "early_aluminum_bumpers" as const;
const plastic = "plastic_bumpers" as const;
const late = "late_soft_tires" as const;
const garage = "AZLK Garage, Jersey City";

export const pedalCarListings: SeedListing[] = [
  // Sellers in Europe may price in euros or pounds; the fair value and badge follow in that currency.
  {
    ...pedal({
      title: "1985 AZLK pedal car, plastic bumpers, priced in euros",
      era: plastic,
      year: 1985,
      plate: "none",
      condition: "good",
      color: "red",
      price: 290,
      days: 4,
      desc: "A tidy mid-1980s car with its black plastic bumpers, from a collection in Berlin. Original red paint with light wear, windscreen and steering wheel intact. Priced in euros; it ships crated.",
    }),
    currency: "EUR",
    country: "DE",
    city: "Berlin",
  },
  {
    ...pedal({
      title: "1988 AZLK pedal car, soft tires, priced in pounds",
      era: "late_soft_tires",
      year: 1988,
      plate: "none",
      condition: "excellent",
      color: "white",
      price: 260,
      days: 6,
      desc: "A late car with the softer tires, kept indoors in Leeds since the 1990s. White paint only slightly yellowed, everything present and working. Priced in pounds sterling.",
    }),
    currency: "GBP",
    country: "GB",
    city: "Leeds",
  },
  pedal({
    title: "1976 AZLK Moskvitch pedal car, aluminum bumpers, original red paint",
    era: early,
    year: 1976,
    plate: "none",
    condition: "excellent",
    color: "red",
    price: 780,
    days: 3,
    desc: "A genuine early car with both aluminum bumpers still bright and straight. The red paint is factory, with a few honest chips on the rear deck. Windscreen and steering wheel are the originals and uncracked. Cars like this are getting hard to find outside the Baltic states.",
  }),
  pedal({
    title: "Early AZLK pedal car, aluminum bumpers, restored in cherry red",
    era: early,
    year: 1979,
    plate: "none",
    condition: "excellent",
    color: "cherry",
    price: 690,
    days: 8,
    restoredBy: garage,
    desc: "Stripped, straightened and painted in our shop last winter; the aluminum bumpers were polished, not replaced. New pedal bushings and a reproduction seat pad. The restoration is declared and photographed step by step if you want the album.",
  }),
  pedal({
    title: "1974 Moskvitch pedal car, first-series aluminum bumpers, unrestored",
    era: early,
    year: 1974,
    plate: "none",
    condition: "good",
    color: "sky",
    price: 880,
    days: 15,
    seller: "parts",
    desc: "One of the earliest cars we have handled: 1974 stamp under the seat, aluminum bumpers and the first-type hub caps. Never repainted; the blue has faded evenly. Found in a Tartu attic, dry-stored for decades.",
  }),
  pedal({
    title: "Aluminum-bumper AZLK pedal car, sky blue, honest patina",
    era: early,
    plate: "none",
    condition: "fair",
    color: "sky",
    price: 550,
    days: 22,
    desc: "Early car with aluminum bumpers, some dents in the rear one. Paint is tired and there is surface rust on the floor pan, but nothing is missing. A good base for a sympathetic restoration.",
  }),
  pedal({
    title: "1981 AZLK pedal car, last of the aluminum-bumper cars, yellow",
    era: early,
    year: 1981,
    plate: "none",
    condition: "good",
    color: "yellow",
    price: 620,
    days: 31,
    desc: "From the tail end of the aluminum-bumper years, in the sunny yellow that kindergartens favoured. Straight body, period touch-ups on the hood. Steering wheel has a small chip at the rim, windscreen is clear.",
  }),
  pedal({
    title: "Early Moskvitch pedal car project, both aluminum bumpers present",
    era: early,
    plate: "none",
    condition: "project",
    color: "green",
    price: 260,
    days: 44,
    steering: "damaged",
    desc: "Rough, but it still has both aluminum bumpers, which are the expensive part to find. Steering wheel is cracked through, seat is gone, and the body needs rust work. Priced as a project; the bumpers alone are worth a look.",
  }),
  pedal({
    title: "1984 AZLK pedal car, plastic bumpers, white",
    era: plastic,
    year: 1984,
    plate: "none",
    condition: "good",
    color: "white",
    price: 340,
    days: 5,
    desc: "Mid-production car with the black plastic bumpers. White paint has yellowed slightly, as they all do. Pedals and chain-free crank work smoothly; the windscreen has light scratches only.",
  }),
  pedal({
    title: "Moskvitch pedal car, plastic bumpers, restored in Soviet blue",
    era: plastic,
    year: 1986,
    plate: "none",
    condition: "excellent",
    color: "blue",
    price: 420,
    days: 11,
    restoredBy: garage,
    desc: "Repainted in a blue close to the original AZLK shade, new decals, rebuilt pedal assembly. The plastic bumpers were cleaned and kept, not reproduced. Declared restoration; it presents like a showroom car.",
  }),
  pedal({
    title: "1983 AZLK Moskvitch pedal car, orange, plastic bumpers, original paint",
    era: plastic,
    year: 1983,
    plate: "other",
    condition: "good",
    color: "orange",
    price: 310,
    days: 19,
    seller: "parts",
    desc: "Orange car with the plastic bumpers and an old park-rental number plate on the back. Original paint with wear on the seat edge where little legs climbed in. Tires have plenty of life.",
  }),
  pedal({
    title: "Plastic-bumper AZLK pedal car, cracked windscreen, otherwise complete",
    era: plastic,
    plate: "none",
    condition: "fair",
    color: "red",
    price: 190,
    days: 27,
    windscreen: "damaged",
    desc: "Complete car but the windscreen is cracked in two places. Body has scrapes and one dent in the door. A reproduction windscreen is an easy fix, and we sell those too.",
  }),
  pedal({
    title: "Unused AZLK pedal car with the tiny 1993 plate, red",
    era: late,
    plate: "azlk_1993",
    condition: "unused",
    color: "red",
    price: 375,
    days: 1,
    desc: "One of the cars that came over in the early nineties: soft tires, AZLK 1993 plate, no wear on the pedals at all. It has lived in a dry basement in Newark since import. Shipped crated, with the windscreen and wheel wrapped separately.",
  }),
  pedal({
    title: "Unused Moskvitch pedal car, AZLK 1993 plate, blue, never pedalled",
    era: late,
    plate: "azlk_1993",
    condition: "unused",
    color: "blue",
    price: 360,
    days: 6,
    desc: "Never ridden; the tire mould lines are still crisp. Factory decals intact, plate bright. Small storage scuff on the left rear fender, shown in the photos.",
  }),
  pedal({
    title: "AZLK 1993-plate pedal car, white, unused since import",
    era: late,
    year: 1992,
    plate: "azlk_1993",
    condition: "unused",
    color: "white",
    price: 390,
    days: 13,
    desc: "White car with soft tires, dated 1992 inside the body and wearing the 1993 plate. Unused and complete. White is the least common colour among the US cars we have seen.",
  }),
  pedal({
    title: "Soft-tire AZLK pedal car, yellow, 1993 plate, light shelf wear",
    era: late,
    plate: "azlk_1993",
    condition: "excellent",
    color: "yellow",
    price: 340,
    days: 18,
    desc: "Displayed in a toy shop window for years, so a little sun fading on the hood; otherwise like new. Steering wheel and windscreen are perfect. A fair price for a US car.",
  }),
  pedal({
    title: "Late AZLK pedal car, red, 1993 plate, played with but sound",
    era: late,
    plate: "azlk_1993",
    condition: "good",
    color: "red",
    price: 280,
    days: 25,
    desc: "Used by two kids in the nineties, then stored. Scuffs on the bumpers and a faint crack at the base of the windscreen that has not spread. Everything turns and steers as it should.",
  }),
  pedal({
    title: "1990 AZLK pedal car with soft tires, from Riga",
    era: late,
    year: 1990,
    plate: "other",
    condition: "good",
    color: "green",
    price: 300,
    days: 35,
    seller: "parts",
    desc: "A late car that never left the Baltics until now. Soft tires with the taller sidewall, green paint with minor touch-ups. We pack the windscreen and steering wheel separately for the trip.",
  }),
  pedal({
    title: "Unused AZLK pedal car, 1993 plate, with its shipping carton remnants",
    era: late,
    plate: "azlk_1993",
    condition: "unused",
    color: "blue",
    price: 395,
    days: 9,
    seller: "collector",
    desc: "Bought from the original importer's stock in 1994 and kept in what is left of its carton. Unused, complete, plate present. Selling because I am down-sizing the collection.",
  }),
  pedal({
    title: "Police Moskvitch pedal car, working light bar, plastic bumpers",
    era: plastic,
    year: 1987,
    plate: "azlk_1993",
    condition: "excellent",
    color: "white",
    price: 560,
    days: 4,
    restoredBy: garage,
    custom: "police",
    lights: true,
    desc: "Our police conversion: white with a blue band, a battery light bar on a mast behind the seat and a push-button switch on the dash. Base car restored first. The light bar unbolts in a minute for shipping.",
  }),
  pedal({
    title: "Fire brigade AZLK pedal car with working red beacons",
    era: late,
    plate: "azlk_1993",
    condition: "excellent",
    color: "red",
    price: 520,
    days: 16,
    restoredBy: garage,
    custom: "fire",
    lights: true,
    desc: "Late soft-tire car turned into a little fire engine: red with a cream stripe and twin red beacons that flash. Runs on four AA batteries. A crowd-pleaser at shows.",
  }),
  pedal({
    title: "Ambulance conversion of an AZLK pedal car, lights work",
    era: late,
    plate: "azlk_1993",
    condition: "good",
    color: "white",
    price: 490,
    days: 29,
    restoredBy: "A collector in Ohio",
    custom: "ambulance",
    lights: true,
    desc: "Ambulance version done by a collector in Ohio: white with a red stripe and crosses, blue and red flashers. Conversion is tidy; the base car shows some play wear on the bumpers.",
  }),
  pedal({
    title: "Police AZLK pedal car on an early aluminum-bumper base, lights need a switch",
    era: early,
    plate: "none",
    condition: "good",
    color: "white",
    price: 640,
    days: 38,
    restoredBy: "Unknown previous owner",
    custom: "police",
    lights: false,
    desc: "Somebody converted an early aluminum-bumper car into a police car years ago. The light bar is complete but the switch is missing, so the lights do not work yet. Underneath it is a solid early car.",
  }),
  pedal({
    title: "AZLK pedal car project: no windscreen, cracked steering wheel",
    era: late,
    plate: "none",
    condition: "project",
    color: "yellow",
    price: 110,
    days: 41,
    windscreen: "missing",
    steering: "damaged",
    desc: "Parts car or a first restoration. Windscreen missing, steering wheel cracked, body dented on one side. Wheels and pedals are all there and turn freely.",
  }),
  pedal({
    title: "AZLK pedal car for restoration, plastic bumpers, surface rust",
    era: plastic,
    plate: "none",
    condition: "project",
    color: "blue",
    price: 145,
    days: 50,
    desc: "Stored outside for a while, so there is surface rust on the floor and under the seat. Plastic bumpers, windscreen and wheel are intact. Cheap entry into the hobby.",
  }),
  pedal({
    title: "Barn-find late AZLK pedal car with 1993 plate, needs cleaning",
    era: late,
    plate: "azlk_1993",
    condition: "fair",
    color: "red",
    price: 210,
    days: 57,
    desc: "Pulled out of a Pennsylvania barn, dusty and a bit scratched, plate still on. No cracks in the windscreen. Clean it up and it is a solid display car.",
  }),
  // Drafts the demo seller is still working on.
  pedal({
    title: "1978 AZLK pedal car, aluminum bumpers (photos coming)",
    era: early,
    year: 1978,
    plate: "none",
    condition: "excellent",
    color: "red",
    price: 750,
    days: 2,
    status: "draft",
    desc: "Fresh in from a Latvian collection; write-up and photos to follow once it is cleaned.",
  }),
  pedal({
    title: "Ambulance AZLK pedal car, work in progress",
    era: plastic,
    plate: "none",
    condition: "good",
    color: "white",
    price: 480,
    days: 6,
    status: "draft",
    custom: "ambulance",
    lights: false,
    restoredBy: garage,
    desc: "Conversion half done: livery on, lights wired but the switch is still on order.",
  }),
  // Sold through the marketplace.
  pedal({
    title: "Unused AZLK pedal car, 1993 plate, red",
    era: late,
    plate: "azlk_1993",
    condition: "unused",
    color: "red",
    price: 365,
    days: 40,
    soldDays: 12,
    status: "sold",
    desc: "Unused US car with the tiny 1993 plate; crated and shipped to Texas.",
  }),
  pedal({
    title: "Early aluminum-bumper AZLK pedal car, green",
    era: early,
    year: 1977,
    plate: "none",
    condition: "good",
    color: "green",
    price: 720,
    days: 58,
    soldDays: 25,
    status: "sold",
    seller: "parts",
    desc: "Early green car with straight aluminum bumpers, sold to a collector in Germany.",
  }),
];
