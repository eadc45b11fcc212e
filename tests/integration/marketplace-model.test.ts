import fc from "fast-check";
import { describe, it } from "vitest";
import { modelReplay, modelRuns } from "../support/model-runs";
import { testDriver, withTestDatabase } from "../support/test-database";
import { buyerCommands } from "./marketplace-model/buyer-commands";
import { marketCommands } from "./marketplace-model/market-commands";
import { newModel, observe } from "./marketplace-model/observe";
import { offerCommands } from "./marketplace-model/offer-commands";
import { sellerCommands } from "./marketplace-model/seller-commands";
import { createWorld } from "./marketplace-model/world";

// Random short lives of a small marketplace (two sellers, three buyers, an admin; a unique pedal
// car, windscreens, a toy, two auctions; carts, checkouts of one seller or of the whole cart, bids and offers), each step through the lib functions the pages and
// route handlers call, with the marketplace's rules checked after every step. A failure prints the
// shortest sequence fast-check could shrink it to, one command per step.

withTestDatabase();

// fc.commands picks each arbitrary equally often: repeats weight the common steps.
const [edit, changeStatus] = sellerCommands;
const [addToCart, checkout, checkoutCart, buyNow, pay, read, ship] = buyerCommands;
const [stripe, later, bid, close, offer] = marketCommands;
const [makeOffer, answerOffer, acceptCounter] = offerCommands;
const weighted = [
  ...[edit, edit, edit, changeStatus, changeStatus],
  ...[addToCart, addToCart, checkout, checkoutCart, buyNow, buyNow, buyNow, pay, pay, pay, read, ship],
  ...[stripe, stripe, stripe, later, later, bid, bid, bid, close, close, offer],
  ...[makeOffer, makeOffer, answerOffer, answerOffer, acceptCounter],
].map((a) => a!);
const numRuns = modelRuns(testDriver);

describe("the marketplace's life, as random sequences of what its users do", () => {
  it(
    `keeps every rule after every step (${numRuns} sequences on ${testDriver})`,
    { timeout: 30 * 60_000 },
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.commands(weighted, { maxCommands: 10, size: "max" }), async (commands) => {
          await fc.asyncModelRun(async () => {
            const world = await createWorld();
            return { model: newModel(world, await observe(world)), real: world };
          }, commands);
        }),
        { numRuns, ...modelReplay() },
      );
    },
  );
});
