/**
 * darkweb-kg: the pattern vocabulary (ontology/patterns.json) compiled once into sets and regular
 * expressions: head nouns, connector words and relation trigger phrases.
 */
import { readFileSync } from 'node:fs';
import { ontologyPath } from '../paths';

export interface Vocab {
  agencyHeads: Set<string>;
  unitHeads: Set<string>;
  agencyKeywords: RegExp;
  marketHeads: Set<string>;
  organizationHeads: Set<string>;
  criminalGroupNouns: Set<string>;
  nameConnectors: Set<string>;
  nameParticles: Set<string>;
  determiners: Set<string>;
  speechVerbs: Set<string>;
  placePrepositions: Set<string>;
  personNouns: Set<string>;
  /** words that never make part of a person's name ("Dark Web", "National Crime") */
  nonNameWords: Set<string>;
  /** "officers of the", "investigators from": the people of the agency named next */
  agentsOf: RegExp;
  /** phrase lists compiled to global, case-insensitive, word-bounded regexes */
  re: Record<
    | 'cooperation' | 'lead' | 'leadVerb' | 'participation' | 'action' | 'takedown' | 'precedence' | 'sell' | 'operate'
    | 'arrest' | 'charge' | 'seizure',
    RegExp
  >;
}

function phraseRe(list: string[]): RegExp {
  const alts = [...list]
    .sort((a, b) => b.length - a.length)
    .map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'));
  // the phrases are plain ASCII: \b is word-bounded enough and much cheaper than Unicode look-arounds
  return new RegExp(`\\b(?:${alts.join('|')})\\b`, 'gi');
}

let cached: Vocab | undefined;

export function vocab(): Vocab {
  if (cached) return cached;
  const p = JSON.parse(readFileSync(ontologyPath('patterns.json'), 'utf8'));
  const lower = (xs: string[]) => new Set(xs.map((x) => x.toLowerCase()));
  cached = {
    agencyHeads: lower(p.agencyHeads),
    unitHeads: lower(p.unitHeads),
    agencyKeywords: phraseRe(p.agencyKeywords),
    marketHeads: lower(p.marketHeads),
    organizationHeads: lower(p.organizationHeads),
    criminalGroupNouns: lower(p.criminalGroupNouns),
    nameConnectors: lower(p.nameConnectors),
    nameParticles: lower(p.nameParticles),
    determiners: lower(p.determiners),
    speechVerbs: lower(p.speechVerbs),
    placePrepositions: lower(p.placePrepositions),
    personNouns: lower(p.personNouns),
    nonNameWords: lower(p.nonNameWords),
    agentsOf: new RegExp(`\\b(?:${(p.agentNouns as string[]).map((x) => x.replace(/ /g, '\\s+')).join('|')})\\s+(?:of|from|with|at)\\s+(?:the\\s+)?$`, 'i'),
    re: {
      cooperation: phraseRe(p.cooperationTriggers),
      lead: phraseRe(p.leadTriggers),
      leadVerb: phraseRe(p.leadVerbs),
      participation: phraseRe(p.participationTriggers),
      action: phraseRe(p.actionVerbs),
      takedown: phraseRe(p.takedownVerbs),
      precedence: phraseRe(p.precedenceTriggers),
      sell: phraseRe(p.sellVerbs),
      operate: phraseRe(p.operateVerbs),
      arrest: phraseRe(p.arrestWords),
      charge: phraseRe(p.chargeWords),
      seizure: phraseRe(p.seizureWords),
    },
  };
  return cached;
}

/** All matches of a compiled phrase regex in `text`, as [start, end) offsets. */
export function findAll(re: RegExp, text: string): Array<{ start: number; end: number; text: string }> {
  const out: Array<{ start: number; end: number; text: string }> = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  return out;
}

export function has(re: RegExp, text: string): boolean {
  re.lastIndex = 0;
  return re.test(text);
}
