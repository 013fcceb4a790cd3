/**
 * darkweb-kg: the relation cues of ontology/patterns.json that the relation rules (relations.ts,
 * document.ts) read beside vocab.ts's trigger phrases, compiled once: the words that introduce an
 * operation's name, the nouns of support an agency provides, police ranks. Plain English news
 * vocabulary, as data.
 */
import { readFileSync } from 'node:fs';
import { ontologyPath } from '../paths';

export interface Cues {
  /** text right before an operation's name that introduces it: "codenamed", "dubbed", "set up" */
  namingBefore: RegExp;
  /** a participle of leading parted from its "by" by one to four words ("carried out between January and March by") */
  leadLate: RegExp;
  /** "provided operational and analytical support", "gave technical assistance" */
  providedSupport: RegExp;
  /** verbs of enforcement whose subject, when it lists agencies, means they acted together */
  jointAction: RegExp;
  /** after an arrest word, the people who ran a market: "three suspected administrators of", "the alleged operator behind" */
  staffOf: RegExp;
  /** a rank only police officers hold ("Detective Chief Inspector", "Police Constable", "Chief Superintendent") */
  policeRank: RegExp;
  /** a body's name that says it is a police force ("… Police", "Constabulary", "Garda", "Politie") */
  policeName: RegExp;
}

let cached: Cues | undefined;

const alternation = (list: string[]) =>
  [...list]
    .sort((a, b) => b.length - a.length)
    .map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'))
    .join('|');

export function cues(): Cues {
  if (cached) return cached;
  const p = JSON.parse(readFileSync(ontologyPath('patterns.json'), 'utf8'));
  cached = {
    leadLate: new RegExp(`\\b(?:${alternation((p.leadTriggers as string[]).filter((t) => t.endsWith(' by')).map((t) => t.slice(0, -3)))})\\s+(?:(?!by\\b)[\\p{L}\\d'’-]+\\s+){1,4}by\\b`, 'giu'),
    providedSupport: new RegExp(`\\b(?:provided|provides|providing|gave|offered|lent)\\s+(?:[\\w-]+\\s+){0,4}?(?:${alternation(p.supportNouns)})\\b`, 'gi'),
    jointAction: new RegExp(`\\b(?:${alternation(p.jointActionVerbs)})\\b`, 'gi'),
    staffOf: new RegExp(`^\\s+(?:[\\w-]+\\s+){0,3}?(?:${alternation(p.marketStaffNouns)})\\s+(?:of|behind)\\s+(?:the\\s+)?`, 'i'),
    policeRank: new RegExp(`^(?!.*\\b(?:${alternation(p.nonPoliceRankWords)})\\b).*\\b(?:${alternation(p.policeRanks)})\\b`, 'i'),
    policeName: new RegExp(`\\b(?:${alternation(p.policeNames)})\\b`, 'iu'),
    namingBefore: new RegExp(`\\b(?:${alternation(p.operationNaming)})\\s*,?\\s*["“‘']?(?:operation\\s+)?$`, 'i'),
  };
  return cached;
}
