/**
 * Person ids outlive merges: `mergePeople(from, into)` leaves a (:MergedPerson {id: from, into})
 * redirect, and every argument that takes a person id reads through it. These fragments do it
 * inside the statement that uses the id, so a redirect costs no extra round trip.
 */

/** Cypher: binds `as` to the id `id` (a parameter or variable) names now; every variable in scope is kept. */
export const currentPersonId = (id: string, as: string): string =>
  `OPTIONAL MATCH (${as}_redirect:MergedPerson {id: ${id}}) WITH *, coalesce(${as}_redirect.into, ${id}) AS ${as}`;
