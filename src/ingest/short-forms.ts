/**
 * Short forms within one article: "Kim Kardashian West ... Kim said" or "... Kardashian West
 * added" name one person, so the short form takes the full name's node instead of a node of its
 * own. Only inside the article (a short form never reaches across the graph), only when one
 * person of the article fits, and never for a person the article relates to that full name
 * ("Chris Pratt and his son Chris" are two people). Pure: name keys in, refs out.
 */
import { isFirstName } from '../extract/lexicon';
import { GENERATIONAL } from './name-variants';
import { NormalizedFacts } from './validate';

export const SHORT_FORM_RULE = 'short-form/in-article';

interface Named {
  ref: string;
  /** name keys, the name's first (./keys nameKey) */
  keys: string[];
  /** given by id: curated, not a short form */
  id?: string | null;
}

/** The key's words without a generation mark at the end: "hank williams jr" -> hank, williams. */
const words = (key: string): string[] => {
  const t = key.split(' ');
  return t.length > 2 && GENERATIONAL.has(t[t.length - 1]) ? t.slice(0, -1) : t;
};

/**
 * `short` (a name key of fewer words) is the start or the end of `full`, whole words only. A
 * two-word end that begins with a given name is another person's full name ("Kirk Douglas" in
 * "Michael Kirk Douglas"), not a short form; "Kardashian West" is one.
 */
export function isShortFormOf(short: string, full: string): boolean {
  const s = words(short);
  const f = words(full);
  if (s.length >= f.length) return false;
  const head = s.every((w, i) => w === f[i]);
  const tail = s.every((w, i) => w === f[f.length - s.length + i]) && (s.length === 1 || !isFirstName(s[0]));
  return head || tail;
}

/**
 * Per ref of a short form, the ref of the one other person of the article whose name or alias it
 * shortens. A short form is a one-word name, or a two-word one of a longer name ("Kardashian West"
 * of "Kim Kardashian West"); longer short forms are decided first, so "Kim" beside "Kim
 * Kardashian" and "Kim Kardashian West" (one person) shortens one. Two people it could shorten
 * ("Kim" beside Kim Kardashian and Kim Jong Un) and it stays its own person; so does one in a `kin`
 * pair (the article relates it to someone, or it takes part in an event with someone): "Chris
 * Pratt's son Jack" beside "Jack Nicholson" is not Nicholson, and the family rules (./name-variants
 * chooseRelative) decide who "Kanye West's wife Kim" is.
 */
export function shortFormTargets(people: Named[], kin: [string, string][]): Map<string, string> {
  const related = new Set(kin.flat());
  const size = (p: Named) => Math.max(...p.keys.map((k) => words(k).length));
  const out = new Map<string, string>();
  const target = (ref: string) => out.get(ref) ?? ref;
  const shorts = people.filter((p) => !p.id && size(p) <= 2 && !related.has(p.ref)).sort((a, b) => size(b) - size(a));
  for (const p of shorts) {
    const fits = people.filter((o) => o.ref !== p.ref && p.keys.every((k) => o.keys.some((full) => isShortFormOf(k, full))));
    const targets = new Set(fits.map((o) => target(o.ref)));
    const [only] = targets;
    if (targets.size === 1 && only !== p.ref) out.set(p.ref, only);
  }
  return out;
}

/**
 * The facts with each short form folded into the person it shortens (shortFormTargets): its
 * relations, events and quotes are that person's. Its words are not kept as an alias: they are
 * how the article refers back, not another name of the person ("Kim" is not a name of one Kim).
 */
export function foldShortForms(facts: NormalizedFacts): NormalizedFacts {
  const kin = [
    ...facts.relations.map((r): [string, string] => [r.from, r.to]),
    ...facts.events.flatMap((e) => pairs([...e.participants, ...(e.child ? [e.child] : [])])),
  ];
  const target = shortFormTargets(facts.people, kin);
  if (target.size === 0) return facts;
  const to = (ref: string) => target.get(ref) ?? ref;
  return {
    people: facts.people.filter((p) => !target.has(p.ref)),
    relations: facts.relations.map((r) => ({ ...r, from: to(r.from), to: to(r.to) })),
    events: facts.events.map((e) => ({ ...e, participants: [...new Set(e.participants.map(to))], child: e.child ? to(e.child) : null })),
    quotes: facts.quotes.map((q) => (q.speaker ? { ...q, speaker: to(q.speaker) } : q)),
  };
}

const pairs = (refs: string[]): [string, string][] => refs.flatMap((a, i) => refs.slice(i + 1).map((b): [string, string] => [a, b]));
