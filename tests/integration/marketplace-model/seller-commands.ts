import fc from "fast-check";
import { getListingForEdit } from "@/lib/listings/dashboard-queries";
import { deleteListing, publishListing, saveListing, unpublishListing } from "@/lib/selling/listings";
import { centsToInput } from "@/lib/listings/schemas";
import type { Model } from "./observe";
import { actor, mustRefuse, mustSucceed, Step } from "./step";
import {
  isAuction,
  listingNames,
  listingSellers,
  personNames,
  type ListingName,
  type PersonName,
  type World,
} from "./world";

// What sellers (and an admin, and people who are neither) do to listings: edit the sell form,
// publish, unpublish, delete.

export const edits = ["description", "price", "currency", "shipping", "quantity"] as const;
export type Edit = (typeof edits)[number];

function mayChange(world: World, who: PersonName, listing: ListingName): boolean {
  return listingSellers[listing] === who || world.people[who].role === "admin";
}

/** The sell form as the edit page fills it in (its auction fields as the page loads them), with one change. */
function editedForm(
  model: Model,
  listing: ListingName,
  values: Record<string, unknown>,
  edit: Edit,
  quantity: number,
): Record<string, unknown> {
  const seen = model.seen.listings[listing];
  const auction = model.seen.auctions[listing];
  const form: Record<string, unknown> = { ...values };
  if (auction) {
    Object.assign(form, {
      reservePrice: auction.reservePriceCents === null ? "" : centsToInput(auction.reservePriceCents),
      auctionLength: "custom",
      auctionEndsAt: auction.endsAt.toISOString(),
    });
  }
  switch (edit) {
    case "description":
      return { ...form, description: `${String(form.description)} The horn works too.` };
    case "price":
      return { ...form, price: centsToInput(seen.askingPriceCents + 1_000) };
    case "currency":
      return { ...form, currency: seen.currency === "USD" ? "GBP" : "USD" };
    case "shipping":
      return {
        ...form,
        shipping: [
          { destination: "US", price: "95" },
          { destination: "WORLD", price: "900" },
        ],
      };
    case "quantity":
      // Only a part has a quantity field; for anything else this is the form saved unchanged.
      return listing === "screens" ? { ...form, quantity: String(quantity) } : form;
  }
}

/** A listing named, or "held": whichever listing an unpaid or paid order holds, which is where edits bite. */
export type ListingChoice = ListingName | "held";
export type Who = "seller" | PersonName;

function heldListing(model: Readonly<Model>): ListingName | undefined {
  const held = [...model.seen.orders.values()]
    .filter((o) => ["pending_payment", "paid"].includes(o.status))
    .flatMap((o) => o.lines.map((l) => l.listingId));
  return listingNames.find((n) => held.includes(model.world.listings[n]));
}

/** Resolves "held" and "seller" against the model as the step runs; toString then prints the names. */
abstract class ListingStep extends Step {
  protected listing: ListingName = "car";
  protected who: PersonName = "seller1";
  private resolved = false;

  constructor(
    readonly choice: ListingChoice,
    readonly party: Who,
  ) {
    super();
  }

  override check(model: Readonly<Model>): boolean {
    return this.choice !== "held" || heldListing(model) !== undefined;
  }

  protected resolve(model: Model): void {
    this.listing = this.choice === "held" ? heldListing(model)! : this.choice;
    this.who = this.party === "seller" ? listingSellers[this.listing] : this.party;
    this.resolved = true;
  }

  protected names(): string {
    return this.resolved ? `${this.who}.%(${this.listing}` : `${this.party}.%(${this.choice}`;
  }
}

class EditListing extends ListingStep {
  constructor(
    choice: ListingChoice,
    party: Who,
    readonly edit: Edit,
    readonly quantity: number,
  ) {
    super(choice, party);
  }

  toString(): string {
    const what =
      this.edit === "quantity" && this.listing === "screens"
        ? `{quantity: ${this.quantity}}`
        : `{${this.edit}}`;
    return `${this.names().replace("%", "edit")}, ${what})`;
  }

  protected async act(model: Model, world: World): Promise<void> {
    this.resolve(model);
    const listingId = world.listings[this.listing];
    const before = model.seen.listings[this.listing];
    const allowed = mayChange(world, this.who, this.listing);
    const own = await getListingForEdit({ actor: actor(world, this.who), listingId });
    if (!allowed && own)
      throw new Error(`${this.who} read the edit form of another seller's ${this.listing}`);
    if (allowed && !before.deleted && !own)
      throw new Error(`${this.who} could not open the edit form of ${this.listing}`);
    // Someone else posts the form with the seller's values, as a crafted request would.
    const values = own?.values ??
      (await getListingForEdit({ actor: actor(world, listingSellers[this.listing]), listingId }))?.values ?? {
        category: before.category,
        title: "Deleted listing, posted anyway",
      };
    const result = await saveListing({
      actor: actor(world, this.who),
      listingId,
      input: editedForm(model, this.listing, values, this.edit, this.quantity),
    });
    if (!allowed) {
      mustRefuse(result, "only the seller or an admin edits a listing");
      this.mustChangeNothing = true;
    }
    if (before.deleted || before.status === "sold")
      mustRefuse(result, `a ${before.deleted ? "deleted" : "sold"} listing cannot be edited`);
    if (result.ok && this.edit === "quantity" && this.listing === "screens") {
      // The seller changes the quantity the form showed by some units; what buyers hold stays theirs.
      model.listed.screens += this.quantity - Number(values.quantity);
    }
  }
}

export type StatusChange = "publish" | "unpublish" | "delete";
const statusChanges = {
  publish: publishListing,
  unpublish: unpublishListing,
  delete: deleteListing,
} as const;

class ChangeListingStatus extends ListingStep {
  constructor(
    choice: ListingChoice,
    party: Who,
    readonly change: StatusChange,
  ) {
    super(choice, party);
  }

  toString(): string {
    return `${this.names().replace("%", this.change)})`;
  }

  protected async act(model: Model, world: World): Promise<void> {
    this.resolve(model);
    const before = model.seen.listings[this.listing];
    const result = await statusChanges[this.change]({
      actor: actor(world, this.who),
      listingId: world.listings[this.listing],
    });
    if (!mayChange(world, this.who, this.listing)) {
      mustRefuse(result, `only the seller or an admin may ${this.change} a listing`);
      this.mustChangeNothing = true;
    }
    if (before.deleted) mustRefuse(result, "a deleted listing stays deleted");
    if (
      this.change === "unpublish" &&
      !isAuction(this.listing) &&
      before.status === "live" &&
      !before.deleted &&
      mayChange(world, this.who, this.listing)
    )
      mustSucceed(result, "a seller can take a live listing off sale");
  }
}

/** Mostly the listing's seller; sometimes someone else (another seller, a buyer, the admin). */
const who = fc.oneof(
  { weight: 3, arbitrary: fc.constant<Who>("seller") },
  { weight: 1, arbitrary: fc.constantFrom<Who>(...personNames) },
);
/** The unique car and the first auction are where most seams are; the others keep them honest. */
const someListing = fc.constantFrom<ListingChoice>(
  "held",
  "held",
  "car",
  "car",
  "auction1",
  "auction1",
  "screens",
  "toy",
  "auction2",
);

export const sellerCommands = [
  fc
    .tuple(someListing, who, fc.constantFrom(...edits), fc.integer({ min: 1, max: 5 }))
    .map(([l, w, edit, quantity]) => new EditListing(l, w, edit, quantity)),
  fc
    .tuple(someListing, who, fc.constantFrom<StatusChange>("publish", "unpublish", "unpublish", "delete"))
    .map(([l, w, change]) => new ChangeListingStatus(l, w, change)),
];
