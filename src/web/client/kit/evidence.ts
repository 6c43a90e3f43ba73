import { formatPublished } from './dates';
import { h } from './dom';

export interface EvidenceView {
  id: string;
  source: string;
  quote: string | null;
  status: string;
  confidence: number;
  rule?: string | null;
  article: { id: string; title: string; url: string | null; publisher: string | null; publishedAt: string } | null;
}

/** The GraphQL selection every page asks for, so that evidence reads the same everywhere. */
export const EVIDENCE_FIELDS = 'id source quote status confidence rule article { id title url publisher publishedAt }';

/** Why a fact is believed: each piece's quote, source, status, and the article it is from. */
export function evidenceList(evidence: EvidenceView[]): HTMLElement {
  if (evidence.length === 0) return h('p', { class: 'muted' }, 'No evidence of its own (named together in articles).');
  return h('ul', { class: 'evidence' }, ...evidence.map(evidenceItem));
}

function evidenceItem(e: EvidenceView): HTMLElement {
  const article = e.article;
  return h(
    'li',
    { class: 'evidence-item' },
    e.quote ? h('blockquote', {}, e.quote) : h('p', { class: 'muted' }, 'No quote recorded.'),
    h(
      'p',
      { class: 'evidence-meta' },
      h('span', { class: `badge badge-${e.status.toLowerCase()}` }, e.status.toLowerCase()),
      ' ',
      h('span', {}, `source: ${e.source}`),
      ' · ',
      h('span', {}, `confidence ${e.confidence.toFixed(2)}`),
      e.rule ? ` · rule ${e.rule}` : null,
    ),
    article ? articleLine(article) : null,
  );
}

export function articleLine(article: NonNullable<EvidenceView['article']>): HTMLElement {
  const title = article.url ? h('a', { href: article.url, rel: 'noreferrer noopener', target: '_blank' }, article.title) : article.title;
  return h(
    'p',
    { class: 'article-line' },
    title,
    ` — ${[article.publisher, formatPublished(article.publishedAt)].filter(Boolean).join(', ')}`,
  );
}
