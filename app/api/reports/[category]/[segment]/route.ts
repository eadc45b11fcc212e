import { z } from "zod";
import { categories } from "@/lib/catalogue/vocabulary";
import { getMarketReport } from "@/lib/reports/queries";
import { findReportSegment, reportSegments } from "@/lib/reports/segments";

// Public, beside POST /api/valuation: a segment's market report as JSON, at the page's address
// under /api (/api/reports/pedal_car/plastic_bumpers). Documented in the README.
const paramsSchema = z.object({
  category: z.enum(categories),
  segment: z.string().min(1).max(40),
});

const notFoundMessage = `There is no market report for that segment. Reports exist for: ${reportSegments
  .map((s) => s.path.replace("/reports/", ""))
  .join(", ")}.`;

export async function GET(
  _request: Request,
  { params }: { params: Promise<{ category: string; segment: string }> },
) {
  const parsed = paramsSchema.safeParse(await params);
  const segment = parsed.success ? findReportSegment(parsed.data.category, parsed.data.segment) : undefined;
  if (!segment) return Response.json({ error: notFoundMessage }, { status: 404 });
  const report = await getMarketReport(segment);
  return Response.json(report, { headers: { "Cache-Control": "no-store" } });
}
