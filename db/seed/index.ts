import type { Database, DatabaseHandle } from "@/db/transaction";
import { isDatabaseEmpty } from "@/db/migrate";
import { listingPhotos, listings, partFits, soldItems, type NewSoldItem } from "@/db/schema";
import { cacheTags, expireTagsOutsideRequest } from "@/lib/kernel/cache-tags";
import { itemSchema, type Item } from "@/lib/catalogue/item-schemas";
import { partFitRows, searchAliasesFor } from "@/lib/listings/listing-columns";
import { refreshSearchVocabulary } from "@/lib/listings/vocabulary";
import { runValuationBacktest } from "@/lib/valuation/accuracy";
import { refreshStoredFairValues } from "@/lib/valuation/stored-fair-value";
import { classicCarListings } from "./catalogue-classic-cars";
import { partListings } from "./catalogue-parts";
import { pedalCarListings } from "./catalogue-pedal-cars";
import type { SeedListing } from "./catalogue-types";
import { toyListings } from "./catalogue-toys";
import { seedDemoAuctions } from "./auctions";
import { renderCataloguePhotos, seedStorageKey, storePhoto } from "./photos";
import { createRandom, daysBefore } from "./random";
import { itemColumns } from "@/lib/valuation/sold-item-columns";
import { externalSoldItems } from "./sold-history";
import { insertDemoUsers } from "./users";

// The demo catalogue: five accounts, pedal cars of every era, AZLK toys, classic Moskvitch cars,
// spare parts with their fits, drawn photos, and three years of sold prices. Deterministic except
// that dates are relative to the moment it runs. Call it only on an empty, migrated database.

const demoCatalogue: readonly SeedListing[] = [
  ...pedalCarListings,
  ...toyListings,
  ...classicCarListings,
  ...partListings,
];

const HOUR = 60 * 60 * 1000;

function checkedItem(attributes: unknown, what: string): Item {
  const parsed = itemSchema.safeParse(attributes);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`Seed data is invalid (${what}): ${issue?.path.join(".")}: ${issue?.message}`);
  }
  return parsed.data;
}

export async function seedDemoCatalogue(db: Database): Promise<string> {
  const now = new Date();
  const random = createRandom(1973);

  // Check everything before touching the database.
  const items = demoCatalogue.map((listing) => checkedItem(listing.attributes, listing.title));
  const history = externalSoldItems(random, now);
  for (const row of history) checkedItem(row.attributes, row.title);

  // Drawing and encoding is CPU work: do it before the transaction so the transaction stays short.
  const rendered = await renderCataloguePhotos(demoCatalogue);

  const counts = await db.transaction(async (tx) => {
    const userIds = await insertDemoUsers(tx as unknown as Database, daysBefore(now, 400));
    let photoCount = 0;
    const marketplaceSales: NewSoldItem[] = [];

    for (const [index, listing] of demoCatalogue.entries()) {
      const item = items[index]!;
      const status = listing.status ?? "live";
      // A little jitter in the hour, so listings published the same day still have an order.
      const published = new Date(daysBefore(now, listing.daysAgo).getTime() - random.int(0, 10) * HOUR);
      const soldAt = listing.soldDaysAgo !== undefined ? daysBefore(now, listing.soldDaysAgo) : null;
      const photos = rendered[index] ?? [];
      const [row] = await tx
        .insert(listings)
        .values({
          sellerId: userIds[listing.seller],
          category: item.category,
          status,
          saleFormat: "fixed_price",
          title: listing.title,
          description: listing.description,
          attributes: listing.attributes,
          ...itemColumns(item),
          askingPriceCents: listing.priceCents,
          currency: listing.currency ?? "USD",
          quantity: listing.quantity ?? 1,
          listedQuantity: listing.quantity ?? 1,
          country: listing.country,
          city: listing.city,
          shippingOptions: listing.shipping,
          photoCount: photos.length,
          searchAliases: searchAliasesFor(listing.attributes),
          publishedAt: status === "draft" ? null : published,
          soldAt: status === "sold" ? soldAt : null,
          createdAt: new Date(published.getTime() - 2 * HOUR),
          updatedAt: soldAt ?? published,
        })
        .returning({ id: listings.id });
      if (!row) throw new Error(`Listing not inserted: ${listing.title}`);

      const fits = item.category === "part" ? partFitRows(row.id, item.fits) : [];
      if (fits.length > 0) await tx.insert(partFits).values(fits);

      const photoRows: (typeof listingPhotos.$inferInsert)[] = [];
      for (const [position, photo] of photos.entries()) {
        const storageKey = seedStorageKey(row.id, position);
        // Files are written before commit, so no committed row points at a missing file; a rolled-back
        // run leaves only unreferenced files behind.
        const size = await storePhoto(storageKey, photo);
        photoRows.push({
          listingId: row.id,
          position,
          storageKey,
          ...size,
          altText: photo.altText,
          createdAt: published,
        });
      }
      if (photoRows.length > 0) await tx.insert(listingPhotos).values(photoRows);
      photoCount += photoRows.length;

      if (status === "sold" && soldAt) {
        marketplaceSales.push({
          listingId: row.id,
          // The demo's own "sold" listings are as made up as its history.
          origin: "demo",
          category: item.category,
          title: listing.title,
          attributes: item,
          ...itemColumns(item),
          soldPriceCents: listing.priceCents,
          shippingCents: listing.shipping[0]?.priceCents ?? null,
          currency: listing.currency ?? "USD",
          country: listing.country,
          soldAt,
          url: null,
        });
      }
    }

    const allSales = [...history, ...marketplaceSales];
    for (let i = 0; i < allSales.length; i += 100)
      await tx.insert(soldItems).values(allSales.slice(i, i + 100));

    const byStatus = (s: string) => demoCatalogue.filter((l) => (l.status ?? "live") === s).length;
    return {
      users: Object.keys(userIds).length,
      live: byStatus("live"),
      drafts: byStatus("draft"),
      sold: byStatus("sold"),
      photos: photoCount,
      soldItems: allSales.length,
    };
  });

  const valued = await refreshStoredFairValues({ db, now });
  await seedDemoAuctions(db, now);
  // The demo's sales are all demo: the back-test records that there is nothing to measure yet.
  await runValuationBacktest({ db, now });
  await refreshSearchVocabulary(db);
  // Answers cached before the seed (another instance, an earlier request) knew none of these sales.
  await expireTagsOutsideRequest([cacheTags.valuations]).catch(() => {});
  return `${counts.users} users, ${counts.live} live listings (${valued} valued) (+${counts.drafts} drafts, ${counts.sold} sold), ${counts.photos} photos, ${counts.soldItems} sold items`;
}

/** Seeds the demo catalogue into an empty database (one instance at a time); a database with users is left alone. */
export async function seedDemoIfEmpty(handle: DatabaseHandle): Promise<void> {
  await handle.exclusively(async () => {
    if (!(await isDatabaseEmpty(handle))) return;
    const summary = await seedDemoCatalogue(handle.db);
    console.log(`Seeded the demo catalogue: ${summary}`);
  });
}
