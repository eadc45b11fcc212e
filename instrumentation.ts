// Runs once when the server starts (never during `next build`). The Node-only parts live in db/startup.ts
// and lib/jobs so the Edge bundle never sees them.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  // Before the first request: sign-in limits count against the connection's address, which only this sees.
  const { recordSocketAddresses } = await import("@/lib/auth/socket-address");
  recordSocketAddresses();
  const { openDatabaseAtStartup } = await import("@/db/startup");
  await openDatabaseAtStartup();
  // Closing auctions, expiring reservations, sending emails: on time, whoever is looking.
  const { startScheduledJobs } = await import("@/lib/jobs/start");
  await startScheduledJobs();
}
