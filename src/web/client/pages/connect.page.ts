import { fill, h, personLink, queryParam, statusLine } from '../kit/dom';
import { EVIDENCE_FIELDS, evidenceList, EvidenceView } from '../kit/evidence';
import { gql } from '../kit/gql';
import { drawGraph } from '../kit/graph-view';
import { layout, section } from '../kit/layout';
import { fetchSummary, searchBox } from '../kit/search-box';
import { hopLabel, PathHopView, pathsToElements, PathView } from '../path-graph';

type Hop = PathHopView & { evidence: EvidenceView[] };
type Path = PathView & { hops: Hop[] };

const CONNECTIONS = `query Connect($from: ID!, $to: ID!, $maxHops: Int, $via: [RelationKind!]) {
  connections(from: $from, to: $to, maxHops: $maxHops, via: $via, first: 3) {
    length people { id name }
    hops { relation from { id name } to { id name } evidence { ${EVIDENCE_FIELDS} } }
  }
}`;

const EXPORT = `query ExportPaths($from: ID!, $to: ID!, $maxHops: Int, $via: [RelationKind!], $format: ExportFormat) {
  exportConnections(from: $from, to: $to, maxHops: $maxHops, via: $via, first: 3, format: $format) { content mimeType }
}`;

/** The kinds `via` may name, as the form offers them; none ticked means the API's default. */
const VIA: { kind: string; label: string }[] = [
  { kind: 'SPOUSE', label: 'Spouse' },
  { kind: 'PARENT', label: 'Parent / child' },
  { kind: 'CO_MENTIONED', label: 'Named together in articles' },
];

const MAX_HOPS = 6; // the API's own limit

interface Query {
  from: string;
  to: string;
  maxHops: number;
  via: string[];
}

/** `/connect?from=&to=&maxHops=&via=`: shortest paths between two people, drawn, each hop with evidence. */
export async function renderConnect(): Promise<void> {
  const main = layout('How are they connected?');
  const [fromId, toId] = [queryParam('from'), queryParam('to')];
  const [fromPerson, toPerson] = await Promise.all([
    fromId ? fetchSummary(fromId).catch(() => null) : null,
    toId ? fetchSummary(toId).catch(() => null) : null,
  ]);
  const fromBox = searchBox({ label: 'From', initial: fromPerson, onSelect: () => {} });
  const toBox = searchBox({ label: 'To', initial: toPerson, onSelect: () => {} });
  const maxHops = h(
    'select',
    { id: 'max-hops' },
    ...Array.from({ length: MAX_HOPS }, (_, i) => h('option', { value: i + 1 }, String(i + 1))),
  );
  maxHops.value = String(clampHops(queryParam('maxHops')));
  const via = new Set((queryParam('via') ?? '').split(',').filter(Boolean));
  const viaBoxes = VIA.map(({ kind, label }) => {
    const box = h('input', { type: 'checkbox', id: `via-${kind}`, value: kind, checked: via.has(kind) });
    return { box, element: h('label', { class: 'check', for: box.id }, box, ` ${label}`) };
  });
  const results = h('div', { class: 'results', 'aria-live': 'polite' });
  const form = h(
    'form',
    { class: 'connect-form' },
    h('div', { class: 'pair' }, fromBox.element, toBox.element),
    h(
      'div',
      { class: 'options' },
      h('label', { for: 'max-hops' }, 'Most hops '),
      maxHops,
      h('fieldset', {}, h('legend', {}, 'Walk only (none: family first, then co-mentions)'), ...viaBoxes.map((v) => v.element)),
    ),
    h('button', { type: 'submit' }, 'Find paths'),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const [from, to] = [fromBox.selected(), toBox.selected()];
    if (!from || !to) return fill(results, statusLine('Pick both people from the suggestions first.', 'error'));
    const query = {
      from: from.id,
      to: to.id,
      maxHops: Number(maxHops.value),
      via: viaBoxes.filter((v) => v.box.checked).map((v) => v.box.value),
    };
    history.pushState(null, '', `/connect?${toSearch(query)}`);
    void showPaths(results, query);
  });
  main.append(form, results);
  if (fromPerson && toPerson)
    void showPaths(results, { from: fromPerson.id, to: toPerson.id, maxHops: Number(maxHops.value), via: [...via] });
}

function clampHops(raw: string | null): number {
  const n = Number(raw ?? MAX_HOPS);
  return Number.isInteger(n) && n >= 1 && n <= MAX_HOPS ? n : MAX_HOPS;
}

function toSearch(q: Query): string {
  const params = new URLSearchParams({ from: q.from, to: q.to, maxHops: String(q.maxHops) });
  if (q.via.length) params.set('via', q.via.join(','));
  return params.toString();
}

function variablesOf(q: Query): Record<string, unknown> {
  return { from: q.from, to: q.to, maxHops: q.maxHops, via: q.via.length ? q.via : null };
}

async function showPaths(target: HTMLElement, q: Query): Promise<void> {
  fill(target, statusLine('Finding paths…'));
  let paths: Path[];
  try {
    paths = (await gql<{ connections: Path[] }>(CONNECTIONS, variablesOf(q))).connections;
  } catch (error) {
    return fill(target, statusLine(`Could not find paths: ${(error as Error).message}`, 'error'));
  }
  if (paths.length === 0) return fill(target, statusLine(`No path within ${q.maxHops} hops.`));
  const elements = pathsToElements(paths, q.from, q.to);
  const graph = h('div', {
    class: 'graph',
    role: 'img',
    'aria-label': `Graph of ${paths.length} paths: ${elements.nodes.length} people, ${elements.edges.length} links`,
  });
  fill(
    target,
    h(
      'p',
      { class: 'legend' },
      h('span', { class: 'legend-stated' }, 'solid: stated relation'),
      ' · ',
      h('span', { class: 'legend-weak' }, 'dashed: named together in articles (weaker)'),
    ),
    graph,
    exportButtons(q),
    ...paths.map((path, i) => pathSection(path, i)),
  );
  await drawGraph(graph, elements, q.from);
}

function pathSection(path: Path, index: number): HTMLElement {
  return section(
    `Path ${index + 1}: ${path.length} hop${path.length === 1 ? '' : 's'}`,
    h('p', { class: 'path-people' }, ...path.people.flatMap((p, i) => [i ? ' → ' : '', personLink(p)])),
    h('ol', { class: 'hops' }, ...path.hops.map(hopItem)),
  );
}

function hopItem(hop: Hop): HTMLElement {
  const weak = hop.relation === 'CO_MENTIONED';
  return h(
    'li',
    { class: `hop ${weak ? 'hop-weak' : 'hop-stated'}` },
    h('p', { class: 'hop-line' }, personLink(hop.from), ` ${hopLabel(hop.relation)} `, personLink(hop.to)),
    evidenceList(hop.evidence),
  );
}

function exportButtons(q: Query): HTMLElement {
  const download = async (format: 'GRAPHML' | 'CYTOSCAPE') => {
    const data = await gql<{ exportConnections: { content: string; mimeType: string } }>(EXPORT, { ...variablesOf(q), format });
    const url = URL.createObjectURL(new Blob([data.exportConnections.content], { type: data.exportConnections.mimeType }));
    const link = h('a', { href: url, download: `${q.from}-${q.to}.${format === 'GRAPHML' ? 'graphml' : 'cyjs'}` });
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  return h(
    'p',
    { class: 'exports' },
    'Export these paths: ',
    h('button', { type: 'button', onclick: () => void download('GRAPHML') }, 'GraphML'),
    ' ',
    h('button', { type: 'button', onclick: () => void download('CYTOSCAPE') }, 'Cytoscape JSON'),
    ' · ',
    h('a', { href: `/export/timeline/${encodeURIComponent(q.from)}?family=1&format=timelinejs`, download: '' }, 'Export TimelineJS'),
  );
}
