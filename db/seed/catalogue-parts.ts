import type { PartCondition, PartFit } from "@/lib/catalogue/item-schemas";
import type { PartSource, PartType, PedalCarEra } from "@/lib/catalogue/vocabulary";
import { dollars, ship, type SeedListing } from "./catalogue-types";
import type { DemoAccountKey } from "./users";

// Spare parts: the fragile bits of the pedal car (windscreens, wheels), era-specific bumpers and tires,
// emergency light kits, and parts for the real cars' known weak points.

type PartInput = {
  title: string;
  desc: string;
  partType: PartType;
  source: PartSource;
  condition: PartCondition;
  fits: PartFit[];
  qty: number;
  price: number;
  days: number;
  color?: string;
  bulky?: boolean;
  seller?: DemoAccountKey;
  status?: SeedListing["status"];
  soldDays?: number;
};

function part(p: PartInput): SeedListing {
  const fromUS = p.seller === "seller";
  return {
    seller: p.seller ?? "parts",
    title: p.title,
    description: p.desc,
    priceCents: dollars(p.price),
    quantity: p.qty,
    attributes: {
      category: "part",
      partType: p.partType,
      source: p.source,
      condition: p.condition,
      fits: p.fits,
    },
    country: fromUS ? "US" : "EE",
    city: fromUS ? "Jersey City" : "Tallinn",
    shipping: fromUS ? ship.smallPartFromUS : p.bulky ? ship.bulkyPartFromEE : ship.smallPartFromEE,
    status: p.status,
    daysAgo: p.days,
    soldDaysAgo: p.soldDays,
    photos:
      p.status !== "sold" && ["windscreen", "bumper", "light_kit", "steering_wheel"].includes(p.partType)
        ? 2
        : 1,
    art: { kind: "part", part: p.partType, color: p.color, count: p.qty > 1 ? 3 : 1 },
  };
}

const anyPedalCar: PartFit[] = [{ category: "pedal_car" }];
const pedalCarsOf = (...eras: PedalCarEra[]): PartFit[] =>
  eras.map((era) => ({ category: "pedal_car", era }));
const classicCars = (...models: string[]): PartFit[] =>
  models.map((model) => ({ category: "classic_car", model }));
const early = pedalCarsOf("early_aluminum_bumpers");
const chrome = "url(#chrome)";

export const partListings: SeedListing[] = [
  part({
    title: "Reproduction windscreen for the AZLK pedal car, all years",
    partType: "windscreen",
    source: "reproduction",
    condition: "new",
    fits: anyPedalCar,
    qty: 12,
    price: 45,
    days: 2,
    desc: "Clear polycarbonate, cut to the factory pattern with the mounting holes in the right place. Tougher than the original plastic, so it survives the next thirty years. Shipped flat between card sheets.",
  }),
  part({
    title: "New old stock AZLK windscreen, original plastic",
    partType: "windscreen",
    source: "new_old_stock",
    condition: "new",
    fits: anyPedalCar,
    qty: 3,
    price: 85,
    days: 19,
    desc: "Genuine factory windscreens from a Moscow toy-shop store room, still in their paper. Slightly yellowed edges, as the originals have. For the restorer who wants it exactly right.",
  }),
  part({
    title: "Reproduction steering wheel for AZLK pedal cars",
    partType: "steering_wheel",
    source: "reproduction",
    condition: "new",
    fits: anyPedalCar,
    qty: 6,
    price: 38,
    days: 5,
    desc: "Moulded in black to the original two-spoke design and fits the factory column without drilling. The original wheels crack at the spokes; this one is a stronger plastic.",
  }),
  part({
    title: "Original AZLK pedal car steering wheel, used, no cracks",
    partType: "steering_wheel",
    source: "used",
    condition: "good",
    fits: anyPedalCar,
    qty: 2,
    price: 55,
    days: 23,
    desc: "Two used original wheels, checked under a light for hairline cracks: none. Light wear at the rim. Sold individually.",
  }),
  part({
    title: "Soft tires for late AZLK pedal cars, taller sidewall",
    partType: "tire",
    source: "reproduction",
    condition: "new",
    fits: pedalCarsOf("late_soft_tires"),
    qty: 8,
    price: 22,
    days: 9,
    desc: "The softer tire with more sidewall that AZLK fitted from the late 1980s. Priced per tire; four will do a car. They also fit earlier rims if you prefer the ride.",
  }),
  part({
    title: "Hard plastic tires for early and mid pedal cars",
    partType: "tire",
    source: "reproduction",
    condition: "new",
    fits: pedalCarsOf("early_aluminum_bumpers", "plastic_bumpers"),
    qty: 10,
    price: 18,
    days: 30,
    desc: "Correct narrow hard tires for the aluminum- and plastic-bumper cars. Per tire. The profile matches the factory one for a period-correct restoration.",
  }),
  part({
    title: "Aluminum front bumper for early AZLK pedal cars, original",
    partType: "bumper",
    source: "used",
    condition: "excellent",
    fits: early,
    qty: 1,
    price: 180,
    days: 4,
    color: chrome,
    desc: "A straight original aluminum bumper from an early car, polished. These are the hardest parts to find for the 1970s cars. Mounting tabs intact.",
  }),
  part({
    title: "Pair of new old stock aluminum bumpers, early pedal car",
    partType: "bumper",
    source: "new_old_stock",
    condition: "new",
    fits: early,
    qty: 2,
    price: 340,
    days: 16,
    color: chrome,
    desc: "Front and rear aluminum bumpers, never fitted, from a factory spares box. Price is per pair; we have two pairs. There may not be more.",
  }),
  part({
    title: "Plastic bumper set for 1980s AZLK pedal cars",
    partType: "bumper",
    source: "reproduction",
    condition: "new",
    fits: pedalCarsOf("plastic_bumpers", "late_soft_tires"),
    qty: 5,
    price: 40,
    days: 12,
    color: "#3a3c41",
    desc: "Front and rear black bumpers for the plastic-bumper and soft-tire cars. Injection moulded, with the original bolt spacing.",
  }),
  part({
    title: "AZLK 1993 licence plate, reproduction, for pedal cars and toys",
    partType: "plate",
    source: "reproduction",
    condition: "new",
    fits: [
      { category: "pedal_car" },
      { category: "toy", model: "zil130_dump_truck" },
      { category: "toy", model: "crane" },
      { category: "toy", model: "excavator" },
    ],
    qty: 15,
    price: 15,
    days: 7,
    desc: "The tiny plate seen on every US-market car and toy, reproduced in painted metal. Clearly marked as a reproduction on the back so nobody is fooled.",
  }),
  part({
    title: "Police light kit for the pedal car: light bar, switch, wiring",
    partType: "light_kit",
    source: "reproduction",
    condition: "new",
    fits: anyPedalCar,
    qty: 4,
    price: 65,
    days: 3,
    desc: "Blue and red LED light bar on a mast, a dash switch and a four-AA battery box. Bolts to the seat back without cutting the body. Everything you need for a police version.",
  }),
  part({
    title: "Fire brigade beacon kit for AZLK pedal cars, red LEDs",
    partType: "light_kit",
    source: "reproduction",
    condition: "new",
    fits: anyPedalCar,
    qty: 3,
    price: 65,
    days: 21,
    desc: "Twin red flashing beacons with a switch and battery box. Same mounting as our police kit. Pairs well with our fire stripe decals.",
  }),
  part({
    title: "Ambulance light kit with blue and red flashers",
    partType: "light_kit",
    source: "reproduction",
    condition: "new",
    fits: anyPedalCar,
    qty: 3,
    price: 68,
    days: 36,
    desc: "Light bar for an ambulance conversion, with an alternating flash pattern. Includes the red-cross decals.",
  }),
  part({
    title: "Pedal and crank assembly for AZLK pedal cars, used",
    partType: "pedal_assembly",
    source: "used",
    condition: "good",
    fits: anyPedalCar,
    qty: 4,
    price: 48,
    days: 27,
    desc: "Complete crank with both pedals, straightened and cleaned. New bushings included. Fits all years.",
  }),
  part({
    title: "Decal set for AZLK pedal cars: badges, stripes, emergency liveries",
    partType: "decal_set",
    source: "reproduction",
    condition: "new",
    fits: anyPedalCar,
    qty: 20,
    price: 18,
    days: 14,
    color: "#c0392b",
    desc: "Printed vinyl set with the AZLK badges plus police, fire and ambulance stripes. Enough for one car in any version.",
  }),
  part({
    title: "Rear brake wheel cylinder for Moskvitch 412 and 2140, NOS",
    partType: "brake_wheel_cylinder",
    source: "new_old_stock",
    condition: "new",
    fits: classicCars("412", "2140"),
    qty: 16,
    price: 24,
    days: 6,
    desc: "The leaking wheel cylinder is the classic 412 complaint. These are unused Soviet-made cylinders, cleaned and fitted with fresh seals. Priced each.",
  }),
  part({
    title: "Moskvitch 412 front door, new old stock, in primer",
    partType: "body_panel",
    source: "new_old_stock",
    condition: "excellent",
    fits: classicCars("412"),
    qty: 2,
    price: 220,
    days: 25,
    color: "#8d9096",
    bulky: true,
    desc: "Left-hand front doors for the 412, never fitted, in factory primer. Storage marks only, no rust through. Shipped on a pallet outside Estonia.",
  }),
  part({
    title: "Moskvitch 2141 Aleko ignition module and relay box",
    partType: "electrical",
    source: "new_old_stock",
    condition: "new",
    fits: classicCars("2141"),
    qty: 10,
    price: 35,
    days: 10,
    desc: "Unused ignition module with the matching relay box, the usual suspects when an Aleko cuts out or the lights flicker. Tested before dispatch.",
  }),
  part({
    title: "Chrome trim set for the Moskvitch 408 sedan",
    partType: "trim",
    source: "used",
    condition: "good",
    fits: classicCars("408"),
    qty: 3,
    price: 120,
    days: 32,
    desc: "Side mouldings and the boot-lid strip from a 408, rechromed where needed. Sold as a set. Also fits the Elite and Scaldia variants.",
  }),
  part({
    title: "Replacement hook and cable for the AZLK crane toy",
    partType: "other",
    source: "reproduction",
    condition: "new",
    fits: [{ category: "toy", model: "crane" }],
    qty: 6,
    price: 14,
    days: 45,
    seller: "seller",
    desc: "Steel hook and braided cable cut to the original length. Winds onto the factory drum.",
  }),
  part({
    title: "Original AZLK 1993 plate, removed from a damaged car",
    partType: "plate",
    source: "used",
    condition: "good",
    fits: [{ category: "pedal_car" }],
    qty: 1,
    price: 40,
    days: 44,
    soldDays: 8,
    status: "sold",
    seller: "seller",
    desc: "Genuine plate from a US car; sold.",
  }),
];
