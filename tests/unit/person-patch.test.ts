import { describe, expect, it } from 'vitest';
import { applyPatch, checkPatch, PersonPatchIn, StoredPerson } from '../../src/ingest/person-patch';
import { normalizeFacts } from '../../src/ingest/validate';

const stored: StoredPerson = {
  name: 'Nina Quillon',
  aliases: ['Nina Q'],
  description: 'stage actor',
  birthDate: '1980-03-02',
  deathDate: null,
  editorFields: [],
};

/** The field a refused patch names, or null when it passes. */
function refusedField(patch: PersonPatchIn, person = stored): string | null {
  try {
    applyPatch(person, checkPatch(patch));
    return null;
  } catch (error) {
    return (error as { extensions: { field: string } }).extensions.field;
  }
}

describe('checkPatch', () => {
  it('refuses a patch that sets nothing, blank names and non-dates, naming the field', () => {
    expect(refusedField({})).toBe('patch');
    expect(refusedField({ name: undefined })).toBe('patch');
    expect(refusedField({ name: '   ' })).toBe('patch.name');
    expect(refusedField({ name: null })).toBe('patch.name');
    expect(refusedField({ name: '?!' })).toBe('patch.name');
    expect(refusedField({ birthDate: '2020-13-01' })).toBe('patch.birthDate');
    expect(refusedField({ deathDate: 'yesterday' })).toBe('patch.deathDate');
    // controls: the same fields with good values pass
    expect(refusedField({ name: 'Nina Marlow', birthDate: '1980-12-01', deathDate: '2050' })).toBeNull();
  });

  it('keeps only what was set: null clears, a blank text or date is null, as at ingestion', () => {
    expect(checkPatch({ description: '  ', birthDate: null })).toEqual({
      set: ['description', 'birthDate'],
      description: null,
      birthDate: null,
    });
    expect(checkPatch({ aliases: null }).aliases).toEqual([]);
    expect(checkPatch({ aliases: [' Q ', ' '] }).aliases).toEqual(['Q']);
  });
});

describe('applyPatch', () => {
  it('refuses a death before the birth, against the stored date when only one is patched', () => {
    expect(refusedField({ deathDate: '1979' })).toBe('patch.deathDate');
    expect(refusedField({ birthDate: '2001', deathDate: '2000-05' })).toBe('patch.deathDate');
    expect(refusedField({ birthDate: '2031' }, { ...stored, deathDate: '2030' })).toBe('patch.birthDate');
    // controls: the same year contains the day; clearing the birth lifts the conflict
    expect(refusedField({ deathDate: '1980' })).toBeNull();
    expect(refusedField({ birthDate: null, deathDate: '1979' })).toBeNull();
  });

  it('a new name keeps the old one as an alias, also when the aliases are replaced', () => {
    const renamed = applyPatch(stored, checkPatch({ name: 'Nina Marlow' }));
    expect(renamed).toMatchObject({
      name: 'Nina Marlow',
      aliases: ['Nina Q', 'Nina Quillon'],
      keys: ['nina marlow', 'nina q', 'nina quillon'],
    });
    const replaced = applyPatch(stored, checkPatch({ name: 'Nina Marlow', aliases: ['N. Marlow', 'Nina Marlow'] }));
    expect(replaced).toMatchObject({ aliases: ['N. Marlow', 'Nina Quillon'], keys: ['nina marlow', 'n marlow', 'nina quillon'] });
  });

  it('keeps what the patch leaves out, touches keys only when names change, and adds to the editor fields', () => {
    const dated = applyPatch({ ...stored, editorFields: ['name'] }, checkPatch({ description: null, deathDate: '2040' }));
    expect(dated).toEqual({
      ...stored,
      description: null,
      deathDate: '2040',
      editorFields: ['deathDate', 'description', 'name'],
      keys: null,
    });
    expect(applyPatch(stored, checkPatch({ aliases: [] }))).toMatchObject({ aliases: [], keys: ['nina quillon'] });
  });
});

describe('ingestion checks the same lifespan', () => {
  const person = (deathDate: string) => ({ people: [{ ref: 'a', name: 'Nina Quillon', birthDate: '1980', deathDate }] });
  it('a death before the birth is BAD_USER_INPUT at deathDate; the birth year itself is not before', () => {
    expect(() => normalizeFacts(person('1979-12-31'), 'input')).toThrow('input.people[0].deathDate: is before birthDate');
    expect(normalizeFacts(person('1980-01-01'), 'input').people[0].deathDate).toBe('1980-01-01');
  });
});
