import { Db, Statement } from './run';
import { PersonRecord, toPerson } from './records';
import { setAliasText } from './ingest.queries';
import { currentPersonId } from './person-ids';
import { logEditorialAction } from './editorial.queries';
import { applyPatch, CheckedPatch, PersonChange, StoredPerson } from '../ingest/person-patch';

const s = (name: string, cypher: string): Statement => ({ name: `updatePerson.${name}`, cypher });

/**
 * Locks the person (a write takes its lock until commit) before reading it: an ingestion of
 * this person commits wholly before the read or waits until the correction is written, so the
 * patch is checked against, and merged into, what is really stored. A merged-away id names
 * the person it went into (./person-ids.ts).
 */
const LOCK_PERSON = s(
  'lock',
  `
${currentPersonId('$id', 'pid')}
MATCH (p:Person {id: pid})
SET p.updatedAt = datetime()
RETURN p {.id, .name, .description, .birthDate, .deathDate, aliases: coalesce(p.aliases, []),
          editorFields: coalesce(p.editorFields, [])} AS p`,
);

/**
 * Writes the corrected person whole and marks it edited (`editedAt`: retracting an article
 * keeps the people an editor corrected). When the names changed (`$keys` not null), the
 * person's name keys become exactly `$keys`: the new ones point at it as ingestion writes
 * them, and the keys it lost (aliases removed) go into `removedKeys`, which ingestion does not
 * write again (ingest.queries.ts UPSERT_PEOPLE); a key given back by a later patch leaves it.
 * An unlinked NameKey node stays: a concurrent ingestion may be about to link it.
 */
const UPDATE_PERSON = s(
  'update',
  `
MATCH (p:Person {id: $id})
SET p.name = $person.name, p.aliases = $person.aliases, p.description = $person.description,
    p.birthDate = $person.birthDate, p.deathDate = $person.deathDate,
    p.editorFields = $person.editorFields, p.editedAt = datetime()
${setAliasText('p')}
WITH p
CALL (p) {
  WITH p WHERE $keys IS NOT NULL
  OPTIONAL MATCH (k:NameKey)-[r:KEY_OF]->(p) WHERE NOT k.key IN $keys
  DELETE r
  WITH p, collect(k.key) AS lost
  SET p.removedKeys = [key IN coalesce(p.removedKeys, []) + lost WHERE NOT key IN $keys]
  WITH p
  UNWIND $keys AS key
  MERGE (k:NameKey {key: key})
  MERGE (k)-[:KEY_OF]->(p)
}
RETURN properties(p) AS p`,
);

/**
 * Applies an editor's checked patch (../ingest/person-patch) to the person with this id and
 * logs UPDATE_PERSON, in one write transaction; null, and nothing written, when no person has
 * the id. A patch the stored person refuses (a death before the birth) throws, and rolls back.
 */
export async function updatePerson(db: Db, id: string, patch: CheckedPatch, actor: string, reason: string): Promise<PersonRecord | null> {
  return db.writeTx(async (tx) => {
    const row = (await tx.run(LOCK_PERSON, { id })).records[0];
    if (!row) return null;
    const stored = row.get('p') as StoredPerson & { id: string };
    const { keys, ...person }: PersonChange = applyPatch(stored, patch);
    const written = (await tx.run(UPDATE_PERSON, { id: stored.id, person, keys })).records[0];
    await logEditorialAction(tx, { action: 'UPDATE_PERSON', actor, target: stored.id, reason });
    return toPerson(written.get('p'));
  });
}
