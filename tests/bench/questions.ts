import { unusedLatePedalCar } from "@/lib/catalogue/examples";

// The valuation questions the bench asks of /value and POST /api/valuation.

// A full pedal-car question at a few prices: the page and the API value it on every request.
const pedalCarQuestion =
  "category=pedal_car&era=late_soft_tires&plate=azlk_1993&condition=unused&restored=no&windscreen=intact&steering_wheel=intact&custom_version=none&country=US";
export const valuePaths = [300, 350, 420, 520].map(
  (dollars) => `/value?${pedalCarQuestion}&price=${dollars}`,
);
export const valuationBody = (i: number) =>
  JSON.stringify({
    item: unusedLatePedalCar,
    priceCents: 30000 + (i % 8) * 2500,
    currency: "USD",
    shipTo: { country: "US", postalCode: "07302" },
  });
// A price never asked before on every request: the cache can answer none of them.
export const newPriceBody = (i: number) =>
  JSON.stringify({ ...JSON.parse(valuationBody(i)), priceCents: 20_000 + (i % 1_000_000) });
