import type { Adjustment } from "./types";

/** Builds a value step by step, recording each step's effect in cents, so the reasons add up to the result. */
export class ValueSteps {
  private cents: number;
  readonly adjustments: Adjustment[] = [];

  constructor(start: { cents: number; label: string; reason: string; source: string }) {
    this.cents = start.cents;
    this.adjustments.push({ label: start.label, effectCents: start.cents, reason: start.reason, source: start.source });
  }

  get value(): number {
    return this.cents;
  }

  multiply(factor: number, step: Omit<Adjustment, "effectCents">): this {
    return this.add(Math.round(this.cents * factor) - this.cents, step);
  }

  add(effectCents: number, step: Omit<Adjustment, "effectCents">): this {
    const effect = Math.round(effectCents);
    this.cents += effect;
    this.adjustments.push({ ...step, effectCents: effect });
    return this;
  }

  /** Keeps a floor under the value: even a wreck is worth its parts. */
  atLeast(floorCents: number, reason: string, source: string): this {
    if (this.cents < floorCents) this.add(floorCents - this.cents, { label: "Parts value floor", reason, source });
    return this;
  }
}
