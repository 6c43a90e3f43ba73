import { AttrValue, GraphDocument, GraphEdge, isSymmetric } from './graph-document';

export const GRAPHML_MIME_TYPE = 'application/graphml+xml';

type KeyType = 'string' | 'long' | 'double' | 'boolean';
interface Key {
  id: string;
  name: string;
  type: KeyType;
}

/**
 * GraphML as Gephi, Cytoscape desktop, yEd, networkx and igraph read it. Every edge is
 * directed (the graph default), so that a parent edge keeps parent -> child: networkx
 * refuses a directed edge in an undirected graph, and igraph has no mixed graphs. A
 * symmetric relation (spouse, co-mention) is one edge with `symmetric=true`, not two, so
 * edge counts and evidence counts are not doubled. Each attribute gets a declared key
 * typed from its values; null values are left out, as GraphML intends.
 */
export function toGraphMl(graph: GraphDocument): string {
  const nodeKeys = declareKeys('n', [{ label: '' }, ...graph.nodes.map((n) => ({ ...n.attrs, label: n.label }))]);
  const edgeKeys = declareKeys('e', [{ relation: '', evidenceCount: 0, symmetric: false }, ...graph.edges.map(edgeData)]);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"' +
      ' xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...[...nodeKeys.values()].map((k) => keyLine(k, 'node')),
    ...[...edgeKeys.values()].map((k) => keyLine(k, 'edge')),
    '  <graph id="G" edgedefault="directed">',
    ...graph.nodes.map((n) => element('node', { id: n.id }, dataLines(nodeKeys, { ...n.attrs, label: n.label }))),
    ...graph.edges.map((e) => element('edge', { id: e.id, source: e.source, target: e.target }, dataLines(edgeKeys, edgeData(e)))),
    '  </graph>',
    '</graphml>',
  ];
  return lines.join('\n') + '\n';
}

function edgeData(e: GraphEdge): Record<string, AttrValue> {
  return { ...e.attrs, relation: e.relation, evidenceCount: e.evidenceCount, symmetric: isSymmetric(e.relation) };
}

/** One key per attribute name, in first-seen order, ids `n0`, `n1`... (names may be any text). */
function declareKeys(prefix: string, rows: Record<string, AttrValue>[]): Map<string, Key> {
  const keys = new Map<string, Key>();
  const seen = new Set<string>();
  for (const row of rows) {
    for (const [name, value] of Object.entries(row)) {
      if (!keys.has(name)) keys.set(name, { id: `${prefix}${keys.size}`, name, type: 'string' });
      if (value === null || value === undefined) continue;
      const key = keys.get(name)!;
      key.type = seen.has(name) ? widen(key.type, typeOf(value)) : typeOf(value);
      seen.add(name);
    }
  }
  return keys;
}

function typeOf(value: string | number | boolean): KeyType {
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'number') return Number.isInteger(value) ? 'long' : 'double';
  return 'string';
}

/** The first non-null value decides; long widens to double; anything else mixed is a string (all-null too). */
function widen(was: KeyType, now: KeyType): KeyType {
  if (was === now) return was;
  if ((was === 'long' && now === 'double') || (was === 'double' && now === 'long')) return 'double';
  return 'string';
}

function keyLine(key: Key, domain: 'node' | 'edge'): string {
  return `  <key id="${key.id}" for="${domain}" attr.name="${escapeXml(key.name)}" attr.type="${key.type}"/>`;
}

function dataLines(keys: Map<string, Key>, values: Record<string, AttrValue>): string[] {
  return Object.entries(values)
    .filter(([, v]) => v !== null && v !== undefined)
    .map(([name, v]) => `      <data key="${keys.get(name)!.id}">${escapeXml(String(v))}</data>`);
}

function element(tag: string, attributes: Record<string, string>, children: string[]): string {
  const attrs = Object.entries(attributes)
    .map(([k, v]) => ` ${k}="${escapeXml(v)}"`)
    .join('');
  return children.length === 0 ? `    <${tag}${attrs}/>` : [`    <${tag}${attrs}>`, ...children, `    </${tag}>`].join('\n');
}

const NOT_XML_CHAR = /[^\x09\x0A\x0D\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Escapes text for element content and attribute values; drops characters XML 1.0 cannot carry at all. */
export function escapeXml(text: string): string {
  return text.replace(NOT_XML_CHAR, '').replace(/[&<>"']/g, (c) => ENTITIES[c]);
}
