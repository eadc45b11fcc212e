import { bodyLimits, readJsonBody } from "@/lib/http/body";
import { toHttpError, withErrorResponses } from "@/lib/kernel/errors";
import { answerValuation } from "@/lib/valuation/cached-answer";
import { fieldErrorsOf } from "@/lib/kernel/forms";
import { valuationRequestSchema } from "@/lib/valuation/request-schema";

// Public: a collector checks an item from anywhere. Documented in the README.
export const POST = withErrorResponses(async (request: Request) => {
  let body: unknown;
  try {
    body = await readJsonBody(request, {
      maxBytes: bodyLimits.json,
      invalidMessage: 'Send a JSON body, e.g. { "item": { "category": "pedal_car", ... } }',
    });
  } catch (error) {
    // Refusals of the body itself keep the API's field-error shape, under "body".
    const refused = toHttpError(error);
    if (!refused || refused.code === "busy") throw error;
    return Response.json({ errors: { body: refused.message } }, { status: refused.status });
  }
  const parsed = valuationRequestSchema.safeParse(body);
  if (!parsed.success) return Response.json({ errors: fieldErrorsOf(parsed.error, "body") }, { status: 400 });
  const { valuation } = await answerValuation(parsed.data);
  return Response.json(valuation, { headers: { "Cache-Control": "no-store" } });
});
