import type { Adjustment, AfterMarket, RulesEstimate, Step } from "./types";

/** Builds a value step by step, recording each step's effect in cents, so the reasons add up to the result. */
export class ValueSteps {
  private cents: number;
  readonly adjustments: Adjustment[] = [];

  constructor(start: Step & { cents: number }) {
    this.cents = start.cents;
    const { label, reason, basis, source, sourceFact } = start;
    this.adjustments.push({
      label,
      effectCents: start.cents,
      reason,
      basis,
      source,
      ...(sourceFact !== undefined ? { sourceFact } : {}),
    });
  }

  /** Carries on from an estimate already made (its steps stay as they were). */
  static from(estimate: RulesEstimate): ValueSteps {
    const [first, ...rest] = estimate.adjustments;
    const { effectCents, ...step } = first!;
    const steps = new ValueSteps({ ...step, cents: effectCents });
    for (const adjustment of rest) steps.add(adjustment.effectCents, adjustment);
    return steps;
  }

  get value(): number {
    return this.cents;
  }

  get estimate(): RulesEstimate {
    return { typicalCents: this.cents, adjustments: [...this.adjustments] };
  }

  multiply(factor: number, step: Step): this {
    return this.add(Math.round(this.cents * factor) - this.cents, step);
  }

  add(effectCents: number, step: Step): this {
    const effect = Math.round(effectCents);
    this.cents += effect;
    const { label, reason, basis, source, sourceFact } = step;
    this.adjustments.push({
      label,
      effectCents: effect,
      reason,
      basis,
      source,
      ...(sourceFact !== undefined ? { sourceFact } : {}),
    });
    return this;
  }

  /** Keeps a floor under the value: even a wreck is worth its parts. */
  atLeast(floor: Step & { cents: number }): this {
    if (this.cents < floor.cents) this.add(floor.cents - this.cents, floor);
    return this;
  }

  /** The terms that come after the market: factors, then additions, then the parts floor. */
  finish(after: AfterMarket): this {
    for (const { factor, ...step } of after.factors) this.multiply(factor, step);
    for (const { cents, ...step } of after.additions) this.add(cents, step);
    if (after.floor) this.atLeast(after.floor);
    return this;
  }
}

/** A sale's price with the after-market terms of its own item taken out, so it speaks to the shared description. */
export function withoutAfterMarket(priceCents: number, after: AfterMarket): number {
  const factor = after.factors.reduce((product, f) => product * f.factor, 1);
  const added = after.additions.reduce((sum, a) => sum + a.cents, 0);
  return Math.max(1, Math.round((priceCents - added) / Math.max(0.01, factor)));
}
