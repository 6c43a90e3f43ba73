/**
 * An editor's correction of one person (updatePerson), checked by ingestion's own rules
 * (./validate): the same name, alias and partial-date checks, errors naming `patch.<field>`.
 * In a patch a field left out stays as stored; null clears description, birthDate or
 * deathDate, and null aliases means none; a name cannot be cleared (null is an empty name).
 */
import { BadInputError } from '../errors';
import { isBefore, normalizeNames, optionalDate, optionalText } from './validate';

export const PATCH_FIELDS = ['name', 'aliases', 'description', 'birthDate', 'deathDate'] as const;
export type PatchField = (typeof PATCH_FIELDS)[number];

/** As the API receives it: undefined is "not set", null is "clear". */
export interface PersonPatchIn {
  name?: string | null;
  aliases?: readonly string[] | null;
  description?: string | null;
  birthDate?: string | null;
  deathDate?: string | null;
}

/** The checked patch: only the fields the editor set, in stored form (null = cleared). */
export interface CheckedPatch {
  set: PatchField[];
  name?: string;
  aliases?: string[];
  description?: string | null;
  birthDate?: string | null;
  deathDate?: string | null;
}

/** A person as stored, before the patch: what it is checked against and merged into. */
export interface StoredPerson {
  name: string;
  aliases: string[];
  description: string | null;
  birthDate: string | null;
  deathDate: string | null;
  /** the fields editors set before (see PersonChange.editorFields) */
  editorFields: string[];
}

/** The person after the patch, to write whole. */
export interface PersonChange {
  name: string;
  aliases: string[];
  description: string | null;
  birthDate: string | null;
  deathDate: string | null;
  /** every field an editor has set, this patch's and earlier ones': re-ingestion leaves them as they are */
  editorFields: string[];
  /** when the names changed, the name keys the person has now (name first); null when name and aliases were not set */
  keys: string[] | null;
}

/** Checks what needs no stored person: a field is set, names are not empty, dates are dates. */
export function checkPatch(patch: PersonPatchIn): CheckedPatch {
  const set = PATCH_FIELDS.filter((f) => patch[f] !== undefined);
  if (set.length === 0) throw new BadInputError('patch', `sets no field; set one of ${PATCH_FIELDS.join(', ')}`);
  const checked: CheckedPatch = { set };
  if (patch.name !== undefined) checked.name = normalizeNames(patch.name, [], 'patch').name;
  if (patch.aliases !== undefined) checked.aliases = (patch.aliases ?? []).map((a) => a.trim()).filter(Boolean);
  if (patch.description !== undefined) checked.description = optionalText(patch.description);
  if (patch.birthDate !== undefined) checked.birthDate = optionalDate(patch.birthDate, 'patch.birthDate');
  if (patch.deathDate !== undefined) checked.deathDate = optionalDate(patch.deathDate, 'patch.deathDate');
  return checked;
}

/**
 * The stored person with the patch applied. A new name keeps the old one as an alias (also
 * when the aliases are replaced); a death before the birth is refused, the stored date counting
 * for the one not patched, and the error names the patched field (deathDate when both are).
 */
export function applyPatch(stored: StoredPerson, patch: CheckedPatch): PersonChange {
  const birthDate = patch.birthDate !== undefined ? patch.birthDate : stored.birthDate;
  const deathDate = patch.deathDate !== undefined ? patch.deathDate : stored.deathDate;
  if (isBefore(deathDate, birthDate)) {
    const field = patch.deathDate !== undefined ? 'deathDate' : 'birthDate';
    throw new BadInputError(`patch.${field}`, `puts the death (${deathDate}) before the birth (${birthDate})`);
  }
  const name = patch.name ?? stored.name;
  const renamed = name !== stored.name;
  const names = normalizeNames(name, [...(patch.aliases ?? stored.aliases), ...(renamed ? [stored.name] : [])], 'patch');
  return {
    name,
    aliases: names.aliases,
    description: patch.description !== undefined ? patch.description : stored.description,
    birthDate,
    deathDate,
    editorFields: [...new Set([...stored.editorFields, ...patch.set])].sort(),
    keys: patch.name !== undefined || patch.aliases !== undefined ? names.keys : null,
  };
}
