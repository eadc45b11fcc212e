import { getDatabaseHandle } from "@/db/client";
import { sql } from "drizzle-orm";

export const dynamic = "force-dynamic";

export async function GET() {
  try {
    const handle = await getDatabaseHandle();
    await handle.db.execute(sql`select 1`);
    return Response.json({ ok: true, database: handle.driver });
  } catch {
    return Response.json({ ok: false }, { status: 503 });
  }
}
