import { getDatabaseHandle } from "@/db/client";
import { sql } from "drizzle-orm";
import { sharedCacheStatus } from "@/lib/cache/shared-cache-status";

export const dynamic = "force-dynamic";

// The database decides whether the instance can serve (503 without it). An unreachable Redis is
// reported but leaves the instance healthy: it serves from the database meanwhile.
export async function GET() {
  const cache = await sharedCacheStatus();
  try {
    const handle = await getDatabaseHandle();
    await handle.db.execute(sql`select 1`);
    return Response.json({ ok: true, database: handle.driver, cache });
  } catch {
    return Response.json({ ok: false, cache }, { status: 503 });
  }
}
