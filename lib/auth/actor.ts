// Who is acting, and the one ownership rule: a person may manage what is theirs, and an admin may
// manage anything. Every "seller or admin" and "buyer or admin" check goes through canManage.

export const roles = ["user", "admin"] as const;
export type Role = (typeof roles)[number];

export type Actor = { id: string; role: Role };

export function isAdmin(actor: Pick<Actor, "role"> | null | undefined): boolean {
  return actor?.role === "admin";
}

/** The owner of the thing, or an admin. */
export function canManage(actor: Actor | null | undefined, ownerId: string | null | undefined): boolean {
  if (!actor) return false;
  return actor.id === ownerId || isAdmin(actor);
}
