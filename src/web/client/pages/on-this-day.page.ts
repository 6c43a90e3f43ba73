import { daysInMonth, monthNames } from '../kit/dates';
import { append, fill, h, queryParam, statusLine } from '../kit/dom';
import { EVENT_FIELDS, eventList, EventView } from '../kit/events';
import { gql } from '../kit/gql';
import { layout } from '../kit/layout';

const ON_THIS_DAY = `query OnThisDay($month: Int!, $day: Int!, $after: String) {
  onThisDay(month: $month, day: $day, after: $after, first: 25) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { ${EVENT_FIELDS} } }
  }
}`;

interface DayPage {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: EventView }[];
}

/** `/on-this-day?month=&day=`: events on a calendar day in any year, oldest first; today (UTC) by default. */
export function renderOnThisDay(): void {
  const main = layout('On this day');
  const today = new Date();
  const month = h('select', { id: 'month' }, ...monthNames().map((name, i) => h('option', { value: i + 1 }, name)));
  month.value = String(inRange(queryParam('month'), 1, 12) ?? today.getUTCMonth() + 1);
  const day = h('input', { id: 'day', type: 'number', min: 1, max: 31, value: inRange(queryParam('day'), 1, 31) ?? today.getUTCDate() });
  const results = h('div', { class: 'results', 'aria-live': 'polite' });
  const form = h(
    'form',
    { class: 'day-form' },
    h('label', { for: 'month' }, 'Month '),
    month,
    h('label', { for: 'day' }, ' Day '),
    day,
    ' ',
    h('button', { type: 'submit' }, 'Show'),
  );
  const show = () => {
    const [m, d] = [Number(month.value), Number(day.value)];
    if (!Number.isInteger(d) || d < 1 || d > daysInMonth(m))
      return fill(results, statusLine(`${monthNames()[m - 1]} has no day ${day.value}.`, 'error'));
    history.replaceState(null, '', `/on-this-day?month=${m}&day=${d}`);
    fill(results);
    void showMore(results, m, d, null);
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    show();
  });
  main.append(form, results);
  show();
}

function inRange(raw: string | null, low: number, high: number): number | null {
  const n = Number(raw);
  return raw !== null && Number.isInteger(n) && n >= low && n <= high ? n : null;
}

/** Appends one page of events and, while there are more, a button for the next (by cursor). */
async function showMore(target: HTMLElement, month: number, day: number, after: string | null): Promise<void> {
  const loading = statusLine('Loading…');
  target.append(loading);
  let page: DayPage;
  try {
    page = (await gql<{ onThisDay: DayPage }>(ON_THIS_DAY, { month, day, after })).onThisDay;
  } catch (error) {
    return void loading.replaceWith(statusLine(`Could not load: ${(error as Error).message}`, 'error'));
  }
  loading.remove();
  if (!after)
    target.append(
      h('p', { class: 'page-count' }, `${page.totalCount} event${page.totalCount === 1 ? '' : 's'} on ${day} ${monthNames()[month - 1]}`),
    );
  append(target, [page.edges.length ? eventList(page.edges.map((e) => e.node)) : null]);
  if (page.pageInfo.hasNextPage) {
    const more: HTMLButtonElement = h(
      'button',
      { type: 'button', onclick: () => (more.remove(), void showMore(target, month, day, page.pageInfo.endCursor)) },
      'More',
    );
    target.append(more);
  }
}
