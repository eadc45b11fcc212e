// Route handlers called directly run outside a Next request, where `cookies()` from next/headers has
// nothing to read. A test file swaps next/headers for this cookie jar (the framework's module, not
// ours), so the app's own session code reads a real signed cookie naming a real sessions row:
//
//   vi.mock("next/headers", async () => (await import("../support/request-cookies")).nextHeaders);

const jar = new Map<string, string>();

export const requestCookies = {
  set: (name: string, value: string) => void jar.set(name, value),
  clear: () => jar.clear(),
};

type Cookie = { name: string; value: string };

export const nextHeaders = {
  cookies: async () => ({
    getAll: (): Cookie[] => [...jar].map(([name, value]) => ({ name, value })),
    get: (name: string): Cookie | undefined => (jar.has(name) ? { name, value: jar.get(name)! } : undefined),
    has: (name: string) => jar.has(name),
  }),
  headers: async () => new Headers({ host: "market.test", "x-forwarded-proto": "http" }),
};
