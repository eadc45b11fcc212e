import type fc from "fast-check";
import type { Actor } from "@/lib/auth/actor";
import { checkRules, observe, type Model, type Seen } from "./observe";
import type { PersonName, World } from "./world";

// Every command acts through lib functions, says what the model predicts (a refusal the rules
// demand, or a success they promise), then the database is read and the rules checked.

export abstract class Step implements fc.AsyncCommand<Model, World> {
  /** Set by a refused command that another user tried: nothing may have changed. */
  protected mustChangeNothing = false;

  check(_model: Readonly<Model>): boolean {
    return true;
  }

  protected abstract act(model: Model, world: World): Promise<void>;
  abstract toString(): string;

  async run(model: Model, world: World): Promise<void> {
    this.mustChangeNothing = false;
    const before = model.seen;
    await this.act(model, world);
    const after = await observe(world);
    if (this.mustChangeNothing && fingerprint(after) !== fingerprint(before)) {
      throw new Error(`${this.toString()} was refused, yet it changed another user's data`);
    }
    checkRules(model, after);
    model.seen = after;
  }
}

function fingerprint(seen: Seen): string {
  return JSON.stringify({
    ...seen,
    orders: [...seen.orders.values()],
    soldRows: [...seen.soldRows],
    carts: [...seen.carts].map(([k, v]) => [k, [...v]]),
  });
}

export function actor(world: World, name: PersonName): Actor {
  const person = world.people[name];
  return { id: person.id, role: person.role };
}

export function personNamed(world: World, id: string): PersonName {
  const found = Object.values(world.people).find((p) => p.id === id);
  if (!found) throw new Error(`user ${id} is not one of this sequence's people`);
  return found.name;
}

/** A refusal the rules demand. */
export function mustRefuse(result: { ok: boolean; message?: string }, why: string): void {
  if (result.ok) throw new Error(`expected a refusal (${why}), got success`);
}

/** A success the rules promise. */
export function mustSucceed(result: { ok: boolean; message?: string }, why: string): void {
  if (!result.ok)
    throw new Error(`expected success (${why}), got: ${result.message ?? JSON.stringify(result)}`);
}
