import { formatLifespan } from '../kit/dates';
import { fill, h, personHref, personLink, statusLine } from '../kit/dom';
import { gql } from '../kit/gql';
import { layout, section } from '../kit/layout';
import { PersonSummary, searchBox } from '../kit/search-box';

const RESULTS = `query Results($text: String!) {
  searchPeople(text: $text, first: 20) { score person { id name description birthDate { iso precision } deathDate { iso precision } } }
}`;

/** `/`: find a person by name (typos forgiven), then open their page. */
export function renderHome(): void {
  const main = layout('Limelight');
  const box = searchBox({ label: 'Search people by name', onSelect: (person) => location.assign(personHref(person.id)) });
  const results = h('div', { 'aria-live': 'polite' });
  const form = h('form', { class: 'search-form', role: 'search' }, box.element, h('button', { type: 'submit' }, 'Search'));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void showResults(results, box.input.value.trim());
  });
  main.append(
    h('p', { class: 'lead' }, 'Who is related to whom in entertainment news, and the article sentence that says so.'),
    form,
    results,
    section(
      'Ask the graph',
      h(
        'ul',
        {},
        h('li', {}, h('a', { href: '/connect' }, 'How are two people connected?'), ' Pick two names; every hop shows its evidence.'),
        h('li', {}, h('a', { href: '/timeline' }, 'A family timeline'), ', with kinds and a date range.'),
        h('li', {}, h('a', { href: '/on-this-day' }, 'On this day'), ': births, weddings and more on a calendar day.'),
      ),
    ),
  );
}

async function showResults(target: HTMLElement, text: string): Promise<void> {
  if (text.length < 2) return fill(target, statusLine('Type at least two letters.'));
  fill(target, statusLine('Searching…'));
  try {
    const data = await gql<{ searchPeople: { person: PersonSummary }[] }>(RESULTS, { text });
    const people = data.searchPeople.map((hit) => hit.person);
    fill(
      target,
      people.length === 0
        ? statusLine(`No one found for “${text}”.`)
        : section(
            `Results for “${text}”`,
            h(
              'ul',
              { class: 'results' },
              ...people.map((p) =>
                h(
                  'li',
                  {},
                  personLink(p),
                  ' ',
                  h('span', { class: 'muted' }, formatLifespan(p.birthDate, p.deathDate)),
                  p.description ? h('div', { class: 'muted' }, p.description) : null,
                ),
              ),
            ),
          ),
    );
  } catch (error) {
    fill(target, statusLine(`Search failed: ${(error as Error).message}`, 'error'));
  }
}
