import { randomBytes } from "node:crypto";
import { getDb } from "@/db/client";
import { auctions, listings, users } from "@/db/schema";
import { toListingColumns } from "@/lib/listings/listing-columns";
import { parseListingInput } from "@/lib/listings/schemas";

// One small marketplace per sequence: two sellers, three buyers and an admin, fresh each time, and
// five live listings (a unique pedal car, a stack of windscreens, a unique toy, two auctions).
// Rows are written the way the sell form's checked values map onto them (the same toListingColumns
// the server uses); everything that happens afterwards goes through lib functions only.

export const personNames = ["seller1", "seller2", "buyer1", "buyer2", "buyer3", "admin"] as const;
export type PersonName = (typeof personNames)[number];
export const listingNames = ["car", "screens", "toy", "auction1", "auction2"] as const;
export type ListingName = (typeof listingNames)[number];

export type Person = { name: PersonName; id: string; role: "user" | "admin"; country: string };
export type World = {
  people: Record<PersonName, Person>;
  listings: Record<ListingName, number>;
  auctionEndsAt: Date;
};

const countries: Record<PersonName, string> = {
  seller1: "US",
  seller2: "GB",
  buyer1: "US",
  buyer2: "GB",
  buyer3: "DE",
  admin: "US",
};

export const listingSellers: Record<ListingName, PersonName> = {
  car: "seller1",
  screens: "seller1",
  toy: "seller2",
  auction1: "seller1",
  auction2: "seller2",
};
export const isUnique = (name: ListingName) => name !== "screens";
export const isAuction = (name: ListingName) => name === "auction1" || name === "auction2";
export const initialQuantity = (name: ListingName) => (name === "screens" ? 3 : 1);

const worldwide = [
  { destination: "US", price: "95" },
  { destination: "WORLD", price: "240" },
];

const pedalCar = {
  category: "pedal_car",
  description: "Restored in the original red, with the tiny AZLK 1993 plate.",
  country: "US",
  era: "late_soft_tires",
  plate: "azlk_1993",
  condition: "excellent",
  restored: "yes",
  windscreen: "intact",
  steeringWheel: "intact",
  customVersion: "none",
  shipping: worldwide,
};

/** What each listing's sell form posted. Auctions end a few minutes after the sequence starts. */
function listingForms(endsAt: Date): Record<ListingName, Record<string, unknown>> {
  const auction = { saleFormat: "auction", auctionLength: "custom", auctionEndsAt: endsAt.toISOString() };
  return {
    car: {
      ...pedalCar,
      title: "1993 AZLK pedal car, soft tires",
      price: "365",
      currency: "USD",
      saleFormat: "fixed_price",
    },
    screens: {
      category: "part",
      title: "Reproduction windscreen for the pedal car",
      description: "Clear polycarbonate, cut to the original pattern.",
      price: "45",
      currency: "USD",
      saleFormat: "fixed_price",
      country: "US",
      shipping: [
        { destination: "US", price: "9" },
        { destination: "WORLD", price: "14" },
      ],
      partType: "windscreen",
      source: "reproduction",
      condition: "new",
      quantity: "3",
      fits: [{ category: "pedal_car" }],
    },
    toy: {
      category: "toy",
      title: "AZLK ZiL-130 dump truck, two feet long",
      description: "Bought in Moscow in 1989, all the paint is original.",
      price: "180",
      currency: "GBP",
      saleFormat: "fixed_price",
      country: "GB",
      shipping: worldwide,
      toy: "zil130_dump_truck",
      plate: "azlk_1993",
      condition: "good",
    },
    auction1: {
      ...pedalCar,
      title: "Police pedal car with working lights",
      price: "150",
      reservePrice: "300",
      currency: "USD",
      ...auction,
    },
    auction2: {
      category: "toy",
      title: "AZLK construction crane, boxed",
      description: "The crane arm turns and the hook winds; box a little worn.",
      price: "60",
      currency: "GBP",
      country: "GB",
      shipping: worldwide,
      toy: "crane",
      plate: "azlk_1993",
      condition: "excellent",
      ...auction,
    },
  };
}

export async function createWorld(): Promise<World> {
  const db = await getDb();
  const tag = randomBytes(4).toString("hex");
  const rows = await db
    .insert(users)
    .values(
      personNames.map((name) => ({
        email: `${name}-${tag}@example.com`,
        displayName: `${name} ${tag}`,
        role: name === "admin" ? ("admin" as const) : ("user" as const),
        country: countries[name],
      })),
    )
    .returning({ id: users.id, role: users.role, email: users.email });
  const people = Object.fromEntries(
    personNames.map((name, i) => [
      name,
      { name, id: rows[i]!.id, role: rows[i]!.role, country: countries[name] },
    ]),
  ) as Record<PersonName, Person>;

  // Auctions end 10 minutes out: far enough that no bid lands in the anti-sniping window.
  const auctionEndsAt = new Date(Date.now() + 10 * 60_000);
  const forms = listingForms(auctionEndsAt);
  const values = listingNames.map((name) => {
    const parsed = parseListingInput(forms[name], "complete");
    if (!parsed.ok) throw new Error(`${name}: ${JSON.stringify(parsed.fieldErrors)}`);
    const { attributes, ...columns } = toListingColumns(parsed.value);
    const quantity = initialQuantity(name);
    return {
      ...columns,
      quantity,
      attributes: attributes as typeof listings.$inferInsert.attributes,
      sellerId: people[listingSellers[name]].id,
      status: "live" as const,
      photoCount: 1,
      publishedAt: new Date(),
    };
  });
  const created = await db.insert(listings).values(values).returning({ id: listings.id });
  const ids = Object.fromEntries(listingNames.map((name, i) => [name, created[i]!.id])) as Record<
    ListingName,
    number
  >;
  await db.insert(auctions).values(
    (["auction1", "auction2"] as const).map((name) => ({
      listingId: ids[name],
      startPriceCents: values[listingNames.indexOf(name)]!.askingPriceCents,
      reservePriceCents: name === "auction1" ? 30_000 : null,
      startsAt: new Date(Date.now() - 60_000),
      endsAt: auctionEndsAt,
      originalEndsAt: auctionEndsAt,
      status: "open" as const,
    })),
  );
  return { people, listings: ids, auctionEndsAt };
}
