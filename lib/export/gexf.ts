/**
 * darkweb-kg: streaming GEXF 1.3 writer (OUTPUT-CONTRACT.md, "GEXF"). The header goes out with the first
 * item, then one <node> per entity as entities arrive and one <edge> per relation; `finalize()` closes the
 * document. Nothing holds the whole document: text is collected into chunks of about CHUNK characters
 * and handed to the sink chunk by chunk.
 *
 * - node: id = IRI, label = rdfs:label; attributes `type` (class), `mentions` (total mention count),
 *   `documents` (documents mentioning it), `wikidata` (Q-id, when known), `aliases` (alt labels joined
 *   with "|", when any); `viz:size` 5 + 3*sqrt(degree), `viz:position` from the layout (z = 0),
 *   `viz:color` from ontology/style.json (read once per export) as decimal r/g/b (networkx cannot read hex);
 * - edge: id e0, e1... in relation order, label and attribute `type` = property local name, `weight` =
 *   number of supporting documents. Every edge is directed (networkx rejects undirected edges in a
 *   directed graph), including the symmetric cooperatedWith, which the graph states once;
 * - meta lastmodifieddate = the newest document date (omitted when no document has one), never the
 *   clock, so a rebuild is byte-identical.
 *
 * Documents and facts have no place in GEXF and are skipped.
 */
import { readFileSync } from 'node:fs';
import { ExportError, InputError } from '../errors';
import { ontologyPath } from '../paths';
import type { EntityRecord, KnowledgeGraph, RelationRecord } from '../types';
import type { ExportContext, Exporter, GraphItem, Sink } from './exporter';
import { xmlEscape } from './xml';

/** Shown as the "file" of export errors (the exporter only knows its sink). */
const OUTPUT = 'GEXF export';
/** Characters collected before a write to the sink. */
const CHUNK = 1 << 16;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Node attributes declared in the header: id, type; the id is also the title. */
const NODE_ATTRIBUTES: ReadonlyArray<readonly [string, string]> = [
  ['type', 'string'],
  ['mentions', 'integer'],
  ['documents', 'integer'],
  ['wikidata', 'string'],
  ['aliases', 'string'],
];
const EDGE_ATTRIBUTES: ReadonlyArray<readonly [string, string]> = [['type', 'string']];

/** Where the writer stands; each stage's closing text moves it to the next. */
enum Stage {
  Start,
  Nodes,
  Edges,
  Closed,
}

/** `<viz:color …/>` per entity class, from ontology/style.json (`classes.<Class>.color` = [r, g, b]). */
function colorElements(): Map<string, string> {
  const file = ontologyPath('style.json');
  let classes: Record<string, { color?: unknown }>;
  try {
    classes = (JSON.parse(readFileSync(file, 'utf8')) as { classes: Record<string, { color?: unknown }> }).classes;
  } catch (e) {
    throw new InputError(file, `cannot read the display style (${(e as Error).message})`);
  }
  const channel = (v: unknown): boolean => Number.isInteger(v) && (v as number) >= 0 && (v as number) <= 255;
  const colors = new Map<string, string>();
  for (const [cls, { color }] of Object.entries(classes ?? {})) {
    if (!Array.isArray(color) || color.length !== 3 || !color.every(channel)) {
      throw new InputError(file, `classes.${cls}.color must be [r, g, b] with integers 0-255 (got ${JSON.stringify(color)})`);
    }
    const [r, g, b] = color as number[];
    colors.set(cls, `<viz:color r="${r}" g="${g}" b="${b}"/>`);
  }
  return colors;
}

/** The newest well-formed document date, or undefined. */
function newestDate(graph: KnowledgeGraph): string | undefined {
  let newest: string | undefined;
  for (const d of graph.documents) {
    if (d.date && ISO_DATE.test(d.date) && (newest === undefined || d.date > newest)) newest = d.date;
  }
  return newest;
}

function attributeDeclarations(cls: 'node' | 'edge', list: ReadonlyArray<readonly [string, string]>): string {
  const lines = list.map(([id, type]) => `      <attribute id="${id}" title="${id}" type="${type}"/>\n`);
  return `    <attributes class="${cls}" mode="static">\n${lines.join('')}    </attributes>\n`;
}

function header(graph: KnowledgeGraph): string {
  const date = newestDate(graph);
  const description =
    'Knowledge graph of law-enforcement action against dark-web drug markets: ' +
    `${graph.entities.length} entities, ${graph.relations.length} relations, ${graph.documents.length} documents`;
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">\n' +
    `  <meta${date ? ` lastmodifieddate="${date}"` : ''}>\n` +
    '    <creator>darkweb-kg</creator>\n' +
    `    <description>${xmlEscape(description)}</description>\n` +
    '  </meta>\n' +
    '  <graph defaultedgetype="directed" mode="static">\n' +
    attributeDeclarations('node', NODE_ATTRIBUTES) +
    attributeDeclarations('edge', EDGE_ATTRIBUTES) +
    '    <nodes>\n'
  );
}

/** Text that takes the document from each stage to the next. */
const CLOSING: Readonly<Record<Stage.Nodes | Stage.Edges, string>> = {
  [Stage.Nodes]: '    </nodes>\n    <edges>\n',
  [Stage.Edges]: '    </edges>\n  </graph>\n</gexf>\n',
};

/** A number as GEXF writes it: rounded to 2 decimals; a non-finite value is an error naming the node. */
function coordinate(v: number, iri: string): string {
  if (!Number.isFinite(v)) throw new ExportError(OUTPUT, `position of ${iri} is not a finite number (${v})`);
  return String(Math.round(v * 100) / 100 + 0);
}

function attvalue(id: string, value: string | number): string {
  return `          <attvalue for="${id}" value="${typeof value === 'number' ? value : xmlEscape(value)}"/>\n`;
}

export function createGexfExporter(sink: Sink, context: ExportContext): Exporter {
  const { graph, degree, positions } = context;
  const colors = colorElements();
  const written = new Set<string>();
  let stage = Stage.Start;
  let chunk = '';
  let edges = 0;

  const emit = (text: string): void => {
    chunk += text;
    if (chunk.length >= CHUNK) {
      sink.write(chunk);
      chunk = '';
    }
  };
  /** Writes whatever lies between the current stage and `to`. */
  const reach = (to: Stage): void => {
    if (stage === Stage.Start && to > Stage.Start) {
      emit(header(graph));
      stage = Stage.Nodes;
    }
    while (stage < to) {
      emit(CLOSING[stage as Stage.Nodes | Stage.Edges]);
      stage++;
    }
  };

  // Chosen once: with positions every node gets a <viz:position>, without them none does.
  const positionElement = positions
    ? (iri: string): string => {
        const p = positions.get(iri);
        if (!p) throw new ExportError(OUTPUT, `the layout has no position for ${iri}`);
        return `        <viz:position x="${coordinate(p.x, iri)}" y="${coordinate(p.y, iri)}" z="0"/>\n`;
      }
    : (): string => '';

  const writeNode = (e: EntityRecord): void => {
    if (stage > Stage.Nodes) {
      throw new ExportError(OUTPUT, `entity ${e.iri} arrived after the relations or after finalize()`);
    }
    reach(Stage.Nodes);
    const color = colors.get(e.type);
    if (!color) throw new ExportError(OUTPUT, `entity ${e.iri} has a class with no style: "${e.type}"`);
    let mentions = 0;
    let documents = 0;
    for (const doc in e.mentions) {
      mentions += e.mentions[doc];
      documents++;
    }
    const size = Math.round((5 + 3 * Math.sqrt(degree.get(e.iri) ?? 0)) * 100) / 100;
    emit(
      `      <node id="${xmlEscape(e.iri)}" label="${xmlEscape(e.label)}">\n` +
        '        <attvalues>\n' +
        attvalue('type', e.type) +
        attvalue('mentions', mentions) +
        attvalue('documents', documents) +
        (e.wikidata ? attvalue('wikidata', e.wikidata) : '') +
        (e.altLabels.length > 0 ? attvalue('aliases', e.altLabels.join('|')) : '') +
        '        </attvalues>\n' +
        `        <viz:size value="${size}"/>\n` +
        positionElement(e.iri) +
        `        ${color}\n` +
        '      </node>\n',
    );
    written.add(e.iri);
  };

  const writeEdge = (r: RelationRecord): void => {
    if (stage > Stage.Edges) throw new ExportError(OUTPUT, `relation ${r.s} ${r.p} ${r.o} arrived after finalize()`);
    reach(Stage.Edges);
    const missing = !written.has(r.s) ? r.s : !written.has(r.o) ? r.o : undefined;
    if (missing !== undefined) {
      throw new ExportError(OUTPUT, `relation ${r.s} ${r.p} ${r.o} refers to ${missing}, which is not an exported entity`);
    }
    emit(
      `      <edge id="e${edges++}" source="${xmlEscape(r.s)}" target="${xmlEscape(r.o)}" label="${xmlEscape(r.p)}" ` +
        `weight="${r.assertions.length}">\n` +
        '        <attvalues>\n' +
        attvalue('type', r.p) +
        '        </attvalues>\n' +
        '      </edge>\n',
    );
  };

  const skip = (): void => reach(Stage.Nodes);

  // Chosen once: one handler per item kind.
  const handlers: { [K in GraphItem['kind']]: (value: Extract<GraphItem, { kind: K }>['value']) => void } = {
    document: skip,
    entity: writeNode,
    relation: writeEdge,
    fact: skip,
  };

  return {
    write(item: GraphItem): void {
      (handlers[item.kind] as (value: GraphItem['value']) => void)(item.value);
    },
    finalize(): Promise<void> {
      if (stage === Stage.Closed) return Promise.resolve();
      reach(Stage.Closed);
      if (chunk.length > 0) sink.write(chunk);
      chunk = '';
      return new Promise<void>((resolve) => sink.end(resolve));
    },
  };
}
