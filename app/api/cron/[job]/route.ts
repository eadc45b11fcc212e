import { requireCronRequest } from "@/lib/kernel/cron";
import { HttpError, withErrorResponses } from "@/lib/kernel/errors";
import { findJob, scheduledJobs } from "@/lib/jobs/catalogue";

export const dynamic = "force-dynamic";

// POST /api/cron/<job>: runs one scheduled job now (send-emails, ending-soon-alerts,
// saved-search-alerts, refresh-fair-values, ...), for an external scheduler or an operator. Jobs are
// safe to run twice and alongside the built-in runner. Needs `Authorization: Bearer <CRON_SECRET>`.
export const POST = withErrorResponses(
  async (request: Request, { params }: { params: Promise<{ job: string }> }) => {
    requireCronRequest(request);
    const job = findJob((await params).job);
    if (!job)
      throw new HttpError(
        "not_found",
        `No scheduled job by that name. Jobs: ${scheduledJobs.map((j) => j.name).join(", ")}.`,
      );
    return Response.json({ job: job.name, ...(await job.run({})) });
  },
);
