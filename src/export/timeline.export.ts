import { BadInputError, notFound } from '../errors';
import { Db } from '../graph/run';
import { findTimelineExport } from '../graph/timeline-export.queries';
import { TIMELINEJS_MIME_TYPE, toTimelineJs } from './timelinejs';

/** Slides one export may have: TimelineJS slows down well before a thousand. */
export const MAX_TIMELINE_EXPORT_EVENTS = 1000;
export const DEFAULT_TIMELINE_EXPORT_EVENTS = 500;
/** Evidence quoted on one slide, most confident first; the rest are in the API. */
export const EVIDENCE_PER_SLIDE = 3;

export interface TimelineExportRequest {
  personId: string;
  family: boolean;
  max: number;
}

export interface TimelineExportResult {
  mimeType: string;
  content: string;
  /** the person the id names now (a merged id names the person it went into) */
  personId: string;
  slides: number;
  /** dated events past `max`, left out */
  leftOut: number;
  /** events with no date, which TimelineJS cannot place */
  undated: number;
}

/** A person's timeline (with `family`, their spouses', children's and parents' too) as a TimelineJS3 document. */
export async function exportTimeline(db: Db, request: TimelineExportRequest): Promise<TimelineExportResult> {
  const { personId, family, max } = request;
  if (!Number.isInteger(max) || max < 1 || max > MAX_TIMELINE_EXPORT_EVENTS)
    throw new BadInputError('max', `must be between 1 and ${MAX_TIMELINE_EXPORT_EVENTS}`);
  const found = await findTimelineExport(db, personId, { family, max, perEvent: EVIDENCE_PER_SLIDE });
  if (!found) throw notFound(`person ${personId}`);
  const document = toTimelineJs(found, family);
  return {
    mimeType: TIMELINEJS_MIME_TYPE,
    content: JSON.stringify(document, null, 2),
    personId: found.person.id,
    slides: document.events.length,
    leftOut: found.dated - found.events.length,
    // a stored date is checked on the way in; one that still does not parse is counted here, not lost
    undated: found.undated + found.events.length - document.events.length,
  };
}
