import { hash } from "@node-rs/argon2";
import type { Database } from "@/db/client";
import { addresses, users } from "@/db/schema";

// Demo accounts: documented in the README and used by the end-to-end tests. Never use these passwords outside a demo.

export type DemoAccountKey = "admin" | "seller" | "parts" | "collector" | "buyer";

export type DemoAccount = {
  key: DemoAccountKey;
  email: string;
  password: string;
  displayName: string;
  role: "user" | "admin";
  /** Home country (ISO 3166-1 alpha-2): where their parcels go unless they choose another address. */
  country: string;
  postalCode: string | null;
  /** Their default shipping address, when the demo gives them one. */
  address?: { name: string; line1: string; city: string; postalCode: string };
};

const demoAccounts: readonly DemoAccount[] = [
  {
    key: "admin",
    email: "admin@moskvitch.example",
    password: "Admin-Moskvitch-1973",
    displayName: "Market team",
    role: "admin",
    country: "US",
    postalCode: null,
  },
  {
    key: "seller",
    email: "seller@moskvitch.example",
    password: "Pedal-Car-Restorer-1984",
    displayName: "Sergei (AZLK Garage)",
    role: "user",
    country: "US",
    postalCode: "07302",
  },
  {
    key: "parts",
    email: "parts@moskvitch.example",
    password: "Spare-Parts-Depot-1988",
    displayName: "Baltic Parts Depot",
    role: "user",
    country: "EE",
    postalCode: "10115",
  },
  {
    key: "collector",
    email: "collector@moskvitch.example",
    password: "Collector-Aleko-2141",
    displayName: "Nina K.",
    role: "user",
    country: "US",
    postalCode: "97214",
  },
  {
    key: "buyer",
    email: "buyer@moskvitch.example",
    password: "Buyer-Windscreen-1993",
    displayName: "Tom B.",
    role: "user",
    country: "GB",
    postalCode: "M4 1HN",
    address: { name: "Tom B.", line1: "1 Tib Street", city: "Manchester", postalCode: "M4 1HN" },
  },
];

/** Inserts the demo accounts with argon2id hashes; returns each account's user id by key. */
export async function insertDemoUsers(
  db: Database,
  createdAt: Date,
): Promise<Record<DemoAccountKey, string>> {
  const hashes = await Promise.all(demoAccounts.map((a) => hash(a.password)));
  const rows = await db
    .insert(users)
    .values(
      demoAccounts.map((a, i) => ({
        email: a.email,
        displayName: a.displayName,
        passwordHash: hashes[i] ?? null,
        role: a.role,
        country: a.country,
        postalCode: a.postalCode,
        createdAt,
        updatedAt: createdAt,
      })),
    )
    .returning({ id: users.id, email: users.email });
  const ids = {} as Record<DemoAccountKey, string>;
  for (const account of demoAccounts) {
    const row = rows.find((r) => r.email === account.email);
    if (!row) throw new Error(`Demo user ${account.email} was not inserted`);
    ids[account.key] = row.id;
  }
  const withAddress = demoAccounts.filter((a) => a.address);
  if (withAddress.length) {
    await db.insert(addresses).values(
      withAddress.map((a) => ({
        userId: ids[a.key],
        ...a.address!,
        country: a.country,
        isDefault: true,
        createdAt,
        updatedAt: createdAt,
      })),
    );
  }
  return ids;
}
