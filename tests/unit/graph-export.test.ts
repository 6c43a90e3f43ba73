import { describe, expect, it } from 'vitest';
import { escapeXml, toGraphMl } from '../../src/export/graphml';
import { toCytoscapeJson } from '../../src/export/cytoscape';
import { GraphDocument } from '../../src/export/graph-document';
import { connectionsToGraph } from '../../src/export/connections.export';
import { PathResult } from '../../src/connections/find-connections';

interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
}

/**
 * A strict little XML reader (no DTDs, no CDATA): enough to prove the output is well-formed
 * (tags nest and close, attributes are quoted, every & starts a known entity, no raw <) and
 * to read values back, without trusting a regex over the whole document.
 */
function parseXml(xml: string): XmlElement {
  let i = 0;
  const fail = (why: string): never => {
    throw new Error(`${why} at ${i}: ${xml.slice(i, i + 30)}`);
  };
  const entity = (): string => {
    const end = xml.indexOf(';', i);
    const name = xml.slice(i + 1, end);
    const known: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
    if (end < 0 || !(name in known)) fail('bad entity');
    i = end + 1;
    return known[name];
  };
  const name = (): string => {
    const start = i;
    while (i < xml.length && /[\w:.-]/.test(xml[i])) i++;
    return i > start ? xml.slice(start, i) : fail('expected a name');
  };
  const skipSpace = () => {
    while (/\s/.test(xml[i] ?? '')) i++;
  };
  const element = (): XmlElement => {
    if (xml[i++] !== '<') fail('expected <');
    const el: XmlElement = { name: name(), attrs: {}, children: [], text: '' };
    for (skipSpace(); xml[i] !== '>' && xml[i] !== '/'; skipSpace()) {
      const key = name();
      if (xml[i++] !== '=' || xml[i++] !== '"') fail('expected ="');
      let value = '';
      while (xml[i] !== '"') {
        if (i >= xml.length || xml[i] === '<') fail('bad attribute value');
        value += xml[i] === '&' ? entity() : xml[i++];
      }
      i++;
      if (key in el.attrs) fail('duplicate attribute');
      el.attrs[key] = value;
    }
    if (xml.startsWith('/>', i)) {
      i += 2;
      return el;
    }
    i++;
    while (!xml.startsWith('</', i)) {
      if (i >= xml.length) fail('unclosed element');
      if (xml[i] === '<') el.children.push(element());
      else el.text += xml[i] === '&' ? entity() : xml[i] === '>' ? fail('raw >') : xml[i++];
    }
    i += 2;
    if (name() !== el.name) fail(`mismatched close of ${el.name}`);
    if (xml[i++] !== '>') fail('expected >');
    return el;
  };
  if (!xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')) fail('no prolog');
  i = xml.indexOf('?>') + 2;
  skipSpace();
  const root = element();
  skipSpace();
  if (i !== xml.length) fail('content after the root element');
  return root;
}

const NASTY = `Tom & "Jerry" <O'Brien>`;
const graph: GraphDocument = {
  nodes: [
    { id: 'a&b', label: NASTY, attrs: { name: NASTY, hop: 0, birthDate: '1985-11-30', description: null } },
    { id: 'c', label: 'Luna', attrs: { name: 'Luna', hop: 1, birthDate: null, description: 'bell\u0007 rings' } },
  ],
  edges: [
    { id: 'e1', source: 'a&b', target: 'c', relation: 'PARENT', evidenceCount: 3, attrs: { since: null, until: null } },
    { id: 'e2', source: 'c', target: 'a&b', relation: 'CO_MENTIONED', evidenceCount: 2, attrs: { since: '2013', until: null } },
  ],
};

describe('GraphML', () => {
  const root = parseXml(toGraphMl(graph));
  const g = root.children.find((c) => c.name === 'graph')!;
  const keys = new Map(root.children.filter((c) => c.name === 'key').map((k) => [k.attrs.id, k.attrs]));
  const data = (el: XmlElement) => Object.fromEntries(el.children.map((d) => [keys.get(d.attrs.key)!['attr.name'], d.text]));

  it('is well-formed GraphML with a directed default (networkx refuses directed edges in an undirected graph)', () => {
    expect(root.name).toBe('graphml');
    expect(root.attrs.xmlns).toBe('http://graphml.graphdrawing.org/xmlns');
    expect(g.attrs.edgedefault).toBe('directed');
  });

  it('round-trips names with & < > " \' in ids, labels and attributes', () => {
    const [first] = g.children.filter((c) => c.name === 'node');
    expect(first.attrs.id).toBe('a&b');
    expect(data(first)).toEqual({ label: NASTY, name: NASTY, hop: '0', birthDate: '1985-11-30' });
  });

  it('declares each attribute once, typed from its values, and leaves nulls out', () => {
    const declared = [...keys.values()].map((k) => `${k.for}:${k['attr.name']}:${k['attr.type']}`);
    expect(declared).toEqual(
      expect.arrayContaining([
        'node:label:string',
        'node:hop:long',
        'edge:relation:string',
        'edge:evidenceCount:long',
        'edge:symmetric:boolean',
        'edge:since:string',
      ]),
    );
    expect(new Set(declared).size).toBe(declared.length);
    const edges = g.children.filter((c) => c.name === 'edge');
    expect(data(edges[0])).toEqual({ relation: 'PARENT', evidenceCount: '3', symmetric: 'false' });
    expect(data(edges[1])).toEqual({ relation: 'CO_MENTIONED', since: '2013', evidenceCount: '2', symmetric: 'true' });
  });

  it('keeps source and target, with no per-edge direction to contradict the default', () => {
    const edges = g.children.filter((c) => c.name === 'edge').map((e) => e.attrs);
    expect(edges).toEqual([
      { id: 'e1', source: 'a&b', target: 'c' },
      { id: 'e2', source: 'c', target: 'a&b' },
    ]);
  });

  it('drops characters XML 1.0 cannot carry', () => {
    const luna = g.children.filter((c) => c.name === 'node')[1];
    expect(data(luna).description).toBe('bell rings');
    expect(escapeXml('a\u0000b\u0008c\td')).toBe('abc\td');
  });

  it('reads an empty graph', () => {
    expect(parseXml(toGraphMl({ nodes: [], edges: [] })).children.find((c) => c.name === 'graph')!.children).toEqual([]);
  });
});

describe('Cytoscape.js JSON', () => {
  it('gives elements.nodes and elements.edges with data {id, label} and {id, source, target, relation}', () => {
    const json = JSON.parse(toCytoscapeJson(graph));
    expect(json.elements.nodes[0].data).toEqual({ id: 'a&b', label: NASTY, name: NASTY, hop: 0, birthDate: '1985-11-30' });
    expect(json.elements.edges).toEqual([
      { data: { id: 'e1', source: 'a&b', target: 'c', relation: 'PARENT', evidenceCount: 3, symmetric: false, directed: true } },
      {
        data: {
          id: 'e2',
          source: 'c',
          target: 'a&b',
          relation: 'CO_MENTIONED',
          evidenceCount: 2,
          symmetric: true,
          directed: false,
          since: '2013',
        },
      },
    ]);
  });

  it('never lets an attribute overwrite id or label', () => {
    const json = JSON.parse(toCytoscapeJson({ nodes: [{ id: 'x', label: 'X', attrs: { id: 'evil', label: 'evil' } }], edges: [] }));
    expect(json.elements.nodes[0].data).toEqual({ id: 'x', label: 'X' });
  });
});

describe('connection paths as a graph', () => {
  const person = (id: string) => ({ id, name: id.toUpperCase() }) as PathResult['people'][number];
  const evidence = (n: number) =>
    Array.from({ length: n }, (_, i) => ({ source: `s${i}`, quote: null })) as unknown as PathResult['hops'][number]['evidence'];
  const hop = (from: string, to: string, relation: PathResult['hops'][number]['relation'], n: number, count = n) =>
    ({ from: person(from), to: person(to), relation, evidence: evidence(n), evidenceCount: count }) as PathResult['hops'][number];

  it('names relations as the GraphQL enum, points parent edges parent -> child, and counts all evidence', () => {
    // luna -CHILD-> john (luna is john's child), john -SPOUSE-> chrissy, chrissy -CO_MENTIONED-> kim (7 articles, 5 cited)
    const paths = [
      {
        people: ['luna', 'john', 'chrissy', 'kim'].map(person),
        hops: [hop('luna', 'john', 'CHILD', 2), hop('john', 'chrissy', 'SPOUSE', 1), hop('chrissy', 'kim', 'CO_MENTIONED', 5, 7)],
      },
    ] as unknown as PathResult[];
    const edges = connectionsToGraph(paths).edges.map((e) => [e.relation, e.source, e.target, e.evidenceCount]);
    expect(edges).toEqual([
      ['PARENT', 'john', 'luna', 2],
      ['SPOUSE', 'chrissy', 'john', 1],
      ['CO_MENTIONED', 'chrissy', 'kim', 7],
    ]);
  });
});
