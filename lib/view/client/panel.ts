/// <reference lib="dom" />
/**
 * darkweb-kg view: the side panel for one entity: class, canonical name, aliases, Wikidata link and
 * other attributes; the articles that mention it; each of its relations with the evidence sentences
 * (its mentions marked) and their articles; the arrest and seizure figures that name it.
 */
import { actionLink, append, clear, el, externalLink, swatch, type Child } from './dom';
import { citation, evidenceBlock, names } from './evidence';
import { factSummary, formatNumber, RELATION_PHRASES } from './format';
import type { ViewModel } from './model';

export interface PanelActions {
  /** Select another entity (and centre the camera on it). */
  select(node: number): void;
  pathFrom(node: number): void;
  pathTo(node: number): void;
}

const WIKIDATA_ID = /^Q[1-9][0-9]*$/;
/** Above this many relations, each relation's evidence starts folded. */
const OPEN_RELATIONS = 12;

function section(title: string, count: number, body: Child[]): HTMLElement {
  return el('section', { className: 'panel-section' }, [el('h3', {}, [`${title} (${formatNumber(count)})`]), ...body]);
}

function entityName(model: ViewModel, node: number, self: number, actions: PanelActions): HTMLElement {
  const label = model.data.nodes[node].label;
  if (node === self) return el('strong', { className: 'self' }, [label]);
  return actionLink(label, () => actions.select(node), `Show ${label}`);
}

function relationsSection(model: ViewModel, self: number, actions: PanelActions): HTMLElement | null {
  const edges = [...model.edgesOf[self]];
  if (edges.length === 0) return null;
  const other = (e: number): number => (model.data.edges[e].s === self ? model.data.edges[e].o : model.data.edges[e].s);
  edges.sort((a, b) => {
    const ea = model.data.edges[a];
    const eb = model.data.edges[b];
    if (ea.p !== eb.p) return ea.p < eb.p ? -1 : 1;
    const la = model.data.nodes[other(a)].label;
    const lb = model.data.nodes[other(b)].label;
    return la < lb ? -1 : la > lb ? 1 : 0;
  });
  const items = edges.map((e) => {
    const edge = model.data.edges[e];
    const groups = [names(model.data.nodes[self]), names(model.data.nodes[other(e)])];
    const head = el('span', { className: 'rel-head' }, [
      entityName(model, edge.s, self, actions),
      el('span', { className: 'predicate' }, [RELATION_PHRASES[edge.p] ?? edge.p]),
      entityName(model, edge.o, self, actions),
      el('span', { className: 'count', title: 'supporting articles' }, [String(edge.ev.length)]),
    ]);
    const details = el('details', { className: 'relation' }, [
      el('summary', {}, [head]),
      el('ul', { className: 'evidence-list' }, edge.ev.map((ev) => evidenceBlock(model, ev, groups))),
    ]);
    details.open = edges.length <= OPEN_RELATIONS;
    return el('li', {}, [details]);
  });
  return section('Relations', edges.length, [el('ul', { className: 'relations' }, items)]);
}

function factsSection(model: ViewModel, self: number): HTMLElement | null {
  const facts = model.factsOf[self];
  if (facts.length === 0) return null;
  const label = (n: number): string => model.data.nodes[n].label;
  const items = facts.map((f) => {
    const fact = model.data.facts[f];
    const groups = [names(model.data.nodes[self])];
    for (const n of [fact.op, fact.place, fact.item]) if (n !== undefined && n !== self) groups.push(names(model.data.nodes[n]));
    return el('li', { className: 'fact' }, [
      el('div', { className: 'fact-summary' }, [factSummary(fact, label, self)]),
      el('ul', { className: 'evidence-list' }, [evidenceBlock(model, fact, groups)]),
    ]);
  });
  return section('Arrests and seizures', facts.length, [el('ul', { className: 'facts' }, items)]);
}

export function renderPanel(container: HTMLElement, model: ViewModel, self: number, actions: PanelActions): void {
  const node = model.data.nodes[self];
  const cls = model.classes.get(node.type);
  clear(container);

  const facts: Child[] = [];
  if (node.alt.length > 0) facts.push(el('dt', {}, ['Also known as']), el('dd', { className: 'aliases' }, [node.alt.join(' · ')]));
  if (node.wd !== undefined && WIKIDATA_ID.test(node.wd)) {
    facts.push(el('dt', {}, ['Wikidata']), el('dd', {}, [externalLink(`https://www.wikidata.org/wiki/${node.wd}`, node.wd)]));
  }
  for (const [key, values] of Object.entries(node.attrs ?? {})) {
    facts.push(el('dt', {}, [key]), el('dd', {}, [values.join(' · ')]));
  }
  facts.push(el('dt', {}, ['IRI']), el('dd', { className: 'iri' }, [node.iri]));

  const articles = node.docs.map(([doc, count]) =>
    el('li', {}, [citation(model, doc), el('span', { className: 'count', title: 'mentions' }, [`×${count}`])]),
  );

  append(container, [
    el('header', { className: 'entity-header' }, [
      el('div', { className: 'entity-class' }, [swatch(cls?.color ?? '#000'), cls?.label ?? node.type, node.named ? null : ' (unnamed)']),
      el('h2', { className: 'entity-name' }, [node.label]),
      el('div', { className: 'entity-actions' }, [
        actionLink('Path from here', () => actions.pathFrom(self)),
        actionLink('Path to here', () => actions.pathTo(self)),
      ]),
    ]),
    el('dl', { className: 'entity-facts' }, facts),
    articles.length > 0 ? section('Articles', articles.length, [el('ul', { className: 'articles' }, articles)]) : null,
    relationsSection(model, self, actions),
    factsSection(model, self),
  ]);
  container.scrollTop = 0;
}
