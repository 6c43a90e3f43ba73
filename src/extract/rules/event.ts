/** Event rules: a trigger under the id Evidence.rule knows it by, and who and when the sentence says. */
import { addYears } from '../dates';
import { ANNIV, DEATH_TRIGGER, POSTVERB, deathOf, platformOf, pregnancyAnnouncer, weddingDates } from './event-cues';
import { EventRule, STRENGTH, eventRule } from './types';

const BIRTH = /\bwas born\b|^born\b|\bgave birth\b|\bwelcomed (?:their\b|a\b|her\b|his\b|⟦[\d+]+⟧'s)|\barrival of (?:their|her|his)\b/i;

export const EVENT_RULES: EventRule[] = [
  eventRule({
    id: 'event/anniversary-post',
    kind: 'ANNIVERSARY_POST',
    pattern: ANNIV,
    posts: true,
    find: (s) => {
      if (!(POSTVERB.test(s.tpl) || /tribute|honou?r|remember/.test(s.tpl)) || !s.nextPlatform) return undefined;
      const after =
        /(?:a|one) year (?:after|since)/i.test(s.raw) && s.dates.length ? addYears(s.dates[0].iso, 1, s.pub, s.pubPrecision) : undefined;
      return {
        people: [s.subject],
        date: after ?? s.dates.find((d) => d.relative)?.iso,
        extra: {
          platform: s.nextPlatform,
          commemorates: /loss|miscarr|late son|late daughter|death|died/i.test(s.raw) ? 'PREGNANCY_LOSS' : 'MARRIAGE',
        },
      };
    },
    strength: STRENGTH.LOOSE,
    yes: ['Mira Holloway posted a tribute on Instagram for their wedding anniversary.'],
    no: ['Mira Holloway posted a tribute for their wedding anniversary.'],
  }),
  eventRule({
    id: 'event/pregnancy-loss',
    kind: 'PREGNANCY_LOSS',
    pattern: /\b(miscarriage|miscarried|pregnancy loss|stillbirth|stillborn|lost (?:the|their|her) baby)\b/i,
    find: (s) => {
      const cause = /(?:diagnosed (?:her |him )?with|due to|caused by|because of) (?:an? )?([a-z][a-z -]{3,60}?)(?=[,.;]| and\b|$)/.exec(
        s.raw,
      )?.[1];
      const ds = s.dates.filter((d) => !/ago|after/.test(s.raw.slice(d.start - 8, d.start)));
      const d = ds[ds.length - 1];
      return {
        people: s.people.filter((p) => !s.childIds.has(p)).slice(0, 1),
        date: d?.iso,
        weakDate: d && d.relative && !/year/.test(s.raw.slice(d.start, d.end)),
        extra: { child: s.people.find((p) => s.childIds.has(p)), cause },
      };
    },
    strength: STRENGTH.STATED,
    yes: ['Mira Holloway suffered a miscarriage in 2019.'],
    no: ['Mira Holloway suffered a knee injury in 2019.'],
  }),
  eventRule({
    id: 'event/marriage-dated',
    kind: 'MARRIAGE',
    pattern: /\b(married|wed|tied the knot|wedding|nuptials)\b/i,
    find: (s) => {
      if (s.hypo || /anniversary|engage/i.test(s.tpl)) return undefined;
      if (!s.dates.length && !/tied the knot|got married|wedding|nuptials|\bwed\b/i.test(s.tpl)) return undefined;
      const cp = s.couple();
      const wd = weddingDates(s.raw, s.dates);
      return cp.length === 2 && wd ? { people: cp, near: /\b(married|wed|tied the knot|wedding|nuptials)\b/i, dates: wd } : undefined;
    },
    strength: STRENGTH.STATED,
    yes: ['Mira Holloway and Daniel Okafor tied the knot in June 2019.'],
    no: ['Mira Holloway and Daniel Okafor got engaged in June 2019.'],
  }),
  eventRule({
    id: 'event/marriage-undated',
    kind: 'MARRIAGE',
    // "Linda married the composer David Foster": a wedding stated without a date is still an event (undated); only when
    // the sentence itself gives the marriage as a relation, and never for a state ("was married to")
    pattern: /⟧ (?:later |then |secretly |eventually |also |quietly )?(?:married|wed)\b(?! (?:for|in a|since))/i,
    find: (s) => {
      if (s.hypo || s.dates.length || /\b(?:was|were|is|are|been) (?:\w+ )?married\b|\banniversary|\bengage/i.test(s.tpl)) return undefined;
      const sp = s.rels.find((x) => x.kind === 'SPOUSE' && x.sent === s.sent && x.confidence >= 0.8);
      return sp ? { people: [sp.a, sp.b], near: /\b(married|wed)\b/i, dates: [] } : undefined;
    },
    strength: STRENGTH.LOOSE,
    yes: ['Mira Holloway later married Daniel Okafor.'],
    no: ['Mira Holloway was married to Daniel Okafor.'],
  }),
  eventRule({
    id: 'event/divorce',
    kind: 'DIVORCE',
    pattern: /\b(divorced?|filed for divorce|divorce from|separated)\b/i,
    find: (s) => {
      if (/\b(rumou?r|speculat|talks)\w*/i.test(s.tpl) || /\bwill\b|\bwould\b|intend/i.test(s.tpl)) return undefined;
      const cp = s.couple();
      return cp.length === 2 ? { people: cp, near: /\b(divorce|divorced|separated)\b/i } : undefined;
    },
    strength: STRENGTH.LOOSE,
    yes: ['Mira Holloway and Daniel Okafor divorced in 2020.'],
    no: ['Mira Holloway and Daniel Okafor will divorce in 2020.'],
  }),
  eventRule({
    id: 'event/death',
    kind: 'DEATH',
    pattern: DEATH_TRIGGER,
    find: (s) => {
      // a death told in a relative clause ("X, who died in 2001, would have been delighted") is a fact whatever the main clause says
      if (s.hypo && !/⟧,? who (?:has |had )?(?:died|passed away)\b/i.test(s.tpl)) return undefined;
      const who = deathOf(s.tpl, s.raw);
      return who === undefined ? undefined : { people: [who], near: /\b(die[sd]|passed away|found dead|death|murder|suicide|killed)\b/i };
    },
    strength: STRENGTH.LOOSE,
    yes: ['Mira Holloway died in Lisbon in 2021.'],
    no: ['Mira Holloway dined in Lisbon in 2021.'],
  }),
  eventRule({
    id: 'event/birth',
    kind: 'BIRTH',
    // "the couple welcomed their first child": coref has made "their" the couple's ⟦a+b⟧'s
    pattern: BIRTH,
    find: (s) => {
      const child = s.people.find((p) => s.childIds.has(p));
      // "X was born and raised in London": a birthplace with no date and no new baby is not a timeline event
      const dated = s.dates.length > 0 || child !== undefined || /\bgave birth\b|\bwelcomed\b|\barrival\b/i.test(s.tpl);
      if (!dated) return undefined;
      return {
        people: /^born\b/i.test(s.tpl) ? [s.subject] : s.people,
        near: /\b(born|birth|welcomed|arrival)\b/i,
        extra: child !== undefined ? { child } : {},
      };
    },
    strength: STRENGTH.LOOSE,
    yes: ['Mira Holloway gave birth to a daughter in May 2023.'],
    no: ['Mira Holloway was born and raised in London.'],
  }),
  eventRule({
    id: 'event/pregnancy-announcement',
    kind: 'PREGNANCY_ANNOUNCEMENT',
    pattern: /pregnan|expecting|baby on the way|having a baby/i,
    posts: true,
    find: (s) => {
      const announcer = pregnancyAnnouncer(s.tpl);
      if (announcer === undefined || /\bnot\b|n't|denied|rumou?r|maybe|mock\w*|jok\w*/i.test(s.tpl)) return undefined;
      const sp = s.rels.find((x) => x.kind === 'SPOUSE' && (x.a === announcer || x.b === announcer));
      const pair = new RegExp(`⟦${announcer}⟧ and ⟦(\\d+)⟧|⟦(\\d+)⟧ and ⟦${announcer}⟧`).exec(s.tpl);
      const cp = sp ? [sp.a, sp.b] : pair ? [announcer, Number(pair[1] ?? pair[2])] : [announcer];
      return { people: cp, near: /\b(pregnan\w*|expecting|baby)\b/i, extra: s.platform ? { platform: s.platform } : {} };
    },
    strength: STRENGTH.LOOSE,
    yes: ['Mira Holloway announced on Instagram that she is pregnant.'],
    no: ['Mira Holloway denied on Instagram that she is pregnant.'],
  }),
  eventRule({
    id: 'event/essay',
    kind: 'ESSAY',
    pattern: /\b(essay|op-ed|open letter)\b/i,
    posts: true,
    find: (s) => {
      const venue =
        s.platform ??
        /\b(?:in|on|for) (?:the )?((?:[A-Z][\w']+ ?){1,3})/.exec(s.raw.slice(s.raw.search(/essay|op-ed|open letter/i)))?.[1]?.trim();
      return { people: [s.subject], near: /\b(essay|op-ed|open letter)\b/i, extra: venue ? { platform: venue } : {} };
    },
    strength: STRENGTH.LOOSE,
    yes: ['Mira Holloway wrote an essay for Vogue about grief.'],
    no: ['Mira Holloway wrote a song for Vogue about grief.'],
  }),
  eventRule({
    id: 'event/social-post',
    kind: 'SOCIAL_POST',
    pattern: POSTVERB,
    find: (s) => {
      if (s.posted || !s.platform || /\buser\b|\bfans?\b/.test(s.tpl.split('⟦')[0])) return undefined;
      // after a sentence about an anniversary that named no platform, this post is that anniversary's (anniversary-post)
      if (s.prevTpl !== undefined && ANNIV.test(s.prevTpl) && !platformOf(s.prevTpl)) return undefined;
      return { people: [s.subject], near: POSTVERB, extra: { platform: s.platform } };
    },
    strength: STRENGTH.LOOSE,
    yes: ['Mira Holloway posted a photo of the beach on Instagram.'],
    no: ['Mira Holloway took a photo of the beach on holiday.'],
  }),
  eventRule({
    id: 'event/statement',
    kind: 'STATEMENT',
    pattern: /\b(?:in|issued|released) a statement\b/i,
    find: (s) => ({ people: [s.subject], near: /statement/i }),
    strength: STRENGTH.SAYING,
    yes: ['Mira Holloway said in a statement that she was leaving the show.'],
    no: ['Mira Holloway said in an interview that she was leaving the show.'],
  }),
];
