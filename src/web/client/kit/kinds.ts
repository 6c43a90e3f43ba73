import { h } from './dom';
import { kindLabel } from './events';

/** The API's EventKind values, in the order the filters list them. */
export const EVENT_KINDS = [
  'BIRTH',
  'MARRIAGE',
  'DIVORCE',
  'DEATH',
  'PREGNANCY_ANNOUNCEMENT',
  'PREGNANCY_LOSS',
  'ANNIVERSARY_POST',
  'SOCIAL_POST',
  'ESSAY',
  'STATEMENT',
  'OTHER',
];

/** A fieldset of kind checkboxes; `checked()` lists the ticked kinds (none: every kind). */
export function kindFilter(selected: string[]): { element: HTMLElement; checked(): string[] } {
  const boxes = EVENT_KINDS.map((kind) =>
    h('input', { type: 'checkbox', id: `kind-${kind}`, value: kind, checked: selected.includes(kind) }),
  );
  const element = h(
    'fieldset',
    { class: 'kinds' },
    h('legend', {}, 'Kinds (none ticked: all)'),
    ...boxes.map((box) => h('label', { class: 'check', for: box.id }, box, ` ${kindLabel(box.value)}`)),
  );
  return { element, checked: () => boxes.filter((b) => b.checked).map((b) => b.value) };
}
