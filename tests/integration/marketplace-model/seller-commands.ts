import fc from "fast-check";
import { getListingForEdit } from "@/lib/listings/dashboard-queries";
import { deleteListing, publishListing, saveListing, unpublishListing } from "@/lib/listings/mutations";
import { centsToInput } from "@/lib/listings/schemas";
import { stockFigures, type Model } from "./observe";
import { actor, mustRefuse, mustSucceed, Step } from "./step";
import { isAuction, listingSellers, personNames, type ListingName, type PersonName, type World } from "./world";

// What sellers (and an admin, and people who are neither) do to listings: edit the sell form,
// publish, unpublish, delete.

export const edits = ["description", "price", "currency", "shipping", "quantity"] as const;
export type Edit = (typeof edits)[number];

function mayChange(world: World, who: PersonName, listing: ListingName): boolean {
  return listingSellers[listing] === who || world.people[who].role === "admin";
}

/** The sell form as the edit page fills it in (its auction fields as the page loads them), with one change. */
function editedForm(model: Model, listing: ListingName, values: Record<string, unknown>, edit: Edit, quantity: number): Record<string, unknown> {
  const seen = model.seen.listings[listing];
  const auction = model.seen.auctions[listing];
  const form: Record<string, unknown> = { ...values };
  if (auction) {
    Object.assign(form, { reservePrice: auction.reservePriceCents === null ? "" : centsToInput(auction.reservePriceCents), auctionLength: "custom", auctionEndsAt: auction.endsAt.toISOString() });
  }
  switch (edit) {
    case "description":
      return { ...form, description: `${String(form.description)} The horn works too.` };
    case "price":
      return { ...form, price: centsToInput(seen.askingPriceCents + 1_000) };
    case "currency":
      return { ...form, currency: seen.currency === "USD" ? "GBP" : "USD" };
    case "shipping":
      return { ...form, shipping: [{ destination: "US", price: "95" }, { destination: "WORLD", price: "900" }] };
    case "quantity":
      // Only a part has a quantity field; for anything else this is the form saved unchanged.
      return listing === "screens" ? { ...form, quantity: String(quantity) } : form;
  }
}

export class EditListing extends Step {
  constructor(readonly who: PersonName, readonly listing: ListingName, readonly edit: Edit, readonly quantity: number) {
    super();
  }

  toString(): string {
    const what = this.edit === "quantity" && this.listing === "screens" ? `{quantity: ${this.quantity}}` : `{${this.edit}}`;
    return `${this.who}.edit(${this.listing}, ${what})`;
  }

  protected async act(model: Model, world: World): Promise<void> {
    const listingId = world.listings[this.listing];
    const before = model.seen.listings[this.listing];
    const allowed = mayChange(world, this.who, this.listing);
    const own = await getListingForEdit({ actor: actor(world, this.who), listingId });
    if (!allowed && own) throw new Error(`${this.who} read the edit form of another seller's ${this.listing}`);
    if (allowed && !before.deleted && !own) throw new Error(`${this.who} could not open the edit form of ${this.listing}`);
    // Someone else posts the form with the seller's values, as a crafted request would.
    const values = own?.values ?? (await getListingForEdit({ actor: actor(world, listingSellers[this.listing]), listingId }))?.values ?? { category: before.category, title: "Deleted listing, posted anyway" };
    const result = await saveListing({ actor: actor(world, this.who), listingId, input: editedForm(model, this.listing, values, this.edit, this.quantity) });
    if (!allowed) {
      mustRefuse(result, "only the seller or an admin edits a listing");
      this.mustChangeNothing = true;
    }
    if (before.deleted || before.status === "sold") mustRefuse(result, `a ${before.deleted ? "deleted" : "sold"} listing cannot be edited`);
    if (result.ok && this.edit === "quantity" && this.listing === "screens") {
      // The seller sets what is on hand; what orders hold stays theirs.
      const { reserved, sold } = stockFigures(model.seen, listingId);
      model.listed.screens = this.quantity + reserved + sold;
    }
  }
}

export type StatusChange = "publish" | "unpublish" | "delete";
const statusChanges = { publish: publishListing, unpublish: unpublishListing, delete: deleteListing } as const;

export class ChangeListingStatus extends Step {
  constructor(readonly who: PersonName, readonly listing: ListingName, readonly change: StatusChange) {
    super();
  }

  toString(): string {
    return `${this.who}.${this.change}(${this.listing})`;
  }

  protected async act(model: Model, world: World): Promise<void> {
    const before = model.seen.listings[this.listing];
    const result = await statusChanges[this.change]({ actor: actor(world, this.who), listingId: world.listings[this.listing] });
    if (!mayChange(world, this.who, this.listing)) {
      mustRefuse(result, `only the seller or an admin may ${this.change} a listing`);
      this.mustChangeNothing = true;
    }
    if (before.deleted) mustRefuse(result, "a deleted listing stays deleted");
    if (this.change === "unpublish" && !isAuction(this.listing) && before.status === "live" && !before.deleted && mayChange(world, this.who, this.listing)) mustSucceed(result, "a seller can take a live listing off sale");
  }
}

const outsider = (listing: ListingName) => fc.constantFrom(...personNames.filter((p) => p !== listingSellers[listing]));
/** Mostly the listing's seller; sometimes someone else (another seller, a buyer, the admin). */
export const whoActsOn = (listing: ListingName) => fc.oneof({ weight: 3, arbitrary: fc.constant(listingSellers[listing]) }, { weight: 1, arbitrary: outsider(listing) });

/** The unique car and the first auction are where most seams are; the others keep them honest. */
export const someListing = fc.constantFrom<ListingName>("car", "car", "car", "auction1", "auction1", "screens", "screens", "toy", "auction2");

export const sellerCommands = [
  someListing
    .chain((listing) => fc.tuple(whoActsOn(listing), fc.constant(listing), fc.constantFrom(...edits), fc.integer({ min: 1, max: 5 })))
    .map(([who, listing, edit, quantity]) => new EditListing(who, listing, edit, quantity)),
  someListing
    .chain((listing) => fc.tuple(whoActsOn(listing), fc.constant(listing), fc.constantFrom<StatusChange>("publish", "unpublish", "unpublish", "delete")))
    .map(([who, listing, change]) => new ChangeListingStatus(who, listing, change)),
];
