import { parsePartialDateInput } from '../kit/dates';
import { fill, h, personLink, queryParam, statusLine } from '../kit/dom';
import { EVENT_FIELDS, eventList, EventView } from '../kit/events';
import { gql } from '../kit/gql';
import { kindFilter } from '../kit/kinds';
import { layout } from '../kit/layout';
import { fetchSummary, PersonSummary, searchBox } from '../kit/search-box';

const TIMELINE = `query Timeline($ids: [ID!]!, $family: Boolean, $kinds: [EventKind!], $from: String, $to: String, $after: String) {
  timeline(personIds: $ids, includeFamily: $family, kinds: $kinds, from: $from, to: $to, after: $after, first: 20) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { ${EVENT_FIELDS} } }
  }
}`;

interface Filters {
  people: PersonSummary[];
  family: boolean;
  kinds: string[];
  from: string;
  to: string;
}

interface TimelinePage {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: EventView }[];
}

/** `/timeline?people=<id>,<id>&family=1&kinds=&from=&to=`: events in date order, paged by cursor. */
export async function renderTimeline(): Promise<void> {
  const main = layout('Family timeline');
  const ids = (queryParam('people') ?? '').split(',').filter(Boolean);
  const people = (await Promise.all(ids.map((id) => fetchSummary(id).catch(() => null)))).filter((p): p is PersonSummary => p !== null);
  const chips = h('ul', { class: 'chips', 'aria-label': 'People on this timeline' });
  const drawChips = () =>
    fill(
      chips,
      ...people.map((p, i) =>
        h(
          'li',
          {},
          personLink(p),
          ' ',
          h(
            'button',
            { type: 'button', class: 'chip-remove', 'aria-label': `Remove ${p.name}`, onclick: () => (people.splice(i, 1), drawChips()) },
            '×',
          ),
        ),
      ),
    );
  drawChips();
  const add = searchBox({
    label: 'Add a person',
    onSelect: (p) => (people.some((q) => q.id === p.id) || people.push(p), (add.input.value = ''), drawChips()),
  });
  const family = h('input', { type: 'checkbox', id: 'family', checked: queryParam('family') === '1' });
  const kinds = kindFilter((queryParam('kinds') ?? '').split(',').filter(Boolean));
  const from = h('input', {
    id: 'from',
    type: 'text',
    inputmode: 'numeric',
    placeholder: '2010 or 2010-06',
    value: queryParam('from') ?? '',
  });
  const to = h('input', { id: 'to', type: 'text', inputmode: 'numeric', placeholder: '2020-12-31', value: queryParam('to') ?? '' });
  const results = h('div', { class: 'results', 'aria-live': 'polite' });
  const form = h(
    'form',
    { class: 'timeline-form' },
    chips,
    add.element,
    h('label', { class: 'check', for: 'family' }, family, ' Include family (spouses, parents, children)'),
    kinds.element,
    h('div', { class: 'range' }, h('label', { for: 'from' }, 'From '), from, h('label', { for: 'to' }, ' To '), to),
    h('button', { type: 'submit' }, 'Show timeline'),
  );
  const filters = (): Filters => ({
    people: [...people],
    family: family.checked,
    kinds: kinds.checked(),
    from: from.value.trim(),
    to: to.value.trim(),
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const f = filters();
    history.pushState(null, '', `/timeline?${toSearch(f)}`);
    void showPage(results, f, []);
  });
  main.append(form, results);
  if (people.length) void showPage(results, filters(), []);
}

function toSearch(f: Filters): string {
  const params = new URLSearchParams({ people: f.people.map((p) => p.id).join(',') });
  if (f.family) params.set('family', '1');
  if (f.kinds.length) params.set('kinds', f.kinds.join(','));
  if (f.from) params.set('from', f.from);
  if (f.to) params.set('to', f.to);
  return params.toString();
}

/** `cursors` is the stack of `after` values that led to this page ([] for the first). */
async function showPage(target: HTMLElement, f: Filters, cursors: string[]): Promise<void> {
  if (f.people.length === 0) return fill(target, statusLine('Add at least one person.', 'error'));
  for (const [name, value] of [
    ['From', f.from],
    ['To', f.to],
  ]) {
    if (value && !parsePartialDateInput(value))
      return fill(target, statusLine(`${name}: “${value}” is not a date like 2020, 2020-09 or 2020-09-30.`, 'error'));
  }
  fill(target, statusLine('Loading…'));
  let page: TimelinePage;
  try {
    const variables = {
      ids: f.people.map((p) => p.id),
      family: f.family,
      kinds: f.kinds.length ? f.kinds : null,
      from: f.from || null,
      to: f.to || null,
      after: cursors.at(-1) ?? null,
    };
    page = (await gql<{ timeline: TimelinePage }>(TIMELINE, variables)).timeline;
  } catch (error) {
    return fill(target, statusLine(`Could not load the timeline: ${(error as Error).message}`, 'error'));
  }
  const start = cursors.length * 20 + 1;
  const events = page.edges.map((e) => e.node);
  const previous = h(
    'button',
    { type: 'button', disabled: cursors.length === 0, onclick: () => void showPage(target, f, cursors.slice(0, -1)) },
    'Previous page',
  );
  const next = h(
    'button',
    {
      type: 'button',
      disabled: !page.pageInfo.hasNextPage,
      onclick: () => void showPage(target, f, [...cursors, page.pageInfo.endCursor ?? '']),
    },
    'Next page',
  );
  fill(
    target,
    h(
      'p',
      { class: 'page-count' },
      events.length ? `Events ${start}–${start + events.length - 1} of ${page.totalCount}` : `No events (of ${page.totalCount})`,
    ),
    events.length ? eventList(events) : null,
    h('nav', { class: 'pager', 'aria-label': 'Timeline pages' }, previous, ' ', next),
  );
}
