/**
 * TimelineJS3's JSON format as its documentation states it (timeline.knightlab.com/docs/
 * json-format.html): the properties each object may have, which are required, and what the
 * date fields hold. Returns the problems found, [] for a valid document; unknown properties
 * count as problems, since TimelineJS ignores them silently.
 */
const TIMELINE_KEYS = ['events', 'title', 'eras', 'scale'];
const SLIDE_KEYS = ['start_date', 'end_date', 'text', 'media', 'group', 'display_date', 'background', 'autolink', 'unique_id'];
const DATE_KEYS = ['year', 'month', 'day', 'hour', 'minute', 'second', 'millisecond', 'display_date', 'format'];
const TEXT_KEYS = ['headline', 'text'];

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

export function timelineJsProblems(doc: unknown): string[] {
  const problems: string[] = [];
  if (!isObject(doc)) return ['the document is not an object'];
  unknownKeys(doc, TIMELINE_KEYS, 'timeline', problems);
  if (!Array.isArray(doc.events)) problems.push('events: required, a list of slides');
  if (doc.scale !== undefined && doc.scale !== 'human' && doc.scale !== 'cosmological') problems.push('scale: human or cosmological');
  if (doc.title !== undefined) slideProblems(doc.title, 'title', false, problems);
  const ids = new Set<string>();
  (Array.isArray(doc.events) ? doc.events : []).forEach((slide, i) => {
    slideProblems(slide, `events[${i}]`, true, problems);
    const id = isObject(slide) ? slide.unique_id : undefined;
    if (typeof id === 'string' && ids.has(id)) problems.push(`events[${i}].unique_id: ${id} used twice`);
    if (typeof id === 'string') ids.add(id);
  });
  return problems;
}

function slideProblems(slide: unknown, at: string, needsDate: boolean, problems: string[]): void {
  if (!isObject(slide)) return void problems.push(`${at}: not an object`);
  unknownKeys(slide, SLIDE_KEYS, at, problems);
  if (needsDate && slide.start_date === undefined) problems.push(`${at}.start_date: required for events`);
  if (slide.start_date !== undefined) dateProblems(slide.start_date, `${at}.start_date`, problems);
  if (slide.end_date !== undefined) dateProblems(slide.end_date, `${at}.end_date`, problems);
  if (slide.text !== undefined) {
    if (!isObject(slide.text)) problems.push(`${at}.text: not an object`);
    else {
      unknownKeys(slide.text, TEXT_KEYS, `${at}.text`, problems);
      for (const key of TEXT_KEYS)
        if (slide.text[key] !== undefined && typeof slide.text[key] !== 'string') problems.push(`${at}.text.${key}: not a string`);
    }
  }
  for (const key of ['group', 'display_date', 'unique_id'])
    if (slide[key] !== undefined && typeof slide[key] !== 'string') problems.push(`${at}.${key}: not a string`);
  if (slide.autolink !== undefined && typeof slide.autolink !== 'boolean') problems.push(`${at}.autolink: not a boolean`);
}

function dateProblems(date: unknown, at: string, problems: string[]): void {
  if (!isObject(date)) return void problems.push(`${at}: not an object`);
  unknownKeys(date, DATE_KEYS, at, problems);
  const range: Record<string, [number, number]> = { month: [1, 12], day: [1, 31], hour: [0, 23], minute: [0, 59], second: [0, 59] };
  if (!Number.isInteger(date.year)) problems.push(`${at}.year: required, a whole number`);
  for (const [key, [low, high]] of Object.entries(range)) {
    const value = date[key];
    if (value !== undefined && (!Number.isInteger(value) || (value as number) < low || (value as number) > high))
      problems.push(`${at}.${key}: a whole number from ${low} to ${high}`);
  }
  if (date.day !== undefined && date.month === undefined) problems.push(`${at}: a day without a month`);
}

function unknownKeys(object: Json, allowed: string[], at: string, problems: string[]): void {
  for (const key of Object.keys(object)) if (!allowed.includes(key)) problems.push(`${at}.${key}: not in the format`);
}
