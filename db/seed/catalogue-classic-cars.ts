import type { ClassicCarItem } from "@/lib/catalogue/item-schemas";
import type { KnownIssue } from "@/lib/catalogue/models";
import type { ExportVersion } from "@/lib/catalogue/vocabulary";
import { dollars, ship, type SeedListing } from "./catalogue-types";
import type { CarShape } from "./illustrations";
import type { DemoAccountKey } from "./users";

// Real Moskvitch cars, from the post-war 400 to the 2141 Aleko. Prices are for the US market.

type CarInput = {
  title: string;
  desc: string;
  model: ClassicCarItem["model"];
  body: string;
  year: number;
  grade: 1 | 2 | 3 | 4;
  originality?: ClassicCarItem["originality"];
  issues?: KnownIssue[];
  exportVersion?: ExportVersion;
  km?: number;
  price: number;
  days: number;
  shape: CarShape;
  color: string;
  seller?: DemoAccountKey;
  transport?: boolean;
  status?: SeedListing["status"];
  soldDays?: number;
};

function car(c: CarInput): SeedListing {
  const collector = (c.seller ?? "collector") === "collector";
  return {
    seller: c.seller ?? "collector",
    title: c.title,
    description: c.desc,
    priceCents: dollars(c.price),
    attributes: {
      category: "classic_car",
      model: c.model,
      body: c.body,
      year: c.year,
      conditionGrade: c.grade,
      originality: c.originality ?? "mostly_original",
      knownIssues: c.issues ?? [],
      exportVersion: c.exportVersion ?? "none",
      ...(c.km !== undefined ? { mileageKm: c.km } : {}),
    },
    country: "US",
    city: collector ? "Portland" : "Jersey City",
    shipping: c.transport ? ship.carTransportUS : ship.carCollection,
    status: c.status,
    daysAgo: c.days,
    soldDaysAgo: c.soldDays,
    photos: c.status === "draft" ? 0 : c.status === "sold" ? 1 : c.price >= 10000 ? 3 : 2,
    art: { kind: "car", shape: c.shape, color: c.color, worn: c.grade === 4 },
  };
}

export const classicCarListings: SeedListing[] = [
  car({ title: "1952 Moskvitch 400 sedan, dark green, running and driving", model: "400", body: "sedan", year: 1952, grade: 3, issues: ["corrosion"], km: 84000, price: 4950, days: 4, shape: "400", color: "#2f4f3a",
    desc: "A post-war 400 that starts on the button and drives gently. Floors were patched in the 1980s; there is fresh bubbling at the rear wheel arches. Original 1.1 litre engine and three-speed box. Imported from Latvia in 2015 with clean paperwork." }),
  car({ title: "1955 Moskvitch 401 sedan, restored, grade 2", model: "400", body: "sedan", year: 1955, grade: 2, km: 61000, price: 7200, days: 12, shape: "400", color: "#203040", transport: true,
    desc: "Late 401 with the 26 hp engine, restored over three years with a photo record. Panel gaps are better than factory. Correct interior cloth and a reproduction dash knob set. Ready for shows." }),
  car({ title: "1951 Moskvitch 400-420A cabriolet, one of about 17,000", model: "400", body: "420a_cabriolet", year: 1951, grade: 2, originality: "original", km: 47000, price: 9800, days: 20, shape: "cabrio", color: "#7b1e1e", transport: true,
    desc: "The open 400 is the rare body: roughly 17,000 were built, and few survive with the original top frame. This one has it, along with a new canvas top in the correct tan. Body restored in Estonia, mechanicals sorted here. Serious enquiries only." }),
  car({ title: "1960 Moskvitch 407 sedan, Brussels-era styling, two-tone", model: "407", body: "sedan", year: 1960, grade: 3, issues: ["corrosion", "interior_plastics"], km: 112000, price: 2700, days: 9, shape: "407", color: "#7fa7c9",
    desc: "Two-tone 407 in light blue over ivory, a solid driver. Some rust in the door bottoms and a cracked dashboard top. Engine rebuilt in 2019, brakes redone. These were exported widely, so parts are not hard to find." }),
  car({ title: "1959 Moskvitch 423 wagon on the 407 base, rare early estate", model: "407", body: "423_wagon", year: 1959, grade: 3, issues: ["panel_alignment"], km: 98000, price: 3400, days: 37, shape: "wagon", color: "#c9b27c",
    desc: "One of the first Soviet production station wagons. The tailgate needs adjusting and the rear doors sit a little proud. Honest car with an interesting story; very few in North America." }),
  car({ title: "1968 Moskvitch 408 Elite, UK export, right-hand drive", model: "408", body: "sedan", year: 1968, grade: 2, exportVersion: "elite", km: 73000, price: 2300, days: 6, shape: "408", color: "#efeee8", transport: true,
    desc: "Sold new in Britain as the Moskvitch Elite, with the extra chrome and the Elite badges. Right-hand drive, 50 hp, four-speed. Restored paint, original interior in good order. Came to the US with a British collector in 2009." }),
  car({ title: "1971 Moskvitch 408 sedan, four headlights, solid driver", model: "408", body: "sedan", year: 1971, grade: 3, issues: ["electrics"], km: 141000, price: 1500, days: 24, shape: "408", color: "#b22222",
    desc: "Later 408 with the quad headlamps. Drives well; the fuel gauge and one indicator relay are unreliable. Body is straight with old paint. A fun, cheap way into Soviet cars." }),
  car({ title: "1969 Moskvitch 412 Scaldia, Belgian-assembled", model: "412", body: "sedan", year: 1969, grade: 3, exportVersion: "scaldia", km: 126000, price: 1650, days: 42, shape: "412", color: "#6d8a3a",
    desc: "Assembled in Belgium and sold as a Scaldia, with its Belgian trim and badges. Petrol engine, not one of the diesel conversions. Surface rust under the sills has been treated." }),
  car({ title: "1974 Moskvitch 412, grade 2, UZAM engine, 58,000 km", model: "412", body: "sedan", year: 1974, grade: 2, originality: "original", km: 58000, price: 1900, days: 3, shape: "412", color: "#c8651b",
    desc: "The car the pedal car was modelled on. Original orange paint, 1.5 litre UZAM engine, 58,000 km documented. Brake wheel cylinders replaced last year. A very presentable 412." }),
  car({ title: "1979 Moskvitch 412, driver quality, needs brakes", model: "412", body: "sedan", year: 1979, grade: 3, issues: ["brake_wheel_cylinders", "hard_starting"], km: 134000, price: 1250, days: 17, shape: "412", color: "#e8dcc0", seller: "seller",
    desc: "Cream 412 that runs and drives, but the rear wheel cylinders weep and it is slow to start when cold. New cylinders are cheap; the parts sellers here have them. Straight body with a few dings." }),
  car({ title: "1976 Moskvitch 412 Rila, Bulgarian-assembled", model: "412", body: "sedan", year: 1976, grade: 3, exportVersion: "rila", km: 102000, price: 1450, days: 30, shape: "412", color: "#5b7fa8",
    desc: "Kit-assembled in Bulgaria and sold there as a Rila. Light blue, mostly original, with the Rila script on the boot. Starts and runs well." }),
  car({ title: "1983 Moskvitch 412 project, complete, rust to fix", model: "412", body: "sedan", year: 1983, grade: 4, issues: ["corrosion", "electrics", "brake_wheel_cylinders"], km: 167000, price: 800, days: 48, shape: "412", color: "#7d8288", seller: "seller",
    desc: "A complete project car: engine turns over, brakes are seized, wiring needs attention, and the floors need welding. Title in hand. Collection only from New Jersey." }),
  car({ title: "1982 Moskvitch 427 wagon, grey, practical classic", model: "412", body: "427_wagon", year: 1982, grade: 3, issues: ["interior_plastics"], km: 119000, price: 1400, days: 26, shape: "wagon", color: "#9aa0a6",
    desc: "The estate version of the 412, useful and roomy. Interior plastics are brittle and the dash has cracks. Mechanically sound with a recent clutch." }),
  car({ title: "1985 Moskvitch 2140, disc brakes, grade 2", model: "2140", body: "sedan", year: 1985, grade: 2, km: 71000, price: 1550, days: 11, shape: "2140", color: "#2a4d7a",
    desc: "Facelifted 412 with the front disc brakes and the later dashboard. Dark blue, very clean underneath, rust-proofed when new. Comes with the original service book." }),
  car({ title: "1987 Moskvitch 2140, white, daily-drivable", model: "2140", body: "sedan", year: 1987, grade: 3, issues: ["electrics", "corrosion"], km: 148000, price: 1000, days: 39, shape: "2140", color: "#efeee8", seller: "seller",
    desc: "Drives well and has been used weekly. Some rust bubbles at the windscreen corners; headlamp switch is temperamental. Cheap, tough and honest." }),
  car({ title: "1991 Moskvitch 2141 Aleko, low mileage, grade 2", model: "2141", body: "hatchback", year: 1991, grade: 2, km: 43000, price: 1150, days: 5, shape: "2141", color: "#d9d4c5",
    desc: "Front-wheel-drive Aleko with only 43,000 km. No leaks into the boot, which is the first thing to check on these, and the electrics all work. Original seat covers." }),
  car({ title: "1995 Moskvitch 2141 Aleko, runs, electrics to sort", model: "2141", body: "hatchback", year: 1995, grade: 3, issues: ["electrics", "corrosion"], km: 121000, price: 750, days: 33, shape: "2141", color: "#7b1e1e",
    desc: "Later Aleko that runs and drives. The dashboard warning lights flicker and the tailgate seal lets water in. Priced to reflect both." }),
  // Draft and sold examples.
  car({ title: "1980 Moskvitch 2140, brown, write-up to finish", model: "2140", body: "sedan", year: 1980, grade: 3, price: 1100, days: 1, shape: "2140", color: "#6b4a2f", seller: "seller", status: "draft",
    desc: "Draft: waiting on a mechanic's report before publishing." }),
  car({ title: "1992 Moskvitch 2141 Aleko, green", model: "2141", body: "hatchback", year: 1992, grade: 3, price: 950, days: 55, soldDays: 21, shape: "2141", color: "#2e7d4f", status: "sold",
    desc: "Green Aleko, sold to a buyer in Seattle." }),
];
