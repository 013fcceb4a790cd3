/**
 * darkweb-kg view: wording of relations and counted facts in the side panel. Pure string code.
 */
import type { RelationType } from '../../types';
import type { ViewFact } from '../viewdata';

/** How a relation reads between its subject and object ("Europol" participated in "SpecTor"). */
export const RELATION_PHRASES: Record<RelationType, string> = {
  partOf: 'part of',
  cooperatedWith: 'cooperated with',
  participatedIn: 'participated in',
  ledBy: 'led by',
  targeted: 'targeted',
  precededBy: 'preceded by',
  worksFor: 'works for',
  sold: 'sold',
  locatedIn: 'located in',
  operated: 'operated',
  vendorOn: 'vendor on',
  arrestedBy: 'arrested by',
  chargedBy: 'charged by',
  nationality: 'nationality',
};

const NUMBER = new Intl.NumberFormat('en-US', { maximumFractionDigits: 8 });

export function formatNumber(n: number): string {
  return NUMBER.format(n);
}

/**
 * One line for an arrest or seizure figure. `name(i)` gives the label of node i; the entity the panel
 * is about is left out (`self`), since the reader already knows it.
 */
export function factSummary(f: ViewFact, name: (node: number) => string, self: number): string {
  const extra = (label: string, node: number | undefined): string =>
    node === undefined || node === self ? '' : ` ${label} ${name(node)}`;
  if (f.kind === 'ArrestCount') {
    const count = f.count == null ? 'Arrests (number not stated)' : `${formatNumber(f.count)} arrest${f.count === 1 ? '' : 's'}`;
    return `${count}${extra('in', f.place)}${extra('·', f.op)}`;
  }
  const quantity = f.quantity === undefined ? '?' : formatNumber(f.quantity);
  const amount = f.unit === undefined || f.unit === 'count' ? quantity : `${quantity} ${f.unit}`;
  const what = f.item !== undefined && f.item !== self ? name(f.item) : f.itemLiteral;
  // "64 firearms" for counted items, "850 kg of cannabis" for measured ones.
  const item = what === undefined ? '' : f.unit === 'count' ? ` ${what}` : ` of ${what}`;
  return `Seized ${amount}${item}${extra('in', f.place)}${extra('·', f.op)}`;
}
