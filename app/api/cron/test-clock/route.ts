import { z } from "zod";
import { getDb } from "@/db/client";
import { getEnv } from "@/lib/kernel/env";
import { bodyLimits, readJsonBody } from "@/lib/http/body";
import { requireCronRequest } from "@/lib/kernel/cron";
import { HttpError, withErrorResponses } from "@/lib/kernel/errors";
import { marketClock, moveTestClock, resetTestClock, testClockOffset } from "@/lib/kernel/market-clock";

export const dynamic = "force-dynamic";

// For end-to-end tests only: moves the market's clock forward, so an auction's end or a reservation's
// hold arrives without waiting for it. Answers 404 unless the server runs with TEST_CLOCK=true (which
// needs pretend payments), and needs `Authorization: Bearer <CRON_SECRET>` like every scheduled job.

const moveSchema = z.union([
  z
    .object({
      advanceSeconds: z
        .number()
        .int()
        .min(1)
        .max(30 * 24 * 3600),
    })
    .strict(),
  z.object({ reset: z.literal(true) }).strict(),
]);

export const POST = withErrorResponses(async (request: Request) => {
  if (!getEnv().testClock) throw new HttpError("not_found", "Not found.");
  requireCronRequest(request);
  const body = await readJsonBody(request, {
    maxBytes: bodyLimits.json,
    invalidMessage: 'Send { "advanceSeconds": 120 } or { "reset": true }.',
  });
  const parsed = moveSchema.safeParse(body);
  if (!parsed.success)
    throw new HttpError(
      "bad_request",
      'Send { "advanceSeconds": 120 } (a whole number of seconds, up to 30 days) or { "reset": true }.',
    );
  const db = await getDb();
  if ("reset" in parsed.data) await resetTestClock(db);
  else await moveTestClock(db, parsed.data.advanceSeconds * 1000);
  return Response.json(
    { offsetMs: await testClockOffset(db), now: (await marketClock()).now().toISOString() },
    { headers: { "Cache-Control": "no-store" } },
  );
});
