// Which code may import which, checked by `npm run lint:deps` (part of `npm test`).
//
// lib/ is split into domain folders stacked in layers; a folder may import its own layer's kernel
// and anything below it, never above, and never a sibling on its own layer. So the domains can
// never import each other both ways. Server actions (lib/*/actions.ts) are entry points like app/:
// they may call any domain, and nothing in lib imports them.
const layers = [
  // The shared kernel: settings, money, forms, results, cache tags, route errors. Imports no domain.
  ["kernel"],
  // The site's languages: which there are, their addresses and their messages.
  ["i18n"],
  // The words of the market: what items and countries there are. Everything else speaks them.
  ["catalogue", "shipping"],
  // Accounts and sessions: every domain above asks who is acting.
  ["auth"],
  // Services a listing uses but that know nothing of listings: photo files, valuations, emails, the payment provider.
  ["photos", "valuation", "notifications", "payments"],
  // Listings: what is for sale, how it is found and shown.
  ["listings"],
  // What happens around a live listing: bidding, watching, saved searches, its questions and comments;
  // and the public record of how sales and auctions ended, read from sold items and closed auctions,
  // and the market reports made from it.
  ["auctions", "watchlist", "saved-searches", "results", "reports", "comments"],
  // What buyers and sellers said of each other after an order (read from the orders table, written by
  // the order's parties and, for an auction win left unpaid, by the expiry): profiles show it.
  ["feedback"],
  // What the site publishes: to search engines its listings, results and reports; to visitors a seller's profile.
  ["sitemap", "profiles"],
  // Buying: the cart, then the orders it turns into.
  ["cart"],
  ["orders"],
  // Offers on fixed-price listings, which become orders when accepted.
  ["offers"],
  // Private messages between a listing's or an order's buyer and seller, told by notification and email.
  ["messages"],
  // A seller's changes to a listing touch its auction, its stock, saved searches and its fair value.
  ["selling"],
  // An admin's moderation takes listings and accounts out of the market, and back.
  ["moderation"],
  // Scheduled work drives every domain.
  ["jobs"],
];

const domainRules = layers.flatMap((layer, rank) =>
  layer.map((domain) => {
    const notAllowed = layers
      .slice(rank)
      .flat()
      .filter((other) => other !== domain);
    return {
      name: `layer-${domain}`,
      comment: `lib/${domain} may only import domains below it: ${layers.slice(0, rank).flat().join(", ") || "none"}`,
      severity: "error",
      // Tests may check a lower layer through what is built on it (a descriptor through the sell form's schema).
      from: { path: `^lib/${domain}/`, pathNot: "^lib/[^/]+/actions\\.ts$|\\.test\\.tsx?$" },
      to: { path: `^lib/(${notAllowed.join("|")})/` },
    };
  }),
);

module.exports = {
  forbidden: [
    {
      name: "no-circular",
      comment: "No module reaches itself through its imports.",
      severity: "error",
      from: {},
      to: { circular: true },
    },
    ...domainRules,
    {
      name: "no-actions-from-lib",
      comment: "Server actions are entry points for forms: lib code calls the functions they call, not them.",
      severity: "error",
      from: { path: "^lib/", pathNot: "\\.test\\.ts$" },
      to: { path: "^lib/[^/]+/actions\\.ts$" },
    },
    {
      name: "lib-not-app",
      comment: "lib holds the logic; app holds routes and their UI and imports lib, not the other way round.",
      severity: "error",
      from: { path: "^lib/", pathNot: "\\.test\\.ts$" },
      to: { path: "^app/" },
    },
    {
      name: "db-core-not-lib",
      comment:
        "The schema, client, migrations and transaction types sit at the bottom with the kernel: they import nothing from lib but the kernel, " +
        "the catalogue's word lists the enums are made of, and types.",
      severity: "error",
      from: { path: "^db/", pathNot: "^db/(seed/|startup\\.ts$|maintenance-cli\\.ts$)|\\.test\\.ts$" },
      to: {
        path: "^lib/",
        pathNot: "^lib/(kernel/|catalogue/vocabulary\\.ts$)",
        dependencyTypesNot: ["type-only"],
      },
    },
    {
      name: "seed-out-of-reach",
      comment:
        "The demo seed (public passwords) is reached only from the start-up module and the seed command, never from the production client.",
      severity: "error",
      from: { path: "^(db|lib|app)/", pathNot: "^db/(seed/|startup\\.ts$)" },
      to: { path: "^db/seed/" },
    },
    {
      name: "pure-engine-no-io",
      comment:
        "The valuation engine (lib/valuation/engine/) says it is pure: nothing it imports, directly or through other modules, " +
        "touches the database, Next, the network or files. The server code around it (queries, appraise) lives beside it.",
      severity: "error",
      from: { path: "^lib/valuation/engine/", pathNot: "\\.test\\.ts$" },
      to: {
        reachable: true,
        path: [
          "^db/",
          "^lib/valuation/(?!engine/)",
          "^lib/kernel/(env|cache|cron|errors)\\.ts$",
          "^node_modules/(next|pg|@electric-sql|drizzle-orm|server-only|nodemailer|stripe|sharp|next-auth)/",
          "^(node:)?(fs|fs/promises|net|http|https|child_process)$",
        ],
      },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "(^|/)(node_modules|\\.next[^/]*|\\.data)/" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default", "types"],
    },
  },
};
