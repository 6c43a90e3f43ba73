import { parsePartialDate } from '../dates/partial-date';
import { TimelineExportEvent, TimelineExportEvidence, TimelineExportRecord } from '../graph/timeline-export.queries';

/**
 * TimelineJS3's JSON format (timeline.knightlab.com/docs/json-format.html): `{title, events}`,
 * each event a slide with a `start_date` object (`year` required, `month` and `day` optional),
 * a `text` object (`headline`, `text`, which TimelineJS shows as HTML), a `group` (a row of the
 * navigation) and a `unique_id` (its URL bookmark).
 */
export interface TimelineJsDate {
  year: number;
  month?: number;
  day?: number;
}

export interface TimelineJsSlide {
  start_date: TimelineJsDate;
  text: { headline: string; text: string };
  group: string;
  unique_id: string;
  /** links are written as <a> here; TimelineJS's autolink would also link the quote's text */
  autolink: false;
}

export interface TimelineJsDocument {
  title: { text: { headline: string; text: string } };
  events: TimelineJsSlide[];
}

export const TIMELINEJS_MIME_TYPE = 'application/json';

/** The navigation row of each event kind (TimelineJS `group`); a kind not listed gets its name in words. */
const GROUP: Record<string, string> = {
  BIRTH: 'Births',
  DEATH: 'Deaths',
  MARRIAGE: 'Marriages',
  DIVORCE: 'Divorces',
  PREGNANCY_ANNOUNCEMENT: 'Pregnancies',
  PREGNANCY_LOSS: 'Pregnancy losses',
  ANNIVERSARY_POST: 'Anniversary posts',
  SOCIAL_POST: 'Social posts',
  ESSAY: 'Essays',
  STATEMENT: 'Statements',
  OTHER: 'Other',
};

/** `start_date` as precise as the stored date and no more: "2020-09" is `{year: 2020, month: 9}`, never a made-up day. */
export function toTimelineJsDate(iso: string): TimelineJsDate | null {
  const date = parsePartialDate(iso);
  if (!date) return null;
  return { year: date.year, ...(date.month !== null && { month: date.month }), ...(date.day !== null && { day: date.day }) };
}

export function groupOf(kind: string): string {
  return GROUP[kind] ?? kind.charAt(0) + kind.slice(1).toLowerCase().replace(/_/g, ' ');
}

/** One slide per dated event; an event whose date does not parse is left out (null). */
export function toSlide(e: TimelineExportEvent): TimelineJsSlide | null {
  const start = e.event.date ? toTimelineJsDate(e.event.date) : null;
  if (!start) return null;
  return {
    start_date: start,
    text: { headline: escapeHtml(e.event.title), text: slideText(e) },
    group: groupOf(e.event.kind),
    unique_id: e.event.id,
    autolink: false,
  };
}

/** The whole document; `record.events` is already in date order. */
export function toTimelineJs(record: TimelineExportRecord, family: boolean): TimelineJsDocument {
  const events = record.events.map(toSlide).filter((slide): slide is TimelineJsSlide => slide !== null);
  const whose = family ? `${record.person.name} and family` : record.person.name;
  return {
    title: {
      text: {
        headline: escapeHtml(whose),
        text: `<p>${events.length} dated events from Limelight, each with the evidence that states it.</p>`,
      },
    },
    events,
  };
}

/** Who took part, the event's own quote (unless evidence repeats it), then each piece of evidence. */
function slideText(e: TimelineExportEvent): string {
  const parts: string[] = [];
  if (e.participants.length > 0) parts.push(`<p>${escapeHtml(e.participants.join(', '))}</p>`);
  if (e.event.quote && !e.evidence.some((v) => v.quote === e.event.quote))
    parts.push(`<blockquote>${escapeHtml(e.event.quote)}</blockquote>`);
  for (const evidence of e.evidence) parts.push(evidenceHtml(evidence));
  if (e.evidence.length === 0) parts.push('<p>No evidence that is not rejected.</p>');
  return parts.join('');
}

/** The quote, then "Source: Wikidata, accepted, confidence 1.00" and the article it came from. */
function evidenceHtml(v: TimelineExportEvidence): string {
  const quote = v.quote ? `<blockquote>${escapeHtml(v.quote)}</blockquote>` : '';
  const source = `Source: ${escapeHtml(v.source)}, ${v.status.toLowerCase()}, confidence ${v.confidence.toFixed(2)}.`;
  return `${quote}<p>${source}${v.article ? ` Article: ${articleHtml(v.article)}` : ''}</p>`;
}

/** A web address is a link; any other (the seed's `urn:` ids) is shown as text, so it can still be looked up. */
function articleHtml(article: NonNullable<TimelineExportEvidence['article']>): string {
  const title = escapeHtml(article.title ?? article.url ?? '');
  const publisher = article.publisher ? `, ${escapeHtml(article.publisher)}` : '';
  if (!article.url) return `${title}${publisher}`;
  if (/^https?:\/\//i.test(article.url)) return `<a href="${escapeHtml(article.url)}">${title}</a>${publisher}`;
  return `${title}${publisher} (${escapeHtml(article.url)})`;
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** TimelineJS renders headline and text as HTML: every stored string is escaped first. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
}
