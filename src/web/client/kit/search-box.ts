import { formatLifespan, PartialDate } from './dates';
import { h } from './dom';
import { gql } from './gql';

export interface PersonSummary {
  id: string;
  name: string;
  description: string | null;
  birthDate: PartialDate | null;
  deathDate: PartialDate | null;
}

const SEARCH = `query Search($text: String!) {
  searchPeople(text: $text, first: 8) { person { id name description birthDate { iso precision } deathDate { iso precision } } }
}`;

/** Waits this long after the last keystroke before asking, so typing a name sends one search. */
const DEBOUNCE_MS = 150;

export interface SearchBox {
  element: HTMLElement;
  input: HTMLInputElement;
  selected(): PersonSummary | null;
}

let boxes = 0;

/**
 * A person search field with autocomplete (the WAI-ARIA combobox pattern): typing lists the
 * API's typo-tolerant matches with dates and description, so namesakes can be told apart;
 * ArrowDown/ArrowUp move, Enter picks, Escape closes.
 */
export function searchBox(options: { label: string; initial?: PersonSummary | null; onSelect(person: PersonSummary): void }): SearchBox {
  const n = ++boxes;
  const listId = `search-list-${n}`;
  const input = h('input', {
    id: `search-${n}`,
    type: 'search',
    role: 'combobox',
    autocomplete: 'off',
    'aria-autocomplete': 'list',
    'aria-expanded': 'false',
    'aria-controls': listId,
    placeholder: 'A name, e.g. Nicole Kidman',
  });
  const list = h('ul', { id: listId, role: 'listbox', class: 'suggestions', 'aria-label': `${options.label}: suggestions`, hidden: true });
  const element = h('div', { class: 'search-box' }, h('label', { for: input.id }, options.label), input, list);
  let hits: PersonSummary[] = [];
  let active = -1;
  let chosen = options.initial ?? null;
  let sequence = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  if (chosen) input.value = chosen.name;

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };
  const choose = (person: PersonSummary) => {
    chosen = person;
    input.value = person.name;
    close();
    options.onSelect(person);
  };
  const highlight = (index: number) => {
    active = index;
    list.querySelectorAll('[role=option]').forEach((option, i) => option.setAttribute('aria-selected', String(i === index)));
    if (index >= 0) input.setAttribute('aria-activedescendant', `${listId}-${index}`);
  };
  const render = () => {
    list.replaceChildren(
      ...hits.map((person, i) =>
        h(
          'li',
          {
            id: `${listId}-${i}`,
            role: 'option',
            'aria-selected': 'false',
            onmousedown: (event: Event) => event.preventDefault(),
            onclick: () => choose(person),
          },
          h('span', { class: 'option-name' }, person.name),
          ' ',
          h('span', { class: 'option-dates' }, formatLifespan(person.birthDate, person.deathDate)),
          person.description ? h('span', { class: 'option-description' }, person.description) : null,
        ),
      ),
    );
    if (hits.length === 0) list.append(h('li', { class: 'no-match', role: 'option', 'aria-disabled': 'true' }, 'No one found'));
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    active = -1;
  };
  const search = async (text: string) => {
    const mine = ++sequence;
    const data = await gql<{ searchPeople: { person: PersonSummary }[] }>(SEARCH, { text }).catch(() => null);
    if (mine !== sequence || !data) return; // a later keystroke has its own answer coming
    hits = data.searchPeople.map((hit) => hit.person);
    render();
  };

  input.addEventListener('input', () => {
    chosen = null;
    clearTimeout(timer);
    const text = input.value.trim();
    if (text.length < 2) return close();
    timer = setTimeout(() => void search(text), DEBOUNCE_MS);
  });
  input.addEventListener('keydown', (event) => {
    const open = !list.hidden && hits.length > 0;
    if (event.key === 'ArrowDown' && open) highlight((active + 1) % hits.length);
    else if (event.key === 'ArrowUp' && open) highlight(active <= 0 ? hits.length - 1 : active - 1);
    else if (event.key === 'Enter' && open && active >= 0) choose(hits[active]);
    else if (event.key === 'Escape') close();
    else return;
    event.preventDefault();
  });
  input.addEventListener('blur', () => setTimeout(close, 150));
  return { element, input, selected: () => chosen };
}

/** A person's summary by id, for pages opened with ids in the query string. */
export async function fetchSummary(id: string): Promise<PersonSummary | null> {
  const data = await gql<{ person: PersonSummary | null }>(
    `query Summary($id: ID!) { person(id: $id) { id name description birthDate { iso precision } deathDate { iso precision } } }`,
    { id },
  );
  return data.person;
}
