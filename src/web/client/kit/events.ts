import { formatPartialDate, PartialDate } from './dates';
import { h, personLink } from './dom';

export interface EventView {
  id: string;
  kind: string;
  title: string;
  date: PartialDate | null;
  participants: { id: string; name: string }[];
  evidence: { quote: string | null; source: string }[];
}

export const EVENT_FIELDS = 'id kind title date { iso precision } participants { id name } evidence { quote source }';

/** "PREGNANCY_LOSS" → "pregnancy loss". */
export function kindLabel(kind: string): string {
  return kind.toLowerCase().replace(/_/g, ' ');
}

/** Events as a list, each date only as precise as it is known ("September 2020"). */
export function eventList(events: EventView[]): HTMLElement {
  return h('ol', { class: 'events' }, ...events.map(eventItem));
}

function eventItem(event: EventView): HTMLElement {
  const quote = event.evidence.find((e) => e.quote);
  return h(
    'li',
    { class: 'event' },
    h('span', { class: 'event-date' }, formatPartialDate(event.date)),
    h('span', { class: `kind kind-${event.kind.toLowerCase()}` }, kindLabel(event.kind)),
    h('span', { class: 'event-title' }, event.title),
    event.participants.length
      ? h('span', { class: 'event-people' }, ...event.participants.flatMap((p, i) => [i ? ', ' : '', personLink(p)]))
      : null,
    quote ? h('q', { class: 'event-quote' }, `${quote.quote} (${quote.source})`) : null,
  );
}
