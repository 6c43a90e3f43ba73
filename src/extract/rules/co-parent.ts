/**
 * The one article-wide relation rule, run after the sentence rules (engine.ts): the spouse of a parent is the child's
 * other parent when the text says so by a co-parenthood cue: "our Jack", "their son Jack", "X and Y also have".
 */
import { Resolved } from '../coref';
import { dedupe } from './engine';
import { R } from './patterns';
import { FoundRelation, STRENGTH } from './types';
import { calibratedConfidence } from '../calibration';

export const CO_PARENT = {
  id: 'parent/spouse-co-parent',
  kind: 'PARENT',
  strength: STRENGTH.LOOSE,
  confidence: calibratedConfidence('relation', 'parent/spouse-co-parent'),
  yes: [
    'Mira Holloway\'s husband Daniel Okafor was there. Mira Holloway\'s son Jonah Okafor waved. "Our son Jonah Okafor is shy," she said.',
  ],
  no: ['Mira Holloway\'s husband Daniel Okafor was there. Mira Holloway\'s son Jonah Okafor waved. "Jonah Okafor is shy," she said.'],
} as const;

const JOINT_ALSO = new RegExp(`${R} and ${R} also (?:have|share)`);
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The relations with the co-parents the cues add, one per pair again. */
export function propagateToSpouses(
  rels: FoundRelation[],
  sents: readonly Resolved[],
  forms: (id: number) => string[],
  raw: string,
): FoundRelation[] {
  const extra: FoundRelation[] = [];
  const spouses = rels.filter((r) => r.kind === 'SPOUSE');
  const jointAlso = sents
    .filter((s) => JOINT_ALSO.test(s.tpl))
    .map((s) => [...s.tpl.matchAll(/⟦(\d+)⟧/g)].slice(0, 2).map((m) => Number(m[1])));
  for (const p of rels.filter((r) => r.kind === 'PARENT')) {
    for (const s of spouses.filter((s) => s.a === p.a || s.b === p.a)) {
      const other = s.a === p.a ? s.b : s.a;
      if (rels.some((r) => r.kind === 'PARENT' && r.b === p.b && r.a !== p.a)) continue;
      const names = forms(p.b).map(escape).join('|');
      const our = new RegExp(`\\b(?:our|their) (?:(?:son|daughter|baby|little one|boy|girl),? )?(?:${names})\\b`, 'i').test(raw);
      const also = jointAlso.some((j) => j.includes(p.a) && j.includes(other));
      if (our || also) extra.push({ kind: 'PARENT', a: other, b: p.b, sent: p.sent, confidence: CO_PARENT.strength, rule: CO_PARENT.id });
    }
  }
  return dedupe([...rels, ...extra]);
}
