import { withErrorResponses } from "@/lib/kernel/errors";
import { getDisplayRates } from "@/lib/valuation/display-rates";

// The latest rate of each currency, for showing prices in the visitor's currency beside the listing's.
export const GET = withErrorResponses(async () => Response.json(await getDisplayRates()));
