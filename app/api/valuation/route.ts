import { appraiseItem } from "@/lib/valuation/appraise";
import { fieldErrorsFrom, valuationRequestSchema } from "@/lib/valuation/request-schema";

// Public: a collector checks an item from anywhere. Documented in the README.
export async function POST(request: Request) {
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    return Response.json({ errors: { body: "Send a JSON body, e.g. { \"item\": { \"category\": \"pedal_car\", ... } }" } }, { status: 400 });
  }
  const parsed = valuationRequestSchema.safeParse(body);
  if (!parsed.success) return Response.json({ errors: fieldErrorsFrom(parsed.error) }, { status: 400 });
  const { valuation } = await appraiseItem(parsed.data);
  return Response.json(valuation, { headers: { "Cache-Control": "no-store" } });
}
