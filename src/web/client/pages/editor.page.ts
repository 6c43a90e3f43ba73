import { fill, h, statusLine } from '../kit/dom';
import { articleLine, EVIDENCE_FIELDS, EvidenceView } from '../kit/evidence';
import { EDITOR_KEY_STORAGE, gql, GraphQLRequestError } from '../kit/gql';
import { layout, section } from '../kit/layout';
import { searchBox } from '../kit/search-box';

const QUEUE = `query Queue($after: String) {
  reviewQueue(first: 20, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { ${EVIDENCE_FIELDS} } } }
}`;
const REVIEW = `mutation Review($id: ID!, $decision: ReviewDecision!, $reason: String) {
  reviewEvidence(id: $id, decision: $decision, reason: $reason) { id status }
}`;
const RETRACT = `mutation Retract($url: String!, $reason: String!) {
  retractArticle(url: $url, reason: $reason) { articleId evidenceRemoved factsRemoved peopleRemoved }
}`;
const MERGE = `mutation Merge($from: ID!, $into: ID!, $reason: String!) { mergePeople(from: $from, into: $into, reason: $reason) { id name aliases } }`;

/**
 * Every editorial call: the key from this tab's session storage (never localStorage, never a
 * cookie), sent as `Authorization: Bearer`, read afresh each time so "Forget key" takes at once.
 */
function editorial<T>(query: string, variables: Record<string, unknown>): Promise<T> {
  const key = sessionStorage.getItem(EDITOR_KEY_STORAGE);
  if (!key) return Promise.reject(new GraphQLRequestError('Type your editor key above first.', 'UNAUTHENTICATED'));
  return gql<T>(query, variables, key);
}

function failure(error: unknown): HTMLElement {
  const e = error as GraphQLRequestError;
  return statusLine(`${e.code ? `${e.code}: ` : ''}${e.message}`, 'error');
}

/** `/editor`: the review queue (accept, reject), retracting an article, merging two people. */
export function renderEditor(): void {
  const main = layout('For editors');
  const queue = h('div', { class: 'queue', 'aria-live': 'polite' });
  main.append(
    keySection(() => void loadQueue(queue)),
    section('Review queue', queue),
    retractSection(),
    mergeSection(),
  );
  if (sessionStorage.getItem(EDITOR_KEY_STORAGE)) void loadQueue(queue);
}

function keySection(onKey: () => void): HTMLElement {
  const input = h('input', { id: 'editor-key', type: 'password', autocomplete: 'off' });
  const state = h('p', { role: 'status' }, sessionStorage.getItem(EDITOR_KEY_STORAGE) ? 'A key is set for this tab.' : 'No key set.');
  const form = h(
    'form',
    { class: 'key-form' },
    h('label', { for: 'editor-key' }, 'Editor key '),
    input,
    ' ',
    h('button', { type: 'submit' }, 'Use this key'),
    ' ',
    h(
      'button',
      { type: 'button', onclick: () => (sessionStorage.removeItem(EDITOR_KEY_STORAGE), (state.textContent = 'No key set.')) },
      'Forget key',
    ),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (!input.value.trim()) return void (state.textContent = 'Type a key first.');
    sessionStorage.setItem(EDITOR_KEY_STORAGE, input.value.trim());
    input.value = '';
    state.textContent = 'A key is set for this tab (kept in this tab only, gone when it closes).';
    onKey();
  });
  return section(
    'Your key',
    h('p', { class: 'muted' }, 'Kept in this tab’s session storage only and sent with every editorial request.'),
    form,
    state,
  );
}

interface QueuePage {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: EvidenceView }[];
}

async function loadQueue(target: HTMLElement, after: string | null = null): Promise<void> {
  fill(target, statusLine('Loading the queue…'));
  try {
    const page = (await editorial<{ reviewQueue: QueuePage }>(QUEUE, { after })).reviewQueue;
    const next = page.pageInfo.hasNextPage
      ? h('button', { type: 'button', onclick: () => void loadQueue(target, page.pageInfo.endCursor) }, 'Next page')
      : null;
    fill(
      target,
      h('p', { class: 'page-count' }, `${page.totalCount} piece${page.totalCount === 1 ? '' : 's'} of evidence waiting`),
      h('ol', { class: 'review-list' }, ...page.edges.map((e) => reviewItem(e.node, () => void loadQueue(target, after)))),
      next,
    );
  } catch (error) {
    fill(target, failure(error));
  }
}

function reviewItem(e: EvidenceView, reload: () => void): HTMLElement {
  const reasonId = `reason-${e.id.replace(/[^\w-]/g, '_')}`;
  const reason = h('input', { id: reasonId, type: 'text' });
  const note = h('div', { 'aria-live': 'polite' });
  const decide = async (decision: 'ACCEPT' | 'REJECT') => {
    try {
      await editorial(REVIEW, { id: e.id, decision, reason: reason.value.trim() || null });
      reload();
    } catch (error) {
      fill(note, failure(error));
    }
  };
  return h(
    'li',
    { class: 'review-item', 'data-evidence-id': e.id },
    e.quote ? h('blockquote', {}, e.quote) : null,
    h('p', { class: 'evidence-meta' }, `rule ${e.rule ?? '—'} · confidence ${e.confidence.toFixed(2)} · source ${e.source}`),
    e.article ? articleLine(e.article) : null,
    h(
      'div',
      { class: 'decide' },
      h('button', { type: 'button', onclick: () => void decide('ACCEPT') }, 'Accept'),
      ' ',
      h('label', { for: reasonId }, 'Reason to reject '),
      reason,
      ' ',
      h('button', { type: 'button', onclick: () => void decide('REJECT') }, 'Reject'),
    ),
    note,
  );
}

function retractSection(): HTMLElement {
  const url = h('input', { id: 'retract-url', type: 'url' });
  const reason = h('input', { id: 'retract-reason', type: 'text' });
  const out = h('div', { 'aria-live': 'polite' });
  const form = h(
    'form',
    { class: 'retract-form' },
    h('label', { for: 'retract-url' }, 'Article url '),
    url,
    h('label', { for: 'retract-reason' }, ' Reason '),
    reason,
    ' ',
    h('button', { type: 'submit' }, 'Retract article'),
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      const r = (
        await editorial<{ retractArticle: Record<string, number> }>(RETRACT, { url: url.value.trim(), reason: reason.value.trim() })
      ).retractArticle;
      fill(out, statusLine(`Retracted: ${r.evidenceRemoved} evidence, ${r.factsRemoved} facts and ${r.peopleRemoved} people removed.`));
    } catch (error) {
      fill(out, failure(error));
    }
  });
  return section('Retract an article', form, out);
}

function mergeSection(): HTMLElement {
  const from = searchBox({ label: 'Merge this record', onSelect: () => {} });
  const into = searchBox({ label: 'into this person', onSelect: () => {} });
  const reason = h('input', { id: 'merge-reason', type: 'text' });
  const out = h('div', { 'aria-live': 'polite' });
  const form = h(
    'form',
    { class: 'merge-form' },
    from.element,
    into.element,
    h('label', { for: 'merge-reason' }, 'Reason '),
    reason,
    ' ',
    h('button', { type: 'submit' }, 'Merge'),
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const [a, b] = [from.selected(), into.selected()];
    if (!a || !b) return fill(out, statusLine('Pick both people from the suggestions first.', 'error'));
    try {
      const p = (
        await editorial<{ mergePeople: { id: string; name: string; aliases: string[] } }>(MERGE, {
          from: a.id,
          into: b.id,
          reason: reason.value.trim(),
        })
      ).mergePeople;
      fill(out, statusLine(`Merged into ${p.name} (${p.id}); aliases now ${p.aliases.join(', ') || 'none'}.`));
    } catch (error) {
      fill(out, failure(error));
    }
  });
  return section('Merge two people', form, out);
}
