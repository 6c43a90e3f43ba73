import { formatLifespan, formatPartialDate, formatPublished, PartialDate } from '../kit/dates';
import { h, personHref, personLink, statusLine } from '../kit/dom';
import { EVENT_FIELDS, eventList, EventView } from '../kit/events';
import { EVIDENCE_FIELDS, evidenceList, EvidenceView } from '../kit/evidence';
import { gql } from '../kit/gql';
import { layout, section } from '../kit/layout';

interface Kin {
  person: { id: string; name: string };
  since?: PartialDate | null;
  until?: PartialDate | null;
  evidence: EvidenceView[];
}

interface PersonPage {
  id: string;
  name: string;
  aliases: string[];
  description: string | null;
  birthDate: PartialDate | null;
  deathDate: PartialDate | null;
  spouses: Kin[];
  parents: Kin[];
  children: Kin[];
  events: { totalCount: number; edges: { node: EventView }[] };
  mentionedIn: {
    totalCount: number;
    edges: { node: { id: string; title: string; url: string | null; publisher: string | null; publishedAt: string } }[];
  };
  coMentioned: { articleCount: number; person: { id: string; name: string } }[];
}

const PERSON = `query PersonPage($id: ID!) {
  person(id: $id) {
    id name aliases description birthDate { iso precision } deathDate { iso precision }
    spouses { person { id name } since { iso precision } until { iso precision } evidence { ${EVIDENCE_FIELDS} } }
    parents { person { id name } evidence { ${EVIDENCE_FIELDS} } }
    children { person { id name } evidence { ${EVIDENCE_FIELDS} } }
    events(first: 50) { totalCount edges { node { ${EVENT_FIELDS} } } }
    mentionedIn(first: 20) { totalCount edges { node { id title url publisher publishedAt } } }
    coMentioned(first: 12) { articleCount person { id name } }
  }
}`;

/** `/people/<id>`: family with the evidence of each link, timeline, articles, who appears with them. */
export async function renderPerson(id: string): Promise<void> {
  const main = layout('Person');
  main.append(statusLine('Loading…'));
  let person: PersonPage | null;
  try {
    person = (await gql<{ person: PersonPage | null }>(PERSON, { id })).person;
  } catch (error) {
    main.lastElementChild?.replaceWith(statusLine(`Could not load this person: ${(error as Error).message}`, 'error'));
    return;
  }
  if (!person) {
    main.lastElementChild?.replaceWith(statusLine(`No one has the id “${id}”.`, 'error'));
    return;
  }
  // a merged id resolves to the person it was merged into: show that person's address
  if (person.id !== id) history.replaceState(null, '', personHref(person.id));
  const page = layout(person.name);
  page.append(
    summary(person),
    exportLinks(person.id),
    section('Family', family(person)),
    section(`Timeline (${person.events.totalCount})`, timeline(person)),
    section(`Articles mentioning ${person.name} (${person.mentionedIn.totalCount})`, articles(person)),
    section('Appears with', appearsWith(person)),
  );
}

function summary(person: PersonPage): HTMLElement {
  return h(
    'div',
    { class: 'summary' },
    h('p', { class: 'lifespan' }, formatLifespan(person.birthDate, person.deathDate) || 'Dates unknown'),
    person.description ? h('p', {}, person.description) : null,
    person.aliases.length ? h('p', { class: 'muted' }, `Also known as ${person.aliases.join(', ')}`) : null,
    h('p', {}, h('a', { href: `/connect?from=${encodeURIComponent(person.id)}` }, `Connect ${person.name} with someone`)),
  );
}

function exportLinks(id: string): HTMLElement {
  const e = encodeURIComponent(id);
  return h(
    'nav',
    { class: 'exports', 'aria-label': 'Export' },
    h('span', {}, 'Export: '),
    h('a', { href: `/export/neighbourhood/${e}?hops=1&format=graphml`, download: '' }, 'GraphML'),
    ' · ',
    h('a', { href: `/export/neighbourhood/${e}?hops=1&format=cytoscape`, download: '' }, 'Cytoscape JSON'),
    ' · ',
    h('a', { href: `/export/timeline/${e}?family=1&format=timelinejs`, download: '' }, 'Export TimelineJS'),
  );
}

function family(person: PersonPage): HTMLElement {
  const groups: [string, Kin[]][] = [
    ['Spouses', person.spouses],
    ['Parents', person.parents],
    ['Children', person.children],
  ];
  if (groups.every(([, kin]) => kin.length === 0)) return h('p', { class: 'muted' }, 'No family recorded.');
  return h(
    'div',
    { class: 'family' },
    ...groups
      .filter(([, kin]) => kin.length > 0)
      .map(([title, kin]) => h('div', { class: 'kin-group' }, h('h3', {}, title), h('ul', { class: 'kin' }, ...kin.map(kinItem)))),
  );
}

function kinItem(kin: Kin): HTMLElement {
  const period =
    kin.since || kin.until
      ? ` (${kin.since ? `since ${formatPartialDate(kin.since)}` : ''}${kin.until ? ` until ${formatPartialDate(kin.until)}` : ''})`
      : '';
  return h('li', { class: 'kin-item' }, h('p', { class: 'kin-name' }, personLink(kin.person), period), evidenceList(kin.evidence));
}

function timeline(person: PersonPage): HTMLElement {
  const events = person.events.edges.map((e) => e.node);
  return h(
    'div',
    {},
    events.length ? eventList(events) : h('p', { class: 'muted' }, 'No events recorded.'),
    h('p', {}, h('a', { href: `/timeline?people=${encodeURIComponent(person.id)}&family=1` }, `Family timeline of ${person.name}`)),
  );
}

function articles(person: PersonPage): HTMLElement {
  const list = person.mentionedIn.edges.map((e) => e.node);
  if (list.length === 0) return h('p', { class: 'muted' }, 'No article mentions them yet.');
  return h(
    'ul',
    { class: 'articles' },
    ...list.map((a) =>
      h(
        'li',
        {},
        a.url ? h('a', { href: a.url, rel: 'noreferrer noopener', target: '_blank' }, a.title) : a.title,
        h('span', { class: 'muted' }, ` — ${[a.publisher, formatPublished(a.publishedAt)].filter(Boolean).join(', ')}`),
      ),
    ),
  );
}

function appearsWith(person: PersonPage): HTMLElement {
  if (person.coMentioned.length === 0) return h('p', { class: 'muted' }, 'Not named beside anyone yet.');
  return h(
    'ul',
    { class: 'co-mentions' },
    ...person.coMentioned.map((c) =>
      h('li', {}, personLink(c.person), h('span', { class: 'muted' }, ` — ${c.articleCount} article${c.articleCount === 1 ? '' : 's'}`)),
    ),
  );
}
