import type { Plate, ToyCondition } from "@/lib/catalogue/vocabulary";
import { dollars, ship, type SeedListing } from "./catalogue-types";
import type { DemoAccountKey } from "./users";

// AZLK's other big metal toys: the ZiL-130 dump truck, the construction crane and the excavator.

type ToyInput = {
  title: string;
  desc: string;
  toy: "zil130_dump_truck" | "crane" | "excavator";
  plate: Plate;
  condition: ToyCondition;
  price: number;
  days: number;
  body: string;
  cab: string;
  seller?: DemoAccountKey;
  status?: SeedListing["status"];
  soldDays?: number;
};

function toy(t: ToyInput): SeedListing {
  const collector = t.seller === "collector";
  return {
    seller: t.seller ?? "seller",
    title: t.title,
    description: t.desc,
    priceCents: dollars(t.price),
    attributes: { category: "toy", toy: t.toy, plate: t.plate, condition: t.condition },
    country: "US",
    city: collector ? "Portland" : "Jersey City",
    shipping: ship.toyFromUS,
    status: t.status,
    daysAgo: t.days,
    soldDaysAgo: t.soldDays,
    photos: t.status !== "sold" && t.condition === "unused" ? 2 : 1,
    art: { kind: "toy", toy: t.toy, color: t.body, cab: t.cab },
  };
}

export const toyListings: SeedListing[] = [
  toy({
    title: "AZLK ZiL-130 dump truck, two feet long, 1993 plate, unused",
    toy: "zil130_dump_truck",
    plate: "azlk_1993",
    condition: "unused",
    price: 265,
    days: 2,
    body: "#f0a417",
    cab: "#1f5fa8",
    desc: "The big pressed-steel ZiL-130 with a tipping bed that still locks in both positions. Unused, from the same early-nineties shipment as the pedal cars, with the tiny AZLK 1993 plate. Paint is bright with no rust.",
  }),
  toy({
    title: "ZiL-130 metal dump truck by AZLK, blue cab, light play wear",
    toy: "zil130_dump_truck",
    plate: "azlk_1993",
    condition: "good",
    price: 190,
    days: 14,
    body: "#e8742a",
    cab: "#2a6bb8",
    desc: "Played with, so the bed has scuffs and the front bumper is slightly bent. Tipping mechanism works. A solid, honest example.",
  }),
  toy({
    title: "AZLK ZiL-130 dump truck, bought in Moscow in 1989",
    toy: "zil130_dump_truck",
    plate: "none",
    condition: "excellent",
    price: 230,
    days: 33,
    seller: "collector",
    body: "#e0b21f",
    cab: "#c0392b",
    desc: "My father brought this home from a Moscow trip in 1989, so it has no plate like the US imports. Kept on a shelf ever since. Red cab, yellow bed.",
  }),
  toy({
    title: "AZLK construction crane toy with 1993 plate, boom and hook complete",
    toy: "crane",
    plate: "azlk_1993",
    condition: "excellent",
    price: 240,
    days: 7,
    body: "#efc21a",
    cab: "#d35400",
    desc: "The truck-mounted crane with its boom, winding handle and hook all present, which is rare. The crank still winds the cable. Minor shelf dust, no rust.",
  }),
  toy({
    title: "Metal AZLK crane truck, unused, plate present",
    toy: "crane",
    plate: "azlk_1993",
    condition: "unused",
    price: 285,
    days: 21,
    body: "#f2c316",
    cab: "#1f5fa8",
    desc: "Unused crane from importer stock. The hook cable is still wound factory-tight. Heavy and well made, like all the AZLK toys.",
  }),
  toy({
    title: "AZLK crane toy, fair, hook replaced",
    toy: "crane",
    plate: "none",
    condition: "fair",
    price: 120,
    days: 46,
    body: "#e6b422",
    cab: "#c0392b",
    desc: "Worn paint and a replacement hook, but the boom raises and the turntable turns. Good for display or as a parts source for a better one.",
  }),
  toy({
    title: "AZLK excavator toy, 1993 plate, working arm and bucket",
    toy: "excavator",
    plate: "azlk_1993",
    condition: "excellent",
    price: 215,
    days: 10,
    body: "#f0a417",
    cab: "#e67e22",
    desc: "Tracked excavator with the arm, stick and bucket all moving freely. The plate matches the pedal cars of the same shipment. Very clean.",
  }),
  toy({
    title: "AZLK metal excavator, good, from a Brooklyn estate",
    toy: "excavator",
    plate: "azlk_1993",
    condition: "good",
    price: 175,
    days: 28,
    body: "#e8b923",
    cab: "#d35400",
    desc: "Light scratches and a little wear on the tracks. Everything moves. Part of a small AZLK toy collection we bought from an estate.",
  }),
  toy({
    title: "Unused AZLK excavator, yellow, plate present",
    toy: "excavator",
    plate: "azlk_1993",
    condition: "unused",
    price: 245,
    days: 52,
    seller: "collector",
    body: "#f2c316",
    cab: "#e0762a",
    desc: "Unused and complete. I have two, so this one goes. Ships well in a double box.",
  }),
  toy({
    title: "AZLK ZiL-130 dump truck, 1993 plate",
    toy: "zil130_dump_truck",
    plate: "azlk_1993",
    condition: "excellent",
    price: 240,
    days: 49,
    soldDays: 19,
    status: "sold",
    body: "#f0a417",
    cab: "#1f5fa8",
    desc: "Clean ZiL-130 with the 1993 plate; sold to a buyer in Michigan.",
  }),
];
