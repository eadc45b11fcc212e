// Runs once when the server starts. The Node-only part lives in db/startup.ts so the Edge bundle never sees it.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  // Before the first request: sign-in limits count against the connection's address, which only this sees.
  const { recordSocketAddresses } = await import("@/lib/auth/socket-address");
  recordSocketAddresses();
  const { openDatabaseAtStartup } = await import("@/db/startup");
  await openDatabaseAtStartup();
}
