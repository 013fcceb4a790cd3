/**
 * darkweb-kg: relations read from one sentence. Each rule looks at the ordered mentions of a sentence and
 * the trigger phrases between them (ontology/patterns.json) and proposes typed relations:
 *   partOf          possessives ("ERSOU's Cyber Crime Unit"), "X of Y", ", part of Y", name prefixes
 *   cooperatedWith  "A assisted B", "A worked together with B and C", "in partnership with", "includes B officers"
 *   ledBy           "operation led by A", "A, which initiated Operation X"
 *   participatedIn  "For Operation X, A worked with B", "A took part in X"
 *   targeted        "X resulted from the seizure of M", "operation … brought down … a group called G"
 *   precededBy      "previous operations X and Y", "followed … shut down M"
 *   worksFor        titles and appositions around a person's name
 *   sold, operated, vendorOn, arrestedBy, chargedBy, nationality
 * Document-level knowledge comes in through `SentenceContext` (the document's operation, the speaker of a
 * quote, the organisation "we" stands for).
 */
import type { EntityClass, RelationType } from '../types';
import { slugify } from '../graph/iri';
import { matchAt, matchTitle, type Lexicon } from './lexicon';
import { entryMention, FIRST_NAME_ONLY, HONORIFICS, NAME_OF_BODY_SAID, POSSESSIVE_S, ROLE_OF_BEFORE, type Frame, type Mention } from './mentions';
import { cues } from './cues';
import { tokenize, type Token } from './tokenize';
import { findAll, has, vocab } from './vocab';

export interface Proposed {
  s: Mention | string; // mention, or an entity key
  p: RelationType;
  o: Mention | string;
  confidence: number;
  role?: string;
}

export interface SentenceContext {
  lex: Lexicon;
  /** key of the operation the document is about (named or not) */
  mainOperation?: string;
  mainOperationNamed?: boolean;
  /** key of the organisation "we"/"our" stands for in this sentence (the quoted speaker's) */
  we?: string;
  /** the marketplace or criminal group "the site" refers to (the one named most so far), if named lately */
  recentMarketOrGroup?: Mention;
  /** the market the article has named most so far, however long ago */
  salientMarket?: Mention;
  /** the previous sentence named a marketplace or group */
  marketJustNamed?: boolean;
  /** normalised demonym -> country mention factory */
  demonymCountry(word: string): Mention | undefined;
  /** keys of every entity the document mentions */
  mentionedKeys?: Set<string>;
  /** the agency the article is from or mainly about (its first agency), for "the investigation was carried out with …" */
  homeAgency?: string;
  /** the first prosecuting body the article names (attorney's office, prosecutors, justice department) */
  prosecutor?: string;
  /** the head nouns of the home agency's names ("Customs" of Finnish Customs, "Bureau"), capitalised */
  homeHeads?: string[];
  /** read only what pass 1 of a document needs: partOf and worksFor */
  structureOnly?: boolean;
  /** keys of the people charged or arrested in the sentences so far ("the defendants") */
  defendants?: string[];
  /** the year the article was written in: its date's, else the latest year it names (worked out when asked) */
  year?: () => number | undefined;
  /** keys of the people charged or arrested in the last sentence that charged or arrested anyone ("the three") */
  lastDefendants?: string[];
  /** keys of the people the sentence before named ("A, B and C ran the business. The three were arrested …") */
  previousPeople?: string[];
  /** keys of the people charged, arrested or said to run a market in the sentences so far */
  suspects?: string[];
  /** the person named last in the sentences before this one: whom "he" or "she" stands for */
  recentPerson?: string;
  /** the police force the article is from, or the only one it names: whom "detectives" and a bare rank stand for */
  force?: () => string | undefined;
  /** each person's employer as the first pass read it (pass 2 only): whom a bare title later on stands for */
  employers?: Map<string, string>;
}

const WITH_HELP = /\bwith\s+(?:the\s+)?(?:\w+\s+){0,2}?(?:assistance|support|help|co-?operation|collaboration|participation|backing)\s+(?:of|from)\b/gi;
/** "which received substantial assistance from", "had help from": the subject was helped by what follows */
const RECEIVED_HELP = /\b(?:received|receiving|receives|had|has|got|obtained|enjoyed)\s+(?:[\w-]+\s+){0,2}?(?:assistance|support|help|co-?operation|backing)\s+from\b/gi;
/** ", which worked closely with": a relative clause on the agencies named right before the comma */
const RELATIVE_BEFORE = /,\s*(?:which|who)\s+(?:(?:has|have|had|also|then|later|since|closely|jointly|successfully)\s+)*$/i;
const POLICE_SUBJECT = /\b(police|investigators|authorities|officers|agents|prosecutors|law enforcement|officials)\b/i;
const OP_WORD = /\b(operation|investigation|crackdown|probe|action|sweep|takedown|raids?)\b/i;
const CLAUSE_BREAK = /[;]|,\s*(?:which|who|whose|but|while|whereas)\b|\bbut\b/i;
/** CLAUSE_BREAK for a scan over every break (made once, not per call) */
const CLAUSE_BREAKS = new RegExp(CLAUSE_BREAK.source, 'gi');

/** partners a co-operation verb names by kind, not by name: "with authorities in 25 countries", "with its European counterparts" */
const UNNAMED_PARTNERS = /^\s*(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,3}?(?:authorities|police|agencies|partners|counterparts|law\s+enforcement|forces)\b/i;
/** the rest of a sentence after an intransitive co-operation verb: "assisted.", "helped in the investigation." */
const NOTHING_AFTER = /^\s*(?:(?:also|too|as\s+well)\s*)?(?:(?:in|with|on)\s+(?:the|this)\s+(?:[\w-]+\s+)?(?:investigation|operation|case|inquiry|probe|action)\s*)?[.;!]?\s*$/i;
/** "J-CODE, a team created within the FBI": the unit comes first, its parent after */
/** ", a team of officers from (the)": the body before is made of officers of the bodies after */
const TEAM_OF_OFFICERS = /^\s*(?:\([^()]{1,30}\)\s*)?,\s*(?:a|an|the)\s+(?:[\p{Ll}-]+\s+){0,2}(?:team|unit|partnership|task\s*force|squad|group|cell)\s+(?:of|made\s+up\s+of|comprising|staffed\s+by)\s+(?:[\p{Ll}-]+\s+)?(?:officers|staff|investigators|detectives|agents|members|personnel|specialists)\s+(?:from|of|drawn\s+from)\s+(?:the\s+)?/u;
const CREATED_WITHIN = /^\s*,\s*(?:a|an|the)\s+(?:\w+\s+){0,2}?(?:created|set\s+up|established|housed|based|formed)\s+(?:within|inside|at|by|under)\s+(?:the\s+)?$/i;
/**
 * Before an apposition's comma: the end of a bracket the first name closes, or a bracket of its own (an acronym or
 * a native name: "X (Zentralstelle …, ZIT), a unit of Y")
 */
const BRACKET = String.raw`\)?(?:\([^()]{1,80}\)\s*)?`;
/** ", a unit of (the)", ", the specialised cybercrime unit of": the body after is the parent of the one before */
const UNIT_OF_APPOSITION = new RegExp(String.raw`^\s*${BRACKET},\s*(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:branch|unit|division|part|arm|agency|component|department|office|section|service|command|bureau)\s+of\s+(?:the\s+)?(?:\p{Lu}[\p{L}.]*\s+)?$`, 'u');
/** "the GSG 9 special unit of", "HSI is the principal investigative arm of", "X (XC), a unit within" */
const UNIT_PHRASE = new RegExp(String.raw`^\s*${BRACKET}(?:,\s*|\s(?:is|was|are|were|remains)\s+)?(?:the\s+|a\s+|an\s+)?(?:[\p{Ll}-]+\s+){0,3}(?:unit|team|squad|division|branch|section|department|arm|wing|cell|office|directorate|service|command|bureau)\s+(?:of|within|at)\s+(?:the\s+)?$`, 'u');
/** ", which is part of", ", a division of the so-called" */
const PART_OF_APPOSITION = new RegExp(String.raw`^\s*${BRACKET},\s*(?:(?:which|that)\s+(?:is|are|forms?)\s+)?(?:(?:a|an|the)\s+)?(?:(?!(?:is|are|was|were|be|being|now|also)\b)\w+\s+)?(?:part|unit|division|branch|team|department|section|arm|component)\s+of\s+(?:the\s+)?(?:so-called\s+)?$`, 'i');
/** An acronym in brackets, or nothing, between an agency and what follows it */
const ACRONYM_GAP = /^\s*(?:\([^()]{1,20}\)\s*)?$/;
/** Two agency names with nothing but a space (or the first one's acronym) between them: a body and its unit */
const JUXTAPOSED = /^\s+(?:\([^()]{1,20}\)\s+)?$/;
const isAgency = (m: Mention) => m.type === 'Agency';
const isMarketOrGroup = (m: Mention) => m.type === 'Marketplace' || m.type === 'CriminalGroup';

/**
 * Trigger phrases found in a sentence, remembered while its rules run (some lists are asked for twice); only
 * the sentence read last is kept, since its rules all run in one call (a WeakMap entry per sentence cost more).
 */
let triggerFrame: Frame | undefined;
const triggerHits = new Map<RegExp, ReturnType<typeof findAll>>();
function triggers(f: Frame, re: RegExp): ReturnType<typeof findAll> {
  if (f !== triggerFrame) {
    triggerFrame = f;
    triggerHits.clear();
  }
  let hits = triggerHits.get(re);
  if (!hits) triggerHits.set(re, (hits = findAll(re, f.sentence.text)));
  return hits;
}

function textBetween(f: Frame, a: number, b: number): string {
  return f.sentence.text.slice(a - f.sentence.start, b - f.sentence.start);
}

/** Agencies that are the parent in an "X of (the) Y" or prefix construction in this sentence. */
function ofParents(f: Frame): Set<Mention> {
  const out = new Set<Mention>();
  const ms = f.mentions;
  for (let k = 1; k < ms.length; k++) {
    const a = ms[k - 1];
    const b = ms[k];
    if (isAgency(a) && isAgency(b) && /^\s*(?:\([^()]{1,20}\)\s*)?(?:of|within)\s+(?:the\s+)?(?:so-called\s+)?$/i.test(textBetween(f, a.end, b.start))) out.add(b);
    if (b.parentKey && a.key === b.parentKey && a.end <= b.start) out.add(a);
    // "Europol's European Cybercrime Centre", "HSI, a branch of ICE": the owner is a parent, not a partner
    if (isAgency(a) && isAgency(b) && /^['\u2019]s\s+$/.test(textBetween(f, a.end, b.start))) out.add(a);
    if (isAgency(a) && isAgency(b) && CREATED_WITHIN.test(textBetween(f, a.end, b.start))) out.add(b);
    if (isAgency(a) && isAgency(b) && UNIT_OF_APPOSITION.test(textBetween(f, a.end, b.start))) out.add(b);
  }
  for (const [, body] of teamsOf(f)) out.add(body);
  return out;
}

/** "the Organised Crime Partnership (Scotland), a team of officers from the NCA and Police Scotland": [team, body] pairs */
function teamsOf(f: Frame): Array<[Mention, Mention]> {
  const out: Array<[Mention, Mention]> = [];
  if (!f.lower.includes(' from ')) return out;
  const ms = f.mentions;
  const base = f.sentence.start;
  for (const a of ms) {
    if (!isAgency(a)) continue;
    const team = TEAM_OF_OFFICERS.exec(f.sentence.text.slice(a.end - base, a.end - base + 120));
    let b = team ? ms.find((m) => isAgency(m) && m.start === a.end + team[0].length) : undefined;
    while (b) {
      out.push([a, b]);
      const prev: Mention = b;
      b = ms.find((m) => isAgency(m) && m.start > prev.end && /^\s*(?:\([^()]{1,20}\)\s*)?(?:,\s*|,?\s*and\s+)(?:the\s+)?$/.test(textBetween(f, prev.end, m.start)));
    }
  }
  return out;
}

export function sentenceRelations(f: Frame, ctx: SentenceContext): Proposed[] {
  const out: Proposed[] = [];
  const ms = f.mentions;

  // ---- partOf ----------------------------------------------------------------
  partOfPairs(f, ctx, out);
  partOfPhrases(f, out);

  // the first pass of a document wants only the structure: units and employers
  if (ctx.structureOnly) {
    for (const m of ms) if (m.type === 'Person') out.push(...worksFor(f, m, ctx));
    return out;
  }
  const parents = ofParents(f);
  const heads = ms.filter((m) => isAgency(m) && !parents.has(m));

  // ---- cooperatedWith ----------------------------------------------------------
  cooperationVerbs(f, ctx, heads, parents, out);
  coInvestigators(f, ctx, heads, parents, out);
  supportRoles(f, ctx, heads, parents, out);

  // ---- ledBy / participatedIn --------------------------------------------------
  leadRules(f, ctx, heads, parents, out);
  if (heads.length) out.push(...involvement(f, ctx, heads));
  namedLeads(f, ctx, heads, out);

  // ---- targeted / precededBy ----------------------------------------------------
  const precedence = has(vocab().re.precedence, f.sentence.text);
  takedownRules(f, ctx, heads, parents, precedence, out);
  takedownForms(f, ctx, heads, precedence, out);

  // ---- worksFor ---------------------------------------------------------------
  for (const m of ms) if (m.type === 'Person') out.push(...worksFor(f, m, ctx));

  // ---- sold ----------------------------------------------------------------------
  soldRules(f, ctx, out);

  // ---- operated / vendorOn --------------------------------------------------------
  const actors = ms.filter((m) => m.type === 'Person' || m.type === 'CriminalGroup');
  const markets = ms.filter((m) => m.type === 'Marketplace');
  // "… who prosecutors said operated the site": the market the article has just named
  const recentMarket = ctx.recentMarketOrGroup?.type === 'Marketplace' ? ctx.recentMarketOrGroup : undefined;
  if ((actors.length || ctx.defendants?.length || ctx.recentPerson) && (markets.length || recentMarket)) {
    operatorRules(f, ctx, actors, markets, recentMarket, out);
    vendorRules(f, ctx, actors, markets, out);
    founderRules(f, actors, markets, recentMarket, out);
  }

  // ---- locatedIn --------------------------------------------------------------------
  placeRules(f, ctx, out);

  // ---- arrestedBy / chargedBy -----------------------------------------------------
  prosecutedByRule(f, ctx, heads, out);
  const people = ms.filter((m) => m.type === 'Person');
  if (people.length || ctx.defendants?.length || (ctx.previousPeople?.length ?? 0) >= 2 || (ctx.recentPerson && /\b(?:him|her|he|she)\b/i.test(f.sentence.text))) {
    arrestRules(f, ctx, heads, people, out);
    courtRules(f, heads, people, out);
    districtChargeRules(f, ctx, people, out);
    pleadedRules(f, ctx, people, out);
    nationalityRules(f, ctx, people, out);
  }
  return out;
}

/** partOf from adjacent agencies ("ERSOU's Cyber Crime Unit", "X of Y", ", part of Y"), owned units, and a mention's known or regional parent */
function partOfPairs(f: Frame, ctx: SentenceContext, out: Proposed[]): void {
  const ms = f.mentions;
  for (let k = 1; k < ms.length; k++) {
    const a = ms[k - 1];
    const b = ms[k];
    // "IRS-CI's Washington, D.C., Cyber Crimes Unit", "the FBI's New York Field Office": a place between
    if (k >= 2 && isAgency(b) && (a.type === 'Location' || a.type === 'Country') && isAgency(ms[k - 2]) && /^['\u2019]s\s+$/.test(textBetween(f, ms[k - 2].end, a.start)) && /^\s*,?\s*$/.test(textBetween(f, a.end, b.start))) {
      out.push({ s: b, p: 'partOf', o: ms[k - 2], confidence: 0.85 });
    }
    if (!isAgency(a) || !isAgency(b)) continue;
    const between = textBetween(f, a.end, b.start);
    if (/^['\u2019]s\s+$/.test(between)) out.push({ s: b, p: 'partOf', o: a, confidence: 0.9 });
    else if (/^\s*,\s*whose\s+$/i.test(between)) out.push({ s: b, p: 'partOf', o: a, confidence: 0.85 });
    else if (/^\s*[–—-]\s*$/.test(between) && b.text === b.text.toUpperCase()) out.push({ s: b, p: 'partOf', o: a, confidence: 0.8 });
    // "RCMP Federal Serious and Organized Crime (FSOC) Cybercrime Operations Group": names side by side nest
    else if (JUXTAPOSED.test(between) && (unitLike(b) || (a.fromGazetteer && !b.fromGazetteer)) && a.key !== b.key) out.push({ s: b, p: 'partOf', o: a, confidence: 0.75 });
    else if (CREATED_WITHIN.test(between)) out.push({ s: a, p: 'partOf', o: b, confidence: 0.85 });
    // ("… of the Justice Department's Criminal Division": the last body of a possessive chain)
    // (or a body the gazetteer places under the other: "the Central Criminal Police of the Police and Border Guard Board")
    else if (/^\s*(?:\([^()]{1,80}\)\s*)?(?:of|within|at)\s+(?:the\s+)?(?:so-called\s+)?(?:police\s+)?$/i.test(between) && (unitLike(a) || ctx.lex.entries.get(a.key)?.parent === b.key)) out.push(memberOrPart(a, possessiveTail(f, k), 0.85));
    // "the GSG 9 special unit of the Federal Police", "Cyberdouane, the online unit of the DNRED"
    // "HSI is the principal investigative arm of the DHS"
    else if (UNIT_PHRASE.test(between)) out.push(memberOrPart(a, possessiveTail(f, k), 0.8));

    else if (PART_OF_APPOSITION.test(between)) out.push(memberOrPart(a, possessiveTail(f, k), 0.9));
    // "the Federal Criminal Police Office (Bundeskriminalamt, BK) of the Ministry": the body named before the brackets
    else if (/^\s*\)\s*(?:of|within)\s+(?:the\s+)?$/i.test(between)) {
      const long = ms.find((x) => x.key === a.key && x.end < a.start && /^\s*\([^()]*$/.test(textBetween(f, x.end, a.start)));
      if (long && unitLike(long)) out.push(memberOrPart(long, possessiveTail(f, k), 0.85));
    }
  }
  out.push(...ownedUnits(f, ctx));
  for (const [unit, body] of teamsOf(f)) out.push(memberOrPart(unit, body, 0.8));
  for (const m of ms) {
    if (m.parentKey && isAgency(m)) out.push({ s: m, p: 'partOf', o: m.parentKey, confidence: 0.85 });
    // "Central Region Royal Canadian Mounted Police", "E Division RCMP": a regional command of a known body
    else if (isAgency(m) && !m.fromGazetteer && REGION_PREFIX.test(m.label)) {
      const body = regionalBody(ctx.lex, m.label);
      if (body && body.key !== m.key) out.push({ s: m, p: 'partOf', o: body.key, confidence: 0.8 });
    }
  }
}

/** The agency mention `k` of a frame, or the last body of the possessive chain it opens ("the FBI's Criminal Investigative Division"). */
function possessiveTail(f: Frame, k: number): Mention {
  const ms = f.mentions;
  let j = k;
  while (ms[j + 1] && isAgency(ms[j + 1]) && /^['\u2019]s\s+$/.test(textBetween(f, ms[j].end, ms[j + 1].start))) j++;
  return ms[j];
}

/** partOf (and membership) from a sentence's phrases: "is part of", "is housed within", "which includes" */
function partOfPhrases(f: Frame, out: Proposed[]): void {
  const ms = f.mentions;
  const text = f.sentence.text;
  const base = f.sentence.start;
  // "X ... is part of the (so-called) Y": the sentence's subject
  let agencies = 0;
  for (const m of ms) if (isAgency(m)) agencies++;
  const isPart = agencies >= 2 && f.lower.includes('part of') ? /\b(?:is|are|was|were|forms?|became)\s+(?:a\s+)?part\s+of\s+(?:the\s+)?(?:so-called\s+)?/i.exec(text) : null;
  if (isPart && !/,\s*(?:which|that)\s+(?:is|are|forms?)\s+part of/i.test(text)) {
    const at = base + isPart.index + isPart[0].length;
    const obj = ms.find((m) => isAgency(m) && m.start >= at && m.start <= at + 2);
    const subj = ms.find((m) => isAgency(m) && m.end <= base + isPart.index);
    if (obj && subj && subj !== obj) out.push(memberOrPart(subj, obj, 0.8));
  }
  // "J-CODE … is housed within the FBI's Criminal Investigative Division": the subject is a unit of the object
  const housed = agencies >= 2 && /\b(?:is|are|was|were|has\s+been|have\s+been)\s+(?:now\s+)?(?:housed|embedded|hosted|based|situated)\s+(?:(?:with)?in(?:side)?|at)\s+(?:the\s+)?/i.exec(text);
  if (housed) {
    const at = base + housed.index + housed[0].length;
    const found = ms.findIndex((m) => isAgency(m) && m.start >= at && m.start <= at + 2);
    // "the FBI's Criminal Investigative Division": the last unit of a possessive chain
    const obj = found >= 0 ? possessiveTail(f, found) : undefined;
    // the subject: the agency of a relative clause ("the ZAC NRW, which is based at the Cologne public prosecutor's
    // office"), else the sentence's first
    const rel = [...ms].reverse().find((m) => isAgency(m) && m.end <= base + housed.index && /^\s*(?:\([^()]{1,40}\)\s*)?,\s*(?:which|that|who)\s+$/i.test(textBetween(f, m.end, base + housed.index)));
    const subj = rel ?? ms.find((m) => isAgency(m) && m.end <= base + housed.index);
    if (obj && subj && subj.key !== obj.key) out.push(memberOrPart(subj, obj, 0.8));
  }
  // "A, a team which includes B officers"
  const inc = agencies >= 2 ? /\b(?:includes|including|comprises|comprising|made up of|consisting of)\b/i.exec(text) : null;
  if (inc) {
    const at = base + inc.index;
    const a = [...ms].reverse().find((m) => isAgency(m) && m.end <= at);
    const b = ms.find((m) => isAgency(m) && m.start > at && /^\s*(?:officers|staff|detectives|investigators|agents|personnel)\b/i.test(text.slice(m.end - base)));
    if (a && b) out.push({ s: a, p: 'cooperatedWith', o: b, confidence: 0.75 });
    // "the NCA, which includes the National Cyber Crime Unit": a unit right after the verb is part of the body
    const unit = !b && ms.find((m) => isAgency(m) && m.start >= at + inc[0].length && m.start <= at + inc[0].length + 6 && unitLike(m));
    if (a && unit && /^(?:includes|comprises)$/i.test(inc[0]) && /,\s*(?:which|that)\s+$|^\s+$/.test(textBetween(f, a.end, at))) out.push({ s: unit, p: 'partOf', o: a, confidence: 0.75 });
  }
}

/** cooperatedWith (and participatedIn) around each co-operation trigger ("A assisted B", "with the support of B") */
function cooperationVerbs(f: Frame, ctx: SentenceContext, heads: Mention[], parents: Set<Mention>, out: Proposed[]): void {
  const v = vocab();
  const ms = f.mentions;
  const text = f.sentence.text;
  const base = f.sentence.start;
  const received = f.lower.includes(' from ') ? triggers(f, RECEIVED_HELP) : [];
  const coopTriggers = [...triggers(f, v.re.cooperation), ...triggers(f, WITH_HELP), ...received].sort((a, b) => a.start - b.start);
  for (const trig of coopTriggers.filter((x, k) => k === 0 || x.start >= coopTriggers[k - 1].end)) {
    const tStart = base + trig.start;
    const tEnd = base + trig.end;
    // "announced by A, the U.S. Attorney, together with B, Special Agent in Charge of X": officials named side by
    // side, not their bodies co-operating
    if (/together with\s*$|along with\s*$/i.test(text.slice(trig.start, trig.end)) && ms.some((m) => m.type === 'Person' && m.start >= tEnd && /^\s*$/.test(textBetween(f, tEnd, m.start)))) continue;
    const clauseStart = lastBreakBefore(text, trig.start) + base;
    let left = heads.filter((m) => m.end <= tStart && m.start >= clauseStart);
    // "an investigation by A and B, which received assistance from C": the agencies the clause is about
    const rel = left.length ? null : RELATIVE_BEFORE.exec(text.slice(0, trig.start));
    if (rel) left = subjectList(f, parents, base + rel.index, ACRONYM_GAP);
    // "investigated by the DEA's Detroit Field Division, which covers Ohio, together with A": the body before the
    // relative clause
    const aside = left.length ? null : ASIDE_BEFORE.exec(text.slice(0, trig.start));
    if (aside) {
      const from = base + lastBreakBefore(text, aside.index);
      const last = heads.filter((m) => m.start >= from && m.end <= base + aside.index && !parents.has(m)).pop();
      if (last && /^\s*$/.test(textBetween(f, last.end, base + aside.index))) left = [last];
    }
    if (left.length === 0 && ctx.we && /\b(we|our|us)\b/i.test(text.slice(clauseStart - base, trig.start))) left = [];
    // "Working with FINTRAC, J-CAT and Canada Post, investigators analysed …": the article's own agency, and
    // the partners end where the main clause starts
    const opener = trig.start < 3 ? /,\s*(?:the\s+)?(?:investigators|officers|detectives|agents|police|analysts)\b/i.exec(text.slice(trig.end)) : null;
    const rightEnd = opener ? tEnd + opener.index : nextBreakAfter(text, trig.end) + base;
    const right = heads.filter((m) => m.start >= tEnd && m.end <= rightEnd);
    const subject = text.slice(clauseStart - base, trig.start);
    const leftKeys: Array<Mention | string> = left.length
      ? left
      : ctx.we && /\b(we|our|us)\b/i.test(subject)
        ? [ctx.we]
        : ctx.homeAgency && !(/^(?:was|were)\s/i.test(trig.text) && heads.some((m) => m.end <= tStart)) && !COURT_NAME.test(ctx.lex.entries.get(ctx.homeAgency)?.label ?? ctx.homeAgency.replace(/-/g, ' ')) && (opener || (/\b(the|this|their|its)\s+(investigation|operation|case|probe|inquiry|action)\b/i.test(text.slice(0, trig.start)) && !ministryLike(ctx.lex, ctx.homeAgency)) || namesHome(subject, ctx))
          ? [ctx.homeAgency]
          : [];
    // ("investigated by A, B and C, with the assistance of D": the first named worked with D)
    const partners = left.length >= STAR_LIST ? leftKeys.slice(0, 1) : leftKeys;
    for (const a of partners) for (const b of right) if (key(a) !== key(b)) out.push({ s: a, p: 'cooperatedWith', o: b, confidence: 0.85 });
    // "Law enforcement authorities from six countries, supported by Europol and Eurojust, shut down …": no
    // partner named, but the named ones took part in the article's operation
    if (!leftKeys.length && right.length && ctx.mainOperation && !earlierYear(text, ctx.year) && !ms.some((m) => m.type === 'Operation' && m.key !== ctx.mainOperation)) {
      for (const b of right) out.push({ s: b, p: 'participatedIn', o: ctx.mainOperation, confidence: 0.6 });
    }
    // "During the investigation the Swedish Police cooperated with authorities in 25 countries": partners not
    // named, but the agency took part in the article's operation (unless the sentence is about another one)
    // "Europol and Eurojust assisted." (with nothing after: the article's operation)
    if (!right.length && left.length && ctx.mainOperation && (UNNAMED_PARTNERS.test(text.slice(trig.end, trig.end + 50)) || NOTHING_AFTER.test(text.slice(trig.end))) && !ms.some((m) => m.type === 'Operation' && m.key !== ctx.mainOperation)) {
      for (const a of left) out.push({ s: a, p: 'participatedIn', o: ctx.mainOperation, confidence: 0.6 });
    }
    // "For Operation X, A worked together with B": all of them took part in X
    const ops = ms.filter((m) => m.type === 'Operation' && m.end <= tStart);
    for (const op of ops) for (const a of [...left, ...right]) out.push({ s: a, p: 'participatedIn', o: op, confidence: 0.8 });
  }
}

/** A relative clause right before a trigger: ", which covers Ohio, " */
const ASIDE_BEFORE = /,\s*(?:which|who)\s+[^,;()]{1,60},\s*$/i;
/** A court's name (or key): no partner in an investigation */
const COURT_NAME = /\bcourt\b/i;

/**
 * A list of this many agencies or more ("investigated by HSI, the DEA, the USPIS and the Oregon State Police") is
 * the first named's partners, not each of them the others': the first is the lead, the rest are listed beside it,
 * and a partner after the list ("…, with the assistance of the RCMP") worked with the lead.
 */
const STAR_LIST = 3;

/** Agencies that ran or did the work together: "X has been conducting an investigation", "A and B investigated the case", "A and B took down …" */
function coInvestigators(f: Frame, ctx: SentenceContext, heads: Mention[], parents: Set<Mention>, out: Proposed[]): void {
  const v = vocab();
  const ms = f.mentions;
  const text = f.sentence.text;
  const base = f.sentence.start;
  // "Since 2020, the Düsseldorf Police Headquarters has been conducting a cybercrime investigation": the subject
  // of a verb of investigating took part in the article's operation
  const ran = ctx.mainOperation && heads.length ? RAN_INVESTIGATION.exec(text) : null;
  if (ran && !earlierYear(text, ctx.year)) {
    const at = base + ran.index;
    const subj = heads.find((m) => m.start >= base + lastBreakBefore(text, ran.index) && m.end <= at);
    if (subj && /^\s*(?:\([^()]{1,30}\)\s*)?(?:,\s*[^,]{1,60},\s*)?(?:(?:has|have|had|also|then|jointly|been)\s+)*$/i.test(textBetween(f, subj.end, at)) && subj === subjectList(f, parents, at, /^[\s\S]*$/)[0]) {
      out.push({ s: subj, p: 'participatedIn', o: ctx.mainOperation!, confidence: 0.7 });
    }
  }
  // "The FBI, the DEA and HSI investigated the case": co-investigators
  const coInv = heads.length >= 2 && /\b(?:investigated|conducted|handled|worked|led|carried\s+out|jointly\s+investigated)\s+(?:the\s+|this\s+)?(?:case|investigation|operation|probe|inquiry)\b/i.exec(text);
  if (coInv) {
    const subj = heads.filter((m) => m.end <= base + coInv.index && m.start >= base + lastBreakBefore(text, coInv.index));
    const listed = subj.every((m, k) => k === 0 || /^\s*(?:,|and|&|as well as)\s*(?:and\s+)?(?:the\s+)?$/i.test(textBetween(f, subj[k - 1].end, m.start)));
    if (subj.length >= 2 && listed) {
      for (let x = 0; x < (subj.length >= STAR_LIST ? 1 : subj.length); x++) for (let y = x + 1; y < subj.length; y++) out.push({ s: subj[x], p: 'cooperatedWith', o: subj[y], confidence: 0.75 });
      if (ctx.mainOperation) for (const a of subj) out.push({ s: a, p: 'participatedIn', o: ctx.mainOperation, confidence: 0.7 });
    }
  }
  // "The NCA and Police Scotland will continue to work together", "A and B cooperated closely": a verb of working
  // together with no partner after it, whose subject lists the agencies
  const together = heads.length >= 2 ? WORKED_TOGETHER.exec(text) : null;
  if (together) {
    const subj = subjectList(f, parents, base + together.index, TOGETHER_GAP);
    for (let x = 0; x < subj.length; x++) for (let y = x + 1; y < subj.length; y++) out.push({ s: subj[x], p: 'cooperatedWith', o: subj[y], confidence: 0.75 });
  }
  // "The BKA and the ZIT of the Frankfurt prosecutor's office took down the servers": agencies that acted together
  if (heads.length >= 2 && heads.some((m) => m.key !== heads[0].key)) {
    for (const trig of has(cues().jointAction, text) ? triggers(f, cues().jointAction) : []) {
      const subj = subjectList(f, parents, base + trig.start, ACTION_GAP);
      if (subj.length < 2) continue;
      for (let x = 0; x < subj.length; x++) for (let y = x + 1; y < subj.length; y++) out.push({ s: subj[x], p: 'cooperatedWith', o: subj[y], confidence: 0.75 });
      // the article's operation, unless the sentence is about an earlier one ("In 2017 the FBI and … took down …")
      const earlier = has(v.re.precedence, text) || earlierYear(text, ctx.year) || ms.some((m) => m.type === 'Operation' && m.key !== ctx.mainOperation) || AFTER_BEFORE.test(text.slice(0, trig.start));
      if (ctx.mainOperation && !earlier) for (const a of subj) out.push({ s: a, p: 'participatedIn', o: ctx.mainOperation, confidence: 0.7 });
    }
  }
}

/** One agency's part in the article's operation ("Europol supported the investigation", "provided analytical support"), and "joint operation by A and B" */
function supportRoles(f: Frame, ctx: SentenceContext, heads: Mention[], parents: Set<Mention>, out: Proposed[]): void {
  const text = f.sentence.text;
  const base = f.sentence.start;
  // "Europol supported the investigation by providing analytical support": one agency's part in the operation
  if (ctx.mainOperation && heads.length) {
    // ("Europol, the EU's police agency, coordinated the work of investigators in eight countries")
    for (const sv of text.matchAll(/\b(?:supported|assisted|coordinated|co-ordinated|facilitated|backed|joined|helped)\s+(?:the|this)\s+(?:(?:\w+\s+)?(?:investigation|operation|action|case|probe|inquiry)\b|(?:[\w-]+\s+){0,2}(?:work|efforts|side|part|activities|response)\s+of\b)/gi)) {
      const at = base + (sv.index ?? 0);
      // "The Polícia Judiciária and Europol supported the operation": each agency of the subject
      const listed = subjectList(f, parents, at, ACTION_GAP);
      const ag = [...heads].reverse().find((m) => m.end <= at && (at - m.end < 25 || /^\s*,[^,]{1,60},\s*(?:(?:has|have|had|also)\s+)*$/.test(textBetween(f, m.end, at))) && m.start >= base + lastBreakBefore(text, sv.index ?? 0));
      for (const a of listed.length ? listed : ag ? [ag] : []) out.push({ s: a, p: 'participatedIn', o: ctx.mainOperation, confidence: 0.75 });
    }
    // "The Dark Web Team at Europol provided operational and analytical support"
    if (text.includes('provid') || text.includes('gave') || text.includes('lent') || text.includes('offered')) {
      for (const sv of text.matchAll(cues().providedSupport)) {
        const at = base + (sv.index ?? 0);
        // the clause's agency: right before the verb, or its subject ("EC3 facilitated the exchange … and provided …")
        const ag = [...heads].reverse().find((m) => m.end <= at && (at - m.end < 25 || !/[,;]/.test(textBetween(f, m.end, at))) && m.start >= base + lastBreakBefore(text, sv.index ?? 0));
        if (ag) out.push({ s: ag, p: 'participatedIn', o: ctx.mainOperation, confidence: 0.7 });
      }
    }
  }
  // "joint operation/investigation by A and B"
  const joint = /\bjoint\s+(?:\w+\s+){0,2}?(?:operation|investigation|action|effort)\s+(?:by|between|of|involving)\b/i.exec(text);
  if (joint) {
    const jEnd = base + listEndAfter(text, joint.index + joint[0].length);
    const js = heads.filter((m) => m.start >= base + joint.index && m.start < jEnd);
    for (let x = 0; x < js.length; x++) for (let y = x + 1; y < js.length; y++) out.push({ s: js[x], p: 'cooperatedWith', o: js[y], confidence: 0.8 });
    if (ctx.mainOperation) for (const a of js) out.push({ s: a, p: 'participatedIn', o: ctx.mainOperation, confidence: 0.75 });
  }
}

/** ledBy and participatedIn around lead and participation triggers ("led by A", "A, which initiated Operation X", "took part in") */
function leadRules(f: Frame, ctx: SentenceContext, heads: Mention[], parents: Set<Mention>, out: Proposed[]): void {
  const v = vocab();
  const ms = f.mentions;
  const text = f.sentence.text;
  const base = f.sentence.start;
  // "was carried out between January and March by …": a participle parted from its "by" by a short adverbial
  const leadTriggers = heads.length && text.includes(' by ') && has(cues().leadLate, text) ? [...triggers(f, v.re.lead), ...triggers(f, cues().leadLate)] : triggers(f, v.re.lead);
  for (const trig of leadTriggers) {
    const tStart = base + trig.start;
    const first = heads.find((m) => m.start >= base + trig.end && m.start <= base + trig.end + 40);
    if (!first) continue;
    // "conducted by the FBI's Chicago Field Office and the DEA, with assistance from …": the list up to the clause end
    const listEnd = base + listEndAfter(text, trig.end);
    const leaders = heads.filter((m) => m.start >= first.start && m.start < listEnd);
    const before = text.slice(Math.max(0, trig.start - 80), trig.start);
    const op = [...ms].reverse().find((m) => m.type === 'Operation' && m.end <= tStart && m.end >= tStart - 80);
    const target = op ?? (ctx.mainOperation && OP_WORD.test(before) ? ctx.mainOperation : undefined);
    if (target) for (const ag of leaders) out.push({ s: target, p: 'ledBy', o: ag, confidence: op ? 0.9 : 0.8 });
    // ("led by A and B": co-leaders; "investigated by A, B, C and D": the first named, with each of the others)
    const star = leaders.length >= STAR_LIST;
    for (let x = 0; x < (star ? 1 : leaders.length); x++) for (let y = x + 1; y < leaders.length; y++) out.push({ s: leaders[x], p: 'cooperatedWith', o: leaders[y], confidence: 0.75 });
  }
  // "A, which initiated Operation X" / "A led Operation X"
  for (const trig of triggers(f, v.re.leadVerb)) {
    const tStart = base + trig.start;
    const op = ms.find((m) => m.type === 'Operation' && m.start >= base + trig.end && m.start <= base + trig.end + 30);
    if (!op) {
      // "The BKA and the ZIT at the Frankfurt prosecutor's office, which led the investigation, said …"
      if (ctx.mainOperation && LED_INVESTIGATION.test(text.slice(trig.end, trig.end + 40))) {
        for (const ag of subjectList(f, parents, tStart, RELATIVE_GAP)) out.push({ s: ctx.mainOperation, p: 'ledBy', o: ag, confidence: 0.75 });
      }
      continue;
    }
    const ag = [...heads, ...ms.filter((m) => parents.has(m))].filter((m) => m.end <= tStart).sort((a, b) => b.end - a.end)[0];
    if (ag && /^[\s,]*(?:which|that|who|has|have|had|also)?\s*(?:\w+\s+)?$/i.test(textBetween(f, ag.end, tStart))) out.push({ s: op, p: 'ledBy', o: ag, confidence: 0.85 });
  }
  for (const trig of triggers(f, v.re.participation)) {
    const op = ms.find((m) => m.type === 'Operation' && Math.abs(m.start - (base + trig.end)) <= 30);
    const target = op ?? (ctx.mainOperation && /\b(operation|investigation)\b/i.test(text.slice(trig.end, trig.end + 30)) ? ctx.mainOperation : undefined);
    if (!target) continue;
    for (const a of heads.filter((m) => m.end <= base + trig.start || m.start >= base + trig.end)) out.push({ s: a, p: 'participatedIn', o: target, confidence: 0.75 });
  }
}

/** ledBy and participatedIn from how an operation is named: "the FBI-led action", "Project GOLDEN, an OPP investigation" */
function namedLeads(f: Frame, ctx: SentenceContext, heads: Mention[], out: Proposed[]): void {
  const ms = f.mentions;
  const text = f.sentence.text;
  const base = f.sentence.start;
  // "The FBI-led enforcement action, named Operation Disarray": the agency led the operation named with it
  for (const a of heads) {
    if (!/^-led\b/.test(text.slice(a.end - base, a.end - base + 5))) continue;
    const op = ms.find((m) => m.type === 'Operation' && m.start > a.end && m.start - a.end < 100) ?? [...ms].reverse().find((m) => m.type === 'Operation' && m.end < a.start);
    const target = op ? op.key : ctx.mainOperation && !earlierYear(text, ctx.year) ? ctx.mainOperation : undefined;
    if (target) out.push({ s: target, p: 'ledBy', o: a, confidence: 0.8 });
  }
  // "Project GOLDEN, an 11-month OPP investigation into …", "Operation X, a joint FBI and DEA operation"
  for (const op of ms) {
    if (op.type !== 'Operation' || text.charAt(op.end - base) !== ',') continue;
    const k = ms.indexOf(op);
    const ags: Mention[] = [];
    let prevEnd = op.end;
    for (let j = k + 1; j < ms.length && isAgency(ms[j]); j++) {
      const gap = textBetween(f, prevEnd, ms[j].start);
      if (!(ags.length ? /^\s*(?:,|and|&|-|–)\s*(?:the\s+)?$/i : /^\s*,\s*(?:an?|the)\s+(?:[\w-]+\s+){0,3}?$/i).test(gap)) break;
      ags.push(ms[j]);
      prevEnd = ms[j].end;
    }
    if (ags.length && /^\s+(?:[\w-]+\s+){0,2}?(?:investigation|operation|probe|inquiry|crackdown|action)\b/i.test(text.slice(prevEnd - base))) {
      for (const a of ags) out.push({ s: a, p: 'participatedIn', o: op, confidence: 0.8 });
    }
  }
}

/** targeted and precededBy around takedown triggers ("shut down M", "the takedown in 2021 of M") and precedence triggers */
function takedownRules(f: Frame, ctx: SentenceContext, heads: Mention[], parents: Set<Mention>, precedence: boolean, out: Proposed[]): void {
  const v = vocab();
  const ms = f.mentions;
  const text = f.sentence.text;
  const base = f.sentence.start;
  const takedowns = triggers(f, v.re.takedown);
  // "the takedown in January 2021 of DarkMarket": a dated takedown noun
  const dated = text.includes(' of ') ? [...text.matchAll(DATED_TAKEDOWN)].map((d) => ({ start: d.index ?? 0, end: (d.index ?? 0) + d[0].length, text: d[0] })) : [];
  for (const trig of dated.length ? [...takedowns, ...dated].sort((a, b) => a.start - b.start) : takedowns) takedownTargets(f, ctx, heads, parents, trig, out);
  // "Operation X follows … Operation Y", "built on Operation Y": earlier operations
  if (precedence && ctx.mainOperation) {
    for (const trig of triggers(f, v.re.precedence)) {
      for (const op of ms.filter((m) => m.type === 'Operation' && m.start >= base + trig.end && m.key !== ctx.mainOperation)) {
        out.push({ s: ctx.mainOperation, p: 'precededBy', o: op, confidence: 0.75 });
      }
    }
  }
}

/** targeted (or, for an earlier takedown, precededBy) for the markets and groups listed after one takedown trigger */
function takedownTargets(f: Frame, ctx: SentenceContext, heads: Mention[], parents: Set<Mention>, trig: { start: number; end: number; text: string }, out: Proposed[]): void {
  const v = vocab();
  const ms = f.mentions;
  const text = f.sentence.text;
  const base = f.sentence.start;
  const tStart = base + trig.start;
  // every market or group listed after the trigger, up to the end of the clause
  const clauseEnd = base + nextBreakAfter(text, trig.end);
  const first = ms.find((m) => isMarketOrGroup(m) && m.start >= base + trig.end && m.start <= base + trig.end + 120);
  if (!first) return;
  const tgts = ms.filter((m) => isMarketOrGroup(m) && m.start >= first.start && m.start < clauseEnd);
  // "the takedowns of Silk Road and AlphaBay by the FBI and of Hansa by the Dutch police": who took each down
  if (/of$/i.test(trig.text)) takedownsBy(f, heads, tgts, first, out);
  // the operation named before the verb, else another than the article's named in the sentence ("took down
  // Hansa in 2017 as part of Operation Bayonet")
  const op = [...ms].reverse().find((m) => m.type === 'Operation' && m.end <= tStart) ?? ms.find((m) => m.type === 'Operation' && m.key !== ctx.mainOperation);
  const before = text.slice(0, trig.start);
  // "… came a year after officials took down X", "built on … the takedowns of X": an earlier takedown
  // (the conjunction governs the verb: no comma between them)
  // (or the sentence opens on an earlier year: "In 2021, German authorities took down X")
  const earlier = AFTER_BEFORE.test(before) || has(v.re.precedence, before.slice(lastCommaBefore(before))) || earlierYear(text, ctx.year);
  for (const tgt of tgts) {
    if (earlier && ctx.mainOperation) {
      earlierTakedown(f, ctx, heads, parents, trig, tgt, out);
      continue;
    }
    if (op) out.push({ s: op, p: 'targeted', o: tgt, confidence: 0.85 });
    else if (ctx.mainOperation && (OP_WORD.test(text) || ctx.mainOperationNamed || POLICE_SUBJECT.test(before))) out.push({ s: ctx.mainOperation, p: 'targeted', o: tgt, confidence: 0.75 });
    else {
      const listed = subjectList(f, parents, tStart, ACTION_GAP);
      const ag = [...heads].reverse().find((m) => m.end <= tStart && m.end >= tStart - 40);
      for (const a of listed.length ? listed : ag ? [ag] : []) out.push({ s: a, p: 'targeted', o: tgt, confidence: 0.7 });
    }
  }
}

/** "the takedowns of Silk Road and AlphaBay by the FBI and of Hansa by the Dutch police": the agency after each group of targets */
function takedownsBy(f: Frame, heads: Mention[], tgts: Mention[], first: Mention, out: Proposed[]): void {
  const ms = f.mentions;
  const text = f.sentence.text;
  const base = f.sentence.start;
  let group = tgts.filter((m) => m.start < (ms.find((x) => isAgency(x) && x.start > first.start)?.start ?? Infinity));
  while (group.length) {
    const last = group[group.length - 1];
    const by = /^\s*,?\s*(?:(?:in|on)\s+(?:\w+\s+){1,2}?)?by\s+(?:the\s+)?/i.exec(text.slice(last.end - base, last.end - base + 40));
    const ag = by ? heads.find((m) => m.start >= last.end + by[0].length && m.start <= last.end + by[0].length + 2) : undefined;
    if (!ag) break;
    for (const tgt of group) out.push({ s: ag, p: 'targeted', o: tgt, confidence: 0.75 });
    const more = /^\s+and\s+of\s+(?:the\s+)?/i.exec(text.slice(ag.end - base, ag.end - base + 20));
    const next = more ? ms.findIndex((m) => isMarketOrGroup(m) && m.start === ag.end + more[0].length) : -1;
    group = [];
    for (let k = next; k >= 0 && k < ms.length && isMarketOrGroup(ms[k]); k++) group.push(ms[k]);
  }
}

/** An earlier takedown ("a year after officials took down X"): the article's operation came after it, and the agencies that took it down targeted it */
function earlierTakedown(f: Frame, ctx: SentenceContext, heads: Mention[], parents: Set<Mention>, trig: { start: number; end: number; text: string }, tgt: Mention, out: Proposed[]): void {
  const text = f.sentence.text;
  const tStart = f.sentence.start + trig.start;
  const before = text.slice(0, trig.start);
  out.push({ s: ctx.mainOperation!, p: 'precededBy', o: tgt, confidence: 0.7 });
  // an agency named as the one that took it down targeted it, whenever that was ("In 2023 Customs took
  // down X": the article's own agency by its head noun)
  // "the FBI and Dutch police took down X": every agency of the subject
  const listed = subjectList(f, parents, tStart, ACTION_GAP);
  const ag = [...heads].reverse().find((m) => m.end <= tStart && m.end >= tStart - 40) ?? (ctx.homeAgency && namesHome(before.slice(lastBreakBefore(text, trig.start)), ctx) ? ctx.homeAgency : undefined);
  for (const a of listed.length ? listed : ag ? [ag] : []) out.push({ s: a, p: 'targeted', o: tgt, confidence: 0.7 });
}

/** A takedown verb whose object is the market named before: "seized the website", "shut down the marketplace" */
const TAKEDOWN_OF_SITE = /\b(?:seized|shut\s+down|took\s+down|closed|dismantled|took\s+over)\s+(?:the\s+(?:web\s*)?site|the\s+(?:market(?:place)?|platform|forum)|the\s+(?:site|market)['\u2019]s\s+servers?)\b/gi;
/** "traded as 'X' on", "sold drugs under the name X on the", "operated under the alias X on" (the markets follow) */
/** A vendor's handle, quoted or not ("'NorthernLights'", "PillKing") */
const HANDLE = String.raw`["'\u2018\u201c]?[\p{L}\p{N}_.-]+["'\u2019\u201d]?`;
/** "as H", "under the (vendor) name H": the handle a vendor sold under */
const UNDER_HANDLE = String.raw`(?:as|under\s+the\s+(?:vendor\s+|user\s?)?(?:name|handle|alias|moniker|pseudonym))\s+${HANDLE}`;
const VENDOR_AS = new RegExp(String.raw`\b(?:traded|trading|sold|selling|operated|operating|dealt|dealing)\s+(?:(?:drugs|narcotics|pills)\s+)?${UNDER_HANDLE}\s+on\s+(?:the\s+)?`, 'iu');
/** "had accounts on", "maintained vendor shops on", "operated storefronts on" (the markets follow) */
const VENDOR_ACCOUNTS = new RegExp(String.raw`\b(?:had|has|have|held|maintained|operated|ran|opened|set\s+up|created|registered|established)\s+(?:(?:an?|the|his|her|their)\s+)?(?:(?:vendor|seller|selling)\s+)?(?:accounts?|shops?|storefronts?|profiles?|stores?|(?<=(?:vendor|seller)\s+)(?:sites?|pages?))(?:\s+(?:named|called)\s+${HANDLE})?\s+on\s+`, 'iu');
/** Before an agency: ", both of which (the)", ", which (the)" (a relative clause on the markets before it) */
const RELATIVE_WHICH = /,\s*(?:(?:both|all|each)\s+of\s+)?which\s+(?:the\s+)?$/i;
/** After it: " has since closed", " took down in 2017", " shut down" */
const RELATIVE_TAKEDOWN = /^\s+(?:(?:has|have|had)\s+)?(?:(?:since|later|subsequently|also|eventually|then)\s+)?(?:closed|shut\s+down|seized|dismantled|took\s+down|taken\s+down|took\s+offline|taken\s+offline|shuttered)\b/i;

/** targeted from split verbs ("took X offline"), passives ("X was shut down by A"), arrests of a market's staff; "previous operations X and Y" */
function takedownForms(f: Frame, ctx: SentenceContext, heads: Mention[], precedence: boolean, out: Proposed[]): void {
  const v = vocab();
  const ms = f.mentions;
  const text = f.sentence.text;
  const base = f.sentence.start;
  // split verbs: "have taken the dark web marketplaces Bohemia and Cannabia offline", "took X down"
  const marketOrGroup = ms.some(isMarketOrGroup);
  const splitVerbs = (marketOrGroup || ctx.salientMarket) && (f.lower.includes('offline') || f.lower.includes('down')) ? text.matchAll(/\b(?:taken|took|takes?|taking|shut|shuts|shutting|brought|brings?|bringing|knock(?:s|ed|ing)?)\s+((?:[^.;,]|,(?=\s*\p{Lu}))+?)\s+(?:offline|down)\b/giu) : [];
  for (const sv of splitVerbs) {
    const from = base + (sv.index ?? 0);
    const to = from + sv[0].length;
    const tgts: Array<Mention> = ms.filter((m) => isMarketOrGroup(m) && m.start > from && m.end < to);
    // "The FBI took the site offline": the market the article is about
    if (!tgts.length && ctx.salientMarket && /^\w+\s+(?:the|this|that)\s+(?:[\w-]+\s+)?(?:site|website|market|marketplace|platform|forum)\s+(?:offline|down)$/i.test(sv[0])) tgts.push(ctx.salientMarket);
    // "Silk Road … before the FBI shut it down": the market named before, else the article's
    const it = !tgts.length && /^\w+\s+it\s+(?:offline|down)$/i.test(sv[0]);
    if (it) {
      const named = [...ms].reverse().find((m) => isMarketOrGroup(m) && m.end <= from);
      if (named ?? ctx.salientMarket) tgts.push((named ?? ctx.salientMarket)!);
    }
    if (!tgts.length) continue;
    const ag = [...heads].reverse().find((m) => m.end <= from && m.start >= base + lastBreakBefore(text, sv.index ?? 0));
    // (a takedown in an earlier year than the article's is not the article's operation: its agency took it down)
    const earlier = it && !!ag && earlierYear(text, ctx.year);
    for (const tgt of tgts) {
      if (ctx.mainOperation && !earlier) out.push({ s: ctx.mainOperation, p: 'targeted', o: tgt, confidence: 0.75 });
      else if (ag) out.push({ s: ag, p: 'targeted', o: tgt, confidence: 0.75 });
    }
    if (ag && ctx.mainOperation && !earlier) out.push({ s: ag, p: 'participatedIn', o: ctx.mainOperation, confidence: 0.7 });
  }
  // "Silk Road ran until October 2013, when the FBI seized the website": the market named before, else the
  // article's (in an earlier year than the article's: the agency's takedown, not the article's operation)
  if (marketOrGroup || ctx.salientMarket) {
    for (const x of text.matchAll(TAKEDOWN_OF_SITE)) {
      const at = base + (x.index ?? 0);
      const ag = [...heads].reverse().find((m) => m.end <= at && m.start >= base + lastBreakBefore(text, x.index ?? 0) && /^\s*(?:\([^()]{1,40}\)\s*)?(?:(?:has|have|had|then|later|eventually|finally)\s+)*$/i.test(textBetween(f, m.end, at)));
      const tgt = [...ms].reverse().find((m) => isMarketOrGroup(m) && m.end <= (ag?.start ?? at)) ?? ctx.salientMarket;
      if (!ag || !tgt) continue;
      if (ctx.mainOperation && !earlierYear(text, ctx.year)) {
        out.push({ s: ctx.mainOperation, p: 'targeted', o: tgt, confidence: 0.7 });
        out.push({ s: ag, p: 'participatedIn', o: ctx.mainOperation, confidence: 0.7 });
      } else out.push({ s: ag, p: 'targeted', o: tgt, confidence: 0.7 });
    }
  }
  // a relative clause: "Silkkitie and Sipulimarket, both of which Finnish Customs has since closed", "AlphaBay,
  // which the FBI took down in 2017": the agency took down the markets before it
  if (marketOrGroup && text.includes('which')) {
    for (const h of heads) {
      const rel = RELATIVE_WHICH.exec(text.slice(Math.max(0, h.start - base - 30), h.start - base));
      if (!rel || !RELATIVE_TAKEDOWN.test(text.slice(h.end - base, h.end - base + 50))) continue;
      const at = h.start - rel[0].length;
      const last = [...ms].reverse().find((m) => isMarketOrGroup(m) && m.end <= at && /^\s*$/.test(textBetween(f, m.end, at)));
      if (!last) continue;
      const listed = ms.filter((m) => isMarketOrGroup(m) && m.end <= last.start);
      const tgts = [last];
      for (let k = listed.length - 1; k >= 0 && /^\s*(?:,|and|&|,\s*and)\s*$/.test(textBetween(f, listed[k].end, tgts[0].start)); k--) tgts.unshift(listed[k]);
      for (const x of tgts) out.push({ s: h, p: 'targeted', o: x, confidence: 0.75 });
    }
  }
  // passive: "Foo Market was shut down by the FBI"
  const passive = (marketOrGroup || ctx.salientMarket) && /\b(?:was|were|has been|had been|have been|is being|got)\s+(?:\w+\s+)?(?:shut down|seized|taken down|taken offline|dismantled|closed|infiltrated|disrupted|targeted)\b/i.exec(text);
  if (passive && !has(v.re.precedence, text.slice(0, passive.index))) {
    const at = base + passive.index;
    // "THIS PLATFORM HAS BEEN SEIZED by …" (a seizure banner): the market the article is about
    const tgt = [...ms].reverse().find((m) => isMarketOrGroup(m) && m.end <= at) ?? (ctx.salientMarket && THE_SITE_BEFORE.test(text.slice(0, passive.index)) ? ctx.salientMarket : undefined);
    if (tgt) {
      const by = /^\s+(?:\w+\s+){0,3}?by\s+/i.exec(text.slice(passive.index + passive[0].length));
      const ag = by ? heads.find((m) => m.start >= at + passive[0].length && m.start <= at + passive[0].length + by[0].length + 6) : undefined;
      // "AlphaBay and Hansa were taken down in July 2017 in Operation Bayonet": the operation the sentence names
      const named = ms.find((m) => m.type === 'Operation' && m.start > at);
      const op = named ? named.key : ctx.mainOperation;
      const tgts = [tgt, ...ms.filter((m) => m !== tgt && isMarketOrGroup(m) && m.end <= at && m.start >= base + lastBreakBefore(text, passive.index) && /^\s*(?:,|and|&)\s*/.test(textBetween(f, m.end, m.end + 5)))];
      // ("taken down by the FBI, the DEA and the Dutch National Police": every agency of the list)
      const agents = ag ? heads.filter((m) => m.start >= ag.start && m.start < base + listEndAfter(text, ag.start - base)) : [];
      for (const x of tgts) {
        if (op) out.push({ s: op, p: 'targeted', o: x, confidence: 0.75 });
        else for (const a of agents) out.push({ s: a, p: 'targeted', o: x, confidence: 0.75 });
      }
      if (op) for (const a of agents) out.push({ s: a, p: 'participatedIn', o: op, confidence: 0.7 });
    }
  }
  // "German police have arrested three suspected administrators of Wall Street Market": action against the market
  if (ms.some((m) => m.type === 'Marketplace') && !precedence && has(v.re.arrest, text)) {
    for (const trig of triggers(f, v.re.arrest)) {
      const staff = cues().staffOf.exec(text.slice(trig.end, trig.end + 80));
      if (!staff) continue;
      const at = base + trig.end + staff.index + staff[0].length;
      const mk = ms.find((m) => m.type === 'Marketplace' && m.start >= at && m.start <= at + 30 && !/[,;]/.test(text.slice(at - base, m.start - base)));
      const ag = [...heads].reverse().find((m) => m.end <= base + trig.start && m.start >= base + lastBreakBefore(text, trig.start));
      if (mk && ctx.mainOperation) out.push({ s: ctx.mainOperation, p: 'targeted', o: mk, confidence: 0.7 });
      else if (mk && ag) out.push({ s: ag, p: 'targeted', o: mk, confidence: 0.7 });
    }
  }
  const prev = ctx.mainOperation && precedence && ms.some((m) => m.type === 'Operation') ? /\b(?:previous|earlier|prior|preceding)\s+(?:\w+\s+){0,2}?operations?\b/i.exec(text) : null;
  if (prev && ctx.mainOperation) {
    for (const op of ms.filter((m) => m.type === 'Operation' && m.start >= base + prev.index)) {
      if (op.key !== ctx.mainOperation) out.push({ s: ctx.mainOperation, p: 'precededBy', o: op, confidence: 0.85 });
    }
  }
}

/** sold: the market or group that sells the drugs the sentence names */
function soldRules(f: Frame, ctx: SentenceContext, out: Proposed[]): void {
  const v = vocab();
  const ms = f.mentions;
  const text = f.sentence.text;
  const base = f.sentence.start;
  if (has(v.re.sell, text)) {
    const drugs = ms.filter((m) => m.type === 'Drug');
    const sell = triggers(f, v.re.sell)[0];
    let seller = sell ? sellerOf(f, sell.start) : ms.find((m) => isMarketOrGroup(m));
    // "the site", "they", or a sentence right after the market was named; not when a person is the seller
    // ("they have since 2012 sold cannabis …" after a sentence on a market: "they" are people; a market is "it")
    // ("the couple is accused of distributing heroin": people, whatever market was named before)
    const personSells = ms.some((m) => m.type === 'Person') || /\b(he|she|his|her)\b/i.test(text) || PEOPLE_SUBJECT.test(text) || (ctx.recentMarketOrGroup?.type === 'Marketplace' && /\bthey\s+(?:\w+\s+){0,3}?(?:sold|sell|selling|offered|supplied|distributed)\b/i.test(text));
    // ("… appearing in heroin sold on British streets": a participle after the drug, nobody's selling)
    const participle = () => !!sell && drugs.some((d) => d.end <= base + sell.start && /^\s*$/.test(textBetween(f, d.end, base + sell.start)));
    // ("sales of other substances through the marketplace": the market is the way, not the seller; "offered on
    // the market" is its own offer)
    // ("those markets", "other sites": markets other than the one named before)
    // (a market this sentence names and the rules above did not take as the seller is where others sold)
    if (!seller && !personSells && ctx.recentMarketOrGroup && !ms.some(isMarketOrGroup) && !participle() && !THROUGH_THE_SITE.test(text) && !/\b(?:those|these|other|such|many|several|all)\s+(?:[\w-]+\s+)?(?:markets|marketplaces|sites|websites|platforms|shops)\b/i.test(text) && (ctx.marketJustNamed || /^\s*(they|it)\b/i.test(text) || /\b(the|this|that) (?:\w+ )?(?:sites?|markets?|marketplaces?|group|gang|shop|platform|vendor)\b/i.test(text))) seller = ctx.recentMarketOrGroup;
    if (seller) for (const d of drugs) out.push({ s: seller, p: 'sold', o: d, confidence: seller === ctx.recentMarketOrGroup ? 0.65 : 0.8 });
  }
}

/** "through the marketplace", "via this site": the way drugs were sold */
const THROUGH_THE_SITE = /\b(?:through|via)\s+(?:the|this|that)\s+(?:\w+\s+)?(?:sites?|markets?|marketplaces?|platform)\b/i;
/** People named by a noun, as a seller: "the couple", "the pair", "both men", "the defendants" */
const PEOPLE_SUBJECT = /\b(?:the|both)\s+(?:couple|pair|defendants?|accused|man|woman|men|women|brothers|sisters|siblings|suspects?)\b/i;

/** operated / vendorOn around each operate trigger ("X ran M", "M, run by X", "he created the site") */
function operatorRules(f: Frame, ctx: SentenceContext, actors: Mention[], markets: Mention[], recentMarket: Mention | undefined, out: Proposed[]): void {
  const v = vocab();
  const text = f.sentence.text;
  const base = f.sentence.start;
  for (const trig of triggers(f, v.re.operate)) {
    const tStart = base + trig.start;
    // ("… Silk Road 2.0 went live … and for a time he ran it": "it" is the market named before)
    const it = /^\s+it\b/i.test(text.slice(trig.end, trig.end + 4)) ? ([...markets].reverse().find((m) => m.end <= base + trig.start) ?? recentMarket) : undefined;
    // ("ran a shop on the dark web marketplace": a vendor on the market named before)
    const shopOnSite = !!recentMarket && SHOP_ON_THE_SITE.test(text.slice(trig.end, trig.end + 70));
    // ("Zarbon Market, run by X", "M was allegedly founded by X": a passive, the market before the verb)
    const passiveBy = PASSIVE_BY.test(text.slice(trig.end, trig.end + 6));
    const mk =
      (passiveBy ? [...markets].reverse().find((m) => m.end <= tStart && PASSIVE_GAP.test(textBetween(f, m.end, tStart))) : undefined) ??
      markets.find((m) => m.start >= base + trig.end && m.start <= base + trig.end + 60) ??
      (recentMarket && (THE_SITE.test(text.slice(trig.end, trig.end + 30)) || shopOnSite) ? recentMarket : undefined) ??
      it;
    if (!mk) continue;
    // "created nine Silk Road accounts": the market names what was made, it was not made
    if (/^\s+(?:user\s+|vendor\s+|buyer\s+)?(?:accounts?|users?|vendors?|buyers?|customers?|listings?|wallets?|addresses|profiles?)\b/i.test(text.slice(mk.end - base, mk.end - base + 30))) continue;
    // "ran a vendor account on Abacus Market": selling there, not running the market
    const p = shopOnSite || (mk.start > trig.end + base && VENDOR_OBJECT.test(textBetween(f, base + trig.end, mk.start))) ? 'vendorOn' : 'operated';
    // the markets a vendor sold on: "a vendor account on A and B" (a list after the first), or "a vendor shop
    // called S on the markets A and B" (the shop ran, its markets sold on)
    const soldOn: Mention[] = p === 'vendorOn' ? marketList(f, markets, mk).slice(1) : [];
    if (p === 'operated' && mk.start > tStart && NAMED_SHOP.test(textBetween(f, base + trig.end, mk.start))) {
      const on = markets.find((m) => m.start > mk.end && SHOP_ON_MARKETS.test(textBetween(f, mk.end, m.start)));
      if (on) soldOn.push(...marketList(f, markets, on));
    }
    // the actor is the subject before the verb, in the same clause ("Desnica created and operated X"),
    // or the agent of a passive ("X, run by Y")
    const clauseStart = base + lastBreakBefore(text, trig.start);
    // "Pavey and Hamilton operated Empire Market", "A, 34, and B, 29, ran …": every actor of the subject
    const subjects = actors.filter((m) => m.end <= tStart && m.start >= clauseStart && m.type !== 'Marketplace');
    if (subjects.length > 1 && subjects.every((m, k) => k === 0 || PERSON_LINK.test(textBetween(f, subjects[k - 1].end, m.start)))) {
      for (const sbj of subjects) {
        out.push({ s: sbj, p, o: mk, confidence: 0.8 });
        for (const o of soldOn) out.push({ s: sbj, p: 'vendorOn', o, confidence: 0.8 });
      }
      continue;
    }
    let a = mk.end <= tStart && passiveBy ? undefined : [...actors].reverse().find((m) => m.end <= tStart && m.start >= clauseStart);
    if (!a) {
      const by = /^\s+by\s+/i.exec(text.slice(trig.end));
      if (by) a = actors.find((m) => m.start === base + trig.end + by[0].length);
    }
    if (!a && /^(?:administrator|admin|operator|owner|founder|creator|moderator)/i.test(trig.text)) a = [...actors].reverse().find((m) => m.end <= tStart && tStart - m.end < 60);
    // "Ross Ulbricht, who was serving a life sentence for creating and running Silk Road"
    const head = text.slice(0, lastBreakBefore(text, trig.start));
    if (!a && /,\s*who$/i.test(head)) {
      const whoAt = base + head.search(/,\s*who$/i);
      a = [...actors].reverse().find((m) => m.end <= whoAt && /^(?:\s*,\s*\d{1,3})?\s*$/.test(textBetween(f, m.end, whoAt)));
    }
    if (a) {
      out.push({ s: a, p, o: mk, confidence: 0.8 });
      for (const o of soldOn) out.push({ s: a, p: 'vendorOn', o, confidence: 0.8 });
    }
    // "He launched Sheep Marketplace in 2013", "prosecutors say he created and ran the site": the person named last
    else if (ctx.recentPerson && /\b(?:he|she|the\s+\d{1,2}-year-old)\s+(?:(?:also|allegedly|later|then|had|has|created\s+and|founded\s+and|co-founded\s+and)\s+)*$/i.test(text.slice(lastBreakBefore(text, trig.start), trig.start))) out.push({ s: ctx.recentPerson, p, o: mk, confidence: 0.7 });
  }
}

/** vendorOn from a vendor name ("under the vendor name X on M") and from selling on a market ("X sold drugs on M") */
function vendorRules(f: Frame, ctx: SentenceContext, actors: Mention[], markets: Mention[], out: Proposed[]): void {
  const v = vocab();
  const text = f.sentence.text;
  const base = f.sentence.start;
  // "advertised under the vendor name "Pharma-King" on Tortuga Market": the handle sold there
  if (markets.length && text.includes(' name')) {
    for (const vn of text.matchAll(VENDOR_NAME)) {
      const at = base + (vn.index ?? 0) + vn[0].length;
      const handle = actors.find((m) => m.start >= at && m.start <= at + 1);
      const on = handle && /^["'\u201d\u2019]?,?\s+(?:on|at)\s+(?:the\s+)?(?:(?:dark\s*web|darknet|online)\s+)?(?:(?:market(?:place)?|site|platform)s?\s+)?/i.exec(text.slice(handle.end - base));
      const mk = on && markets.find((m) => m.start === handle.end + on[0].length);
      if (!handle || !mk) continue;
      out.push({ s: handle, p: 'vendorOn', o: mk, confidence: 0.75 });
    }
  }
  // "Carter, who traded as 'NorthernLights' on Dream Market", "X operated under the name 'Y' on A and B": a vendor on each
  const as = text.includes(' on ') ? VENDOR_AS.exec(text) : null;
  if (as) {
    const at = base + as.index;
    const clause = lastBreakBefore(text, as.index);
    let who: Mention | string | undefined = [...actors].reverse().find((m) => m.end <= at && m.start >= base + clause && m.type === 'Person');
    // (", who traded as …": the person before the relative clause; "he traded as …": the person named last)
    if (!who && /,\s*who\s*$/i.test(text.slice(0, clause).trimEnd() + ' ')) who = [...actors].reverse().find((m) => m.end <= base + clause && m.type === 'Person');
    if (!who && /\b(?:he|she)\s+(?:\w+\s+)?$/i.test(text.slice(clause, as.index))) who = ctx.recentPerson;
    const listEnd = base + listEndAfter(text, as.index + as[0].length);
    if (who) for (const mk of markets.filter((m) => m.start >= at + as[0].length && m.start < listEnd)) out.push({ s: who, p: 'vendorOn', o: mk, confidence: 0.75 });
  }
  // "MH4Life had accounts on several dark web markets, including A, B and C": a vendor's accounts on each
  const acc = text.includes(' on ') ? VENDOR_ACCOUNTS.exec(text) : null;
  if (acc) {
    const at = base + acc.index;
    const who = [...actors].reverse().find((m) => m.end <= at && m.start >= base + lastBreakBefore(text, acc.index) && m.type !== 'Marketplace');
    const listEnd = base + listEndAfter(text, acc.index + acc[0].length);
    if (who) for (const mk of markets.filter((m) => m.start >= at + acc[0].length && m.start < listEnd)) out.push({ s: who, p: 'vendorOn', o: mk, confidence: 0.75 });
  }
  // vendors: "X sold drugs on White House Market and ASAP Market", "vendors on X"
  for (const trig of triggers(f, v.re.sell)) {
    const tStart = base + trig.start;
    const clauseStart = lastBreakBefore(text, trig.start);
    const a = [...actors].reverse().find((m) => m.end <= tStart && m.start >= base + clauseStart && m.type !== 'Marketplace');
    // "the defendants sold counterfeit currency on AlphaBay": the people the article has charged or arrested
    // "X did not list any item for sale on Y": no vendor
    if (/\b(?:not|never|n't)\s+(?:\w+\s+){0,3}$/i.test(text.slice(Math.max(0, trig.start - 30), trig.start))) continue;
    // ("A, 22, B, 45, and C, 21, sold the drugs on M": each of the people listed)
    const sellers: Array<Mention | string> = a ? (a.type === 'Person' ? personList(f, actors.filter((m) => m.type === 'Person'), a) : [a]) : defendantsIn(text.slice(clauseStart, trig.start), ctx);
    // (with no seller named, a vendor's name after the market may still be read)
    if (a && /\b(said|says|told|added|warned|noted|stated|according)\b/i.test(textBetween(f, a.end, tStart))) continue;
    const on = /\b(?:on|via|through|at)\s+(?:the\s+)?/gi;
    on.lastIndex = trig.end;
    const o = on.exec(text);
    // ("sold cocaine, heroin and methamphetamine to customers around the country under the name "Nod" on Silk Road")
    if (!o || o.index - trig.end > 110) continue;
    const listEnd = base + listEndAfter(text, o.index + o[0].length);
    const soldOn = markets.filter((m) => m.start >= base + o.index && m.start < listEnd);
    for (const mk of soldOn) for (const who of sellers) out.push({ s: who, p: 'vendorOn', o: mk, confidence: a ? 0.75 : 0.7 });
    // "… on the AlphaBay marketplace under the vendor name UKBargins", "… on M as UKBargins": the vendor's name sold there too
    const last = soldOn[soldOn.length - 1];
    const named = last ? HANDLE_AFTER_MARKET.exec(text.slice(last.end - base)) : null;
    const handle = named ? actors.find((m) => m.type === 'CriminalGroup' && m.start === last.end + named[0].length) : undefined;
    if (handle) for (const mk of soldOn) out.push({ s: handle, p: 'vendorOn', o: mk, confidence: 0.75 });
  }
}

/** operated from a market's role before or after a name ("AlphaBay's alleged founder, X", "its founder, X"); vendorOn from "vendors on M" */
function founderRules(f: Frame, actors: Mention[], markets: Mention[], recentMarket: Mention | undefined, out: Proposed[]): void {
  const text = f.sentence.text;
  const base = f.sentence.start;
  // "AlphaBay's alleged founder, Alexandre Cazes"
  for (const mk of markets) {
    const after = text.slice(mk.end - base);
    const role = /^['\u2019]s\s+(?:alleged\s+|suspected\s+|former\s+|main\s+|chief\s+|lead\s+)*(?:founder|co-founder|administrator|admin|operator|owner|creator|moderator|mastermind|boss)s?(?:\s+and\s+(?:[\p{Ll}-]+\s+)?(?:founder|co-founder|administrator|admin|operator|owner|creator|moderator))?\s*,?\s*/iu.exec(after);
    if (!role) continue;
    const who = actors.find((m) => m.type === 'Person' && m.start === mk.end + role[0].length);
    if (who) out.push({ s: who, p: 'operated', o: mk, confidence: 0.85 });
  }
  // "its founder, Ross Ulbricht", "the suspected creator and administrator of the site, X", "the founder of
  // AlphaBay, X": a market's role, then the person in apposition
  if (text.includes(',')) {
    for (const who of actors) {
      if (who.type !== 'Person') continue;
      const head = text.slice(Math.max(0, who.start - base - 120), who.start - base);
      const r = MARKET_ROLE_BEFORE.exec(head);
      if (!r) continue;
      const roleAt = who.start - head.length + r.index;
      const named = [...markets].reverse().find((m) => m.end <= who.start && m.start >= roleAt);
      const mk = named ?? (r[1] || r[2] ? ([...markets].reverse().find((m) => m.end <= roleAt) ?? recentMarket) : undefined);
      if (mk) out.push({ s: who, p: 'operated', o: mk, confidence: 0.8 });
    }
  }
  // "Ross Ulbricht, the site's founder and operator", "X, its administrator": the role after the name
  for (const who of actors) {
    if (who.type !== 'Person') continue;
    const r = ROLE_AFTER_NAME.exec(text.slice(who.end - base, who.end - base + 80));
    if (!r) continue;
    // "its", "the site's": the market named last; "AlphaBay's": the market named there
    const mk = r[1] ? [...markets].reverse().find((m) => m.end <= who.start) ?? recentMarket : markets.find((m) => m.start === who.end + r[0].indexOf(r[2]!));
    if (mk) out.push({ s: who, p: 'operated', o: mk, confidence: 0.8 });
  }
  // "Silk Road, whose operator, Ross Ulbricht, is awaiting trial", "Garantex's co-founder, Aleksandr Mira Serda":
  // the market's role before the name
  for (const mk of markets) {
    const r = WHOSE_ROLE.exec(text.slice(mk.end - base, mk.end - base + 60)) ?? MARKETS_ROLE.exec(text.slice(mk.end - base, mk.end - base + 60));
    const who = r ? actors.find((m) => m.type === 'Person' && m.start === mk.end + r[0].length) : undefined;
    if (who) out.push({ s: who, p: 'operated', o: mk, confidence: 0.8 });
    // "X was Garantex's primary technical administrator": the role after the market's possessive
    const role = MARKETS_ROLE_END.exec(text.slice(mk.end - base, mk.end - base + 60));
    const subj = role ? [...actors].reverse().find((m) => m.type === 'Person' && m.end <= mk.start && WAS_BEFORE_MARKET.test(textBetween(f, m.end, mk.start))) : undefined;
    if (subj) out.push({ s: subj, p: 'operated', o: mk, confidence: 0.8 });
  }
  // "X was an administrator on Silk Road", "X, 30, served as the lead moderator of M": the role as predicate
  for (const who of actors) {
    if (who.type !== 'Person') continue;
    const r = ROLE_AS_PREDICATE.exec(text.slice(who.end - base, who.end - base + 90));
    const mk = r ? markets.find((m) => m.start === who.end + r[0].length) : undefined;
    if (mk) out.push({ s: who, p: 'operated', o: mk, confidence: 0.8 });
  }
  // "A and B, the co-founders of the bitcoin privacy wallet M", "X, the Russian founder of M": each of the list
  // for a plural role
  for (const who of actors) {
    if (who.type !== 'Person') continue;
    const after = text.slice(who.end - base, who.end - base + 120);
    const r = ROLE_OF_AFTER_NAME.exec(after);
    if (!r) continue;
    const at = who.end + r[0].length;
    const mk = markets.find((m) => m.start >= at && m.start - at <= 50 && !/[,;]/.test(textBetween(f, at, m.start)));
    if (mk) for (const x of r[1] !== undefined ? personList(f, actors.filter((a) => a.type === 'Person'), who) : [who]) out.push({ s: x, p: 'operated', o: mk, confidence: 0.8 });
  }
  // "X was a vendor on AlphaBay", "X was one of the top sellers on M"
  for (const who of actors) {
    const r = VENDOR_AS_PREDICATE.exec(text.slice(who.end - base, who.end - base + 90));
    const mk = r ? markets.find((m) => m.start === who.end + r[0].length) : undefined;
    if (mk) out.push({ s: who, p: 'vendorOn', o: mk, confidence: 0.8 });
  }
  const vend = /\b(?:vendors?|sellers?|dealers?)\s+(?:on|at)\s+/i.exec(text);
  if (vend) {
    const mk = markets.find((m) => m.start >= base + vend.index + vend[0].length - 1);
    const a = actors[0];
    if (a && mk) out.push({ s: a, p: 'vendorOn', o: mk, confidence: 0.75 });
  }
}

/** chargedBy for the article's suspects from "the case is being prosecuted by A", "A is prosecuting the case" */
function prosecutedByRule(f: Frame, ctx: SentenceContext, heads: Mention[], out: Proposed[]): void {
  const text = f.sentence.text;
  const base = f.sentence.start;
  // "The case is being prosecuted by the U.S. Attorney's Office for …", "The USAO is prosecuting the case":
  // the people the article has charged, arrested or named as running a market
  const prosecutedBy = ctx.suspects?.length && text.includes('prosecut') ? PROSECUTED_BY.exec(text) : null;
  if (prosecutedBy) {
    const at = base + prosecutedBy.index;
    const ag = prosecutedBy[1] !== undefined ? heads.find((m) => m.start >= at + prosecutedBy[0].length - 1 && m.start <= at + prosecutedBy[0].length + 2) : [...heads].reverse().find((m) => m.end <= at && at - m.end < 30);
    if (ag) for (const who of ctx.suspects!) out.push({ s: who, p: 'chargedBy', o: ag, confidence: 0.65 });
  }
  // "The U.S. Attorney's Office for … is prosecuting Ombisi, Russell and Ndichu": the body before the verb, the
  // people named right after it
  const prosecuting = text.includes('prosecuting') ? PROSECUTING_PEOPLE.exec(text) : null;
  if (prosecuting) {
    const at = base + prosecuting.index;
    const ag = [...heads].reverse().find((m) => m.end <= at && /^\s*(?:\([^()]{1,20}\)\s*)?$/.test(textBetween(f, m.end, at)));
    const first = f.mentions.find((m) => m.type === 'Person' && m.start === at + prosecuting[0].length);
    if (ag && first) for (const who of listAfter(f, f.mentions.filter((m) => m.type === 'Person'), first)) out.push({ s: who, p: 'chargedBy', o: ag, confidence: 0.8 });
  }
}

/** "… is prosecuting X", "… are prosecuting the case against X" (the people follow) */
const PROSECUTING_PEOPLE = /\s(?:is|are|was|were)\s+(?:also\s+|now\s+)?prosecuting\s+(?:the\s+case\s+against\s+)?/i;

/** arrestedBy / chargedBy around arrest and charge words ("X was arrested by A", "A charged X", "the defendants were charged by A") */
function arrestRules(f: Frame, ctx: SentenceContext, heads: Mention[], people: Mention[], out: Proposed[]): void {
  const v = vocab();
  const text = f.sentence.text;
  const base = f.sentence.start;
  for (const [re, p] of [[v.re.arrest, 'arrestedBy'], [v.re.charge, 'chargedBy']] as const) {
    for (const trig of findAll(re, text)) {
      const by = /^\s+(?:[^.;]{0,60}?\s)?by\s+(?:the\s+)?/i.exec(text.slice(trig.end, trig.end + 90));
      const person = [...people].reverse().find((m) => m.end <= base + trig.start);
      const byAgency = () => {
        if (!by) return undefined;
        const at = base + trig.end + by[0].length;
        // "by officers from the Police Service of Northern Ireland", "by West Midlands Police officers"
        const found = heads.find((m) => m.start >= at - 1 && m.start <= at + 2) ?? f.mentions.find((m) => isAgency(m) && m.start > at && m.start <= at + 40 && /^(?:officers|detectives|agents|investigators|police|staff|members)\s+(?:from|of|with|at)\s+(?:the\s+)?$/i.test(textBetween(f, at, m.start)));
        // ("by officers of the NCB Delhi Zonal Unit": the unit named right after its body)
        const unit = found ? f.mentions[f.mentions.indexOf(found) + 1] : undefined;
        return unit && isAgency(unit) && unit.from === found!.to && unitLike(unit) ? unit : found;
      };
      // "Both defendants were arrested by FBI agents": the people the article has charged or arrested
      const group = by && !person ? defendantsIn(text.slice(lastBreakBefore(text, trig.start), trig.start), ctx) : [];
      if (by && person) {
        const ag = byAgency();
        // "Mark Owens, 41, and Paul Reyes, 37, were charged by …": every person of the listed subject
        if (ag) for (const who of personList(f, people, person)) out.push({ s: who, p, o: ag, confidence: 0.85 });
      } else if (group.length) {
        const ag = byAgency();
        if (ag) for (const who of group) out.push({ s: who, p, o: ag, confidence: 0.75 });
      } else if (by && !person && ctx.recentPerson && !ctx.employers?.has(ctx.recentPerson) && HE_WAS.test(text.slice(lastBreakBefore(text, trig.start), trig.start))) {
        // "He was arrested by the Revenue Commissioners in September": the person named last (no official)
        const ag = byAgency();
        if (ag) out.push({ s: ctx.recentPerson, p, o: ag, confidence: 0.7 });
      } else {
        const ag = [...heads].reverse().find((m) => m.end <= base + trig.start && m.end >= base + trig.start - 80);
        // "detained X … and charged him with …": the person the sentence named before the pronoun
        const named = people.find((m) => m.start >= base + trig.end && m.start <= base + trig.end + 40);
        // "The CPS charged Pitts, Harlow and Lloyd with …": every person of the listed object
        if (named && ag) for (let k = people.indexOf(named) + 1; k < people.length && PERSON_LINK.test(textBetween(f, people[k - 1].end, people[k].start)); k++) out.push({ s: people[k], p, o: ag, confidence: 0.75 });
        const him = !named && /^\s+(?:him|her)\b/i.test(text.slice(trig.end, trig.end + 5));
        const pronoun = him ? [...people].reverse().find((m) => m.end <= base + trig.start) : undefined;
        // (the agency is then the clause's subject: "The NCA, working with the FBI, tracked X down and arrested him";
        // with nobody named in the sentence, "him" is the person named last: "In 2017 the Regional Court in Brno
        // sentenced him")
        const subject = (pronoun || (him && ctx.recentPerson)) ? heads.find((m) => m.start >= base + lastBreakBefore(text, trig.start) && m.end <= (pronoun ? pronoun.start : base + trig.start)) : undefined;
        const obj: Mention | string | undefined = named ?? (subject ? (pronoun ?? (people.length ? undefined : ctx.recentPerson)) : undefined);
        if ((ag || subject) && obj) {
          // "Officers of the A and the B arrested X": every agency of the list
          const agents = subject ? [subject] : agencyList(f, heads, ag!);
          for (const o of agents) out.push({ s: obj, p, o, confidence: 0.75 });
        }
        // "The U.S. Attorney's Office announced that X had been arrested": the prosecutors charge X
        else if (person && ag && ag.key === ctx.prosecutor && ANNOUNCED_THAT.test(textBetween(f, ag.end, person.start))) out.push({ s: person, p: 'chargedBy', o: ag, confidence: 0.7 });
        // "X is charged with …" in an article from, or about, a prosecuting office
        else if (p === 'chargedBy' && person && ctx.prosecutor && /\b(?:is|was|were|are|been|being)\s+(?:\w+\s+)?$/i.test(text.slice(0, trig.start))) {
          // every person the clause charges ("X, 40, of Y, and Z, 28, of W, are charged")
          for (const who of people.filter((m) => m.end <= base + trig.start)) out.push({ s: who, p, o: ctx.prosecutor, confidence: 0.65 });
        }
        // "X was taken into custody on June 29" with no agency in the sentence, in an article from or about one force
        else if (p === 'arrestedBy' && person && !ag && !heads.length && /\b(?:was|were|(?:has|had|have)\s+(?:also\s+)?been)\s+(?:(?:also|later|then|subsequently)\s+)?$/i.test(text.slice(0, trig.start))) {
          const force = ctx.force?.();
          if (force) for (const who of personList(f, people, person)) out.push({ s: who, p, o: force, confidence: 0.6 });
        }
      }
    }
  }
}

/** "Kleve in North Rhine-Westphalia", "Lelystad, in the Netherlands", "Haan in the district of Mettmann" */
const PLACE_IN = /^(?:\s*,)?\s+(?:in|on)\s+(?:the\s+)?(?:(?:[\p{Ll}-]+\s+){0,2}(?:district|province|county|region|state|canton|prefecture|municipality)\s+of\s+)?$/u;
/** "Wilp, a village in the eastern province of Gelderland" */
const PLACE_APPOSITION = /^\s*,\s*(?:a|an|the)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:village|town|city|suburb|municipality|hamlet|district|borough|resort|island|port)\s+(?:in|on)\s+(?:the\s+)?(?:(?:[\p{Ll}-]+\s+){0,2}(?:district|province|county|region|state|canton|prefecture)\s+of\s+)?$/u;
/** How large a kind of place is: a place is in a larger one only. */
const PLACE_RANK: Record<string, number> = { city: 1, borough: 1, island: 1.5, county: 2, state: 3, region: 4, continent: 6 };
const DIVISION_WORD = /\b(?:district|province|county|region|prefecture|canton|oblast|state)\b/i;

function placeRank(lex: Lexicon, m: Mention): number {
  if (m.type === 'Country') return 5;
  const kind = lex.entries.get(m.key)?.kind;
  if (kind) return PLACE_RANK[kind.replace(/:.*$/, '')] ?? 1;
  return DIVISION_WORD.test(m.label) ? 2.5 : 1;
}

/**
 * locatedIn between two places the sentence names together, the smaller first: "Kleve in North
 * Rhine-Westphalia", "Lelystad, in the Netherlands", "Wilp, a village in the province of Gelderland". Places of
 * two different countries, or of one rank, are never nested.
 */
function placeRules(f: Frame, ctx: SentenceContext, out: Proposed[]): void {
  const ms = f.mentions;
  for (let k = 0; k + 1 < ms.length; k++) {
    const a = ms[k];
    const b = ms[k + 1];
    if (a.type !== 'Location' || (b.type !== 'Location' && b.type !== 'Country')) continue;
    const between = textBetween(f, a.end, b.start);
    // (not the bare comma of an address, "Greenbelt, Maryland": annotators and analysts read it as a postal form)
    if (!PLACE_IN.test(between) && !PLACE_APPOSITION.test(between)) continue;
    if (placeRank(ctx.lex, b) <= placeRank(ctx.lex, a)) continue;
    const ca = ctx.lex.entries.get(a.key)?.country;
    const cb = ctx.lex.entries.get(b.key)?.country;
    if (ca && cb && ca !== cb) continue;
    out.push({ s: a, p: 'locatedIn', o: b, confidence: 0.7 });
  }
}

/** chargedBy a court that sentenced or convicted the people ("sentenced at Liverpool Crown Court") */
function courtRules(f: Frame, heads: Mention[], people: Mention[], out: Proposed[]): void {
  const text = f.sentence.text;
  const base = f.sentence.start;
  // courts: "X was sentenced at Liverpool Crown Court", "A and B were given seven-year sentences at Belfast Crown
  // Court", "the Leipzig Regional Court found X guilty": the court sentenced (chargedBy) them
  const courts = heads.filter((m) => /\bCourt\b/.test(m.label));
  if (courts.length && people.length) {
    const verdict = COURT_VERDICT.exec(text);
    // (an age in a relative clause is no clause break: "X, who's 31 and from Y, and Z, who's 29, were …")
    const clauseAt = verdict ? lastBreakBefore(text.replace(AGE_CLAUSE, (w) => ' '.repeat(w.length)), verdict.index) : 0;
    for (const c of verdict ? courts : []) {
      const at = base + verdict!.index;
      // (the court may open the sentence: "At Wolverhampton Crown Court, Jordan Pitts, 25, was convicted …")
      const atCourt = /\b(?:at|in|by|before)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, c.start - base - 12), c.start - base));
      if (atCourt && (c.start > at || people.some((m) => m.start > c.end && m.end <= at))) {
        let last = [...people].reverse().find((m) => m.end <= at && m.start >= Math.max(base + clauseAt, c.start > at ? 0 : c.end));
        // "… his co-defendants A and B, who were also sentenced at Portsmouth Crown Court": the relative's antecedents
        if (!last) last = [...people].reverse().find((m) => m.end <= at && WHO_WERE.test(textBetween(f, m.end, at)));
        if (last) for (const who of personList(f, people, last)) out.push({ s: who, p: 'chargedBy', o: c, confidence: 0.7 });
      } else if (c.end <= at) {
        // "the Leipzig Regional Court found Maximilian S. guilty", "the court convicted X"
        const who = people.find((m) => m.start >= at && m.start <= at + verdict![0].length + 25);
        if (who && /^\s*(?:\([^()]{1,40}\)\s*)?(?:,[^,]{1,60},\s*)?(?:(?:has|had|also|then|on\s+\w+)\s+)*$/i.test(textBetween(f, c.end, at))) out.push({ s: who, p: 'chargedBy', o: c, confidence: 0.7 });
      }
    }
  }
}

const AGE_CLAUSE = /,\s*who(?:['\u2019]s|\s+is|\s+was)(?=\s+\d)/g;
/** "He was", "she had been later": a pronoun subject before an arrest or charge word */
const HE_WAS = /^\s*(?:he|she)\s+(?:was|had\s+been|has\s+been)\s+(?:(?:later|subsequently|eventually|then|also|first)\s+)?$/i;

/**
 * `last` and the agencies listed right before it ("the A and the B"), in text order. The link next to `last` is
 * "and": "After a tip from the FBI, the Dutch police arrested X" is no list.
 */
function agencyList(f: Frame, heads: Mention[], last: Mention): Mention[] {
  const out = [last];
  for (let k = heads.indexOf(last) - 1; k >= 0; k--) {
    const link = textBetween(f, heads[k].end, out[0].start);
    if (!AGENCY_LINK.test(link) || (out.length === 1 && !/\band\b|&/i.test(link))) break;
    out.unshift(heads[k]);
  }
  return out;
}

/** Between two agencies of a subject list: "A and the B", "A, B" (Markdown emphasis allowed: "**A** and the **B**") */
const AGENCY_LINK = /^[*_]*\s*(?:,\s*(?:and\s+)?|and\s+|&\s+)(?:the\s+)?[*_]*$/i;

/** Between a person and a verdict: a relative clause on the person ("A and B, who were also sentenced") */
const WHO_WERE = /^\s*,\s*who\s+(?:(?:was|were|had\s+been|have\s+been|has\s+been)\s+)(?:(?:also|later|each|both|then)\s+)?$/;

/**
 * A U.S. district named as where people were charged: "A and B had been indicted in the Northern District of
 * Ohio" (group 1: the verb, the people before it), "federal prosecutors in the Southern District of New York
 * unsealed an indictment charging A and B" (the people after "charging"). Group 2: the district.
 */
const DISTRICT_CHARGE = /\b(?:(charged|indicted)\s+(?:\w+\s+){0,3}?in|prosecutors\s+(?:in|for|from))\s+(the\s+(?:(?:Northern|Southern|Eastern|Western|Middle|Central)\s+)?District\s+of\s+\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,2})/u;

/** chargedBy the U.S. Attorney's Office of a district the sentence names as where people were charged. */
function districtChargeRules(f: Frame, ctx: SentenceContext, people: Mention[], out: Proposed[]): void {
  const text = f.sentence.text;
  if (!people.length || !text.includes('District of')) return;
  const d = DISTRICT_CHARGE.exec(text);
  const office = d ? gazetteerAgency(ctx.lex, `U.S. Attorney's Office for ${d[2].replace(/\s+(?:on|in|last|this)$/, '')}`) : undefined;
  if (!d || !office) return;
  const base = f.sentence.start;
  let who: Mention[] = [];
  if (d[1]) {
    const last = [...people].reverse().find((m) => m.end <= base + d.index && m.start >= base + lastBreakBefore(text.replace(AGE_CLAUSE, (w) => ' '.repeat(w.length)), d.index));
    if (last) who = personList(f, people, last);
  } else {
    const c = /\b(?:charging|indicting|against)\s+/g;
    c.lastIndex = d.index + d[0].length;
    const hit = c.exec(text);
    const first = hit ? people.find((m) => m.start === base + hit.index + hit[0].length) : undefined;
    if (first) who = listAfter(f, people, first);
  }
  for (const m of who) out.push({ s: m, p: 'chargedBy', o: office, confidence: 0.7 });
}

/** chargedBy the article's prosecutor for a plea or verdict ("X pleaded guilty") */
function pleadedRules(f: Frame, ctx: SentenceContext, people: Mention[], out: Proposed[]): void {
  const text = f.sentence.text;
  const base = f.sentence.start;
  // "X pleaded guilty to …", "X, 34, was found guilty" in an article from, or about, a prosecuting office
  if (ctx.prosecutor && (text.includes('guilty') || text.includes('pled '))) {
    for (const pg of text.matchAll(PLEADED)) {
      const at = base + (pg.index ?? 0);
      const person = [...people].reverse().find((m) => m.end <= at && m.start >= base + lastBreakBefore(text, pg.index ?? 0));
      if (person && !/\b(?:said|says|told|according)\b/i.test(textBetween(f, person.end, at))) for (const who of personList(f, people, person)) out.push({ s: who, p: 'chargedBy', o: ctx.prosecutor, confidence: 0.65 });
    }
  }
}

/** One person described by a demonym and one of `nouns`: "a 42-year-old Latvian national", "an Estonian" (group 1: the demonym) */
const onePerson = (nouns: string) => String.raw`(?:^|\b)(?:[Aa]n?|[Tt]he)\s+(?:\d+-year-old\s+)?(\p{Lu}\p{Ll}+)(?:\s+(?:${nouns}))?`;
/** Right before "identified as": "a 42-year-old Latvian national " */
const DESCRIBED_BEFORE = new RegExp(String.raw`${onePerson('man|woman|national|citizen')}\s+$`, 'u');
/** Before a name: "a 29-year-old Estonian man, ", "an Estonian, ", "the German national, " */
const ONE_DESCRIBED = new RegExp(String.raw`${onePerson('man|woman|national|citizen|student|businessman|businesswoman')}\s*,\s*$`, 'u');

/** nationality from the words around a person's name ("X, a German national", "Dutchman X") */
function nationalityRules(f: Frame, ctx: SentenceContext, people: Mention[], out: Proposed[]): void {
  const ms = f.mentions;
  const text = f.sentence.text;
  const base = f.sentence.start;
  // nationality: "Name, a 34-year-old Australian" / "Name, a German national"
  for (const pm of people) {
    const after = text.slice(pm.end - base, pm.end - base + 50);
    // ("X, a dual Russian-Swedish national": both)
    const nat = /^\s*,\s*(?:(?:aged\s+)?\d{1,3}\s*,\s*)?(?:(?:is|was)\s+)?(?:also\s+)?(?:an?|the)\s+(?:\d+-year-old\s+)?(?:(dual)\s+)?(\p{Lu}[\p{L}-]+)(?!\s+resident)(?:\s+(?:national|citizen|man|woman|nationals|citizens))?/u.exec(after);
    if (nat) {
      const country = ctx.demonymCountry(nat[2]);
      // (a half may be a country's short name: "a dual Israeli-US citizen")
      const halves = !country && nat[1] ? nat[2].split('-').map((d) => ctx.demonymCountry(d) ?? gazetteerEntity(ctx.lex, d, 'Country', 0)) : [];
      if (country) out.push({ s: pm, p: 'nationality', o: country, confidence: 0.8 });
      else if (halves.length === 2 && halves.every((c) => c)) for (const c of halves) out.push({ s: pm, p: 'nationality', o: c!, confidence: 0.8 });
    }
    // "X, 36, a citizen of France", "X, a national of Serbia"
    const of = /^\s*,\s*(?:(?:aged\s+)?\d{1,3}\s*,\s*)?(?:also\s+)?an?\s+(?:citizen|national)\s+of\s+(?:the\s+)?/.exec(after);
    const land = of ? ms.find((m) => m.type === 'Country' && m.start === pm.end + of[0].length) : undefined;
    if (land) out.push({ s: pm, p: 'nationality', o: land, confidence: 0.8 });
    // "Paul Nicholls, 47, of Great Britain" (a country, not a town: a US release's "of" gives the home country)
    const from = /^\s*,\s*(?:(?:aged\s+)?\d{1,3}\s*,\s*)of\s+(?:the\s+)?/.exec(after);
    const home2 = from ? ms.find((m) => m.type === 'Country' && m.start === pm.end + from[0].length) : undefined;
    if (home2 && /^\s*[,.;]/.test(text.slice(home2.end - base))) out.push({ s: pm, p: 'nationality', o: home2, confidence: 0.7 });
    // "X, a U.S. citizen who lived in Argentina": a country's name as the modifier
    const a = /^\s*,\s*(?:(?:aged\s+)?\d{1,3}\s*,\s*)?(?:also\s+)?an?\s+/.exec(after);
    const named = a ? ms.find((m) => m.type === 'Country' && m.start === pm.end + a[0].length) : undefined;
    if (named && /^\s+(?:citizen|national)s?\b/.test(text.slice(named.end - base))) out.push({ s: pm, p: 'nationality', o: named, confidence: 0.8 });
    // "McBeth and Li, both New Zealand nationals", "A, B and C, all Dutch citizens": each person of the list
    // ("Rodriguez and Hill are both U.S. citizens")
    const all = /^\s*(?:,|\s(?:are|were))\s*(?:both|all)\s+(?:(?:aged\s+)?\d{1,3}\s*,\s*)?/.exec(after);
    if (all) {
      const at = pm.end + all[0].length;
      const land = ms.find((m) => m.type === 'Country' && m.start === at);
      const demonym = land ? undefined : /^(\p{Lu}[\p{L}-]+)\s+(?:nationals|citizens)\b/u.exec(after.slice(all[0].length));
      const country = land && /^\s+(?:nationals|citizens)\b/.test(text.slice(land.end - base)) ? land : demonym ? ctx.demonymCountry(demonym[1]) : undefined;
      if (country) for (const who of personList(f, people, pm)) out.push({ s: who, p: 'nationality', o: country, confidence: 0.75 });
    }
    // "a Chinese father and son, A and B,", "two Dutch brothers, A and B": a demonym before the pair, then the list
    const pair = /(?:^|\b)(?:an?|two|three|the)\s+(?:\d+-year-old\s+)?(\p{Lu}\p{Ll}+)\s+(?:father\s+and\s+son|mother\s+and\s+(?:son|daughter)|husband\s+and\s+wife|brothers|sisters|siblings|couple|cousins|twins|nationals|citizens|men|women)(?:\s*(?:,|[-\u2013\u2014:])\s*|\s+)$/u.exec(text.slice(Math.max(0, pm.start - base - 60), pm.start - base));
    const kin = pair ? ctx.demonymCountry(pair[1]) : undefined;
    if (kin) for (const who of listAfter(f, people, pm)) out.push({ s: who, p: 'nationality', o: kin, confidence: 0.75 });
    // "a 42-year-old Latvian national identified by his first name as Jevgenijs"
    const lead100 = text.slice(Math.max(0, pm.start - base - 100), pm.start - base);
    const firstOnly = FIRST_NAME_ONLY.exec(lead100);
    const described = firstOnly ? DESCRIBED_BEFORE.exec(lead100.slice(0, lead100.length - firstOnly[0].length)) : null;
    const land0 = described ? ctx.demonymCountry(described[1]) : undefined;
    if (land0) out.push({ s: pm, p: 'nationality', o: land0, confidence: 0.75 });
    // "a 29-year-old Estonian man, Karl Tamm,", "an Estonian, Karl Tamm,": one person, described before the name
    // (not one of two descriptions, nor one of a list of names: "a German man and a Dutch woman, A and B")
    const lead = text.slice(Math.max(0, pm.start - base - 60), pm.start - base);
    const one = kin || /^\s+and\s+\p{Lu}/u.test(text.slice(pm.end - base, pm.end - base + 8)) ? null : ONE_DESCRIBED.exec(lead);
    const land1 = one && !/\band\s+$/.test(lead.slice(0, one.index)) ? ctx.demonymCountry(one[1]) : undefined;
    if (land1) out.push({ s: pm, p: 'nationality', o: land1, confidence: 0.75 });
    // "62-year-old Dutchman Herman X.", "Australian Peter Nash": a demonym noun right before the name
    // ("Estonian national Karl Tamm", "French citizen X")
    const before = /(?:^|\s)(\p{Lu}\p{Ll}+(?:man|woman|an|ese|ton|i)|\p{Lu}\p{Ll}+(?=\s+(?:national|citizen)\s+$))\s+(?:(?:national|citizen)\s+)?$/u.exec(text.slice(Math.max(0, pm.start - base - 40), pm.start - base));
    // (an adjective's form only before a given name: not "Canadian Prime Minister X")
    const home = before && (/(?:man|woman)$/.test(before[1]) || /(?:national|citizen)\s+$/.test(before[0]) || ctx.lex.givenNames.has(pm.label.split(' ')[0].toLowerCase())) ? ctx.demonymCountry(before[1]) : undefined;
    if (home) out.push({ s: pm, p: 'nationality', o: home, confidence: 0.75 });
  }
  // "… arrested Slomp at Miami International Airport, when the Dutch national flew in": the one person of the
  // sentence, named again by the nationality after the name ("the Dutchman", "the Irishwoman" too)
  if (people.length === 1) {
    const later = THE_NATIONAL.exec(text.slice(people[0].end - base));
    const land = later ? ctx.demonymCountry(later[1] ?? later[2]) : undefined;
    if (land) out.push({ s: people[0], p: 'nationality', o: land, confidence: 0.7 });
  }
}

/** "the Dutch national", "the German citizen", "the Dutchman" (a noun: before a verb or a stop, not "the German-speaking …") */
const THE_NATIONAL = /\bthe\s+(?:(\p{Lu}\p{Ll}+)\s+(?:national|citizen)\b|(\p{Lu}\p{Ll}+(?:man|woman))(?=\s*[,.;)]|\s+(?:was|is|had|has|who|allegedly|also|later|then|told|said|flew|arrived|pleaded|admitted|denied)\b))/u;

/** A market's role right before an appositive name: "its founder, ", "the alleged administrator of the site, ", "the creator of AlphaBay, " */
/** ", the site's founder and operator", ", its administrator", ", AlphaBay's creator": a market's role after a person's name */
const ROLE_AFTER_NAME = /^\s*,\s*(?:(its|the\s+(?:site|market|marketplace|platform|forum)['\u2019]s)|(\p{Lu}[\p{L}\p{N}.]*(?:\s+\p{Lu}[\p{L}\p{N}.]*){0,2})['\u2019]s)\s+(?:(?:alleged|suspected|former|main|chief|lead|principal|presumed)\s+)*(?:founder|co-founder|administrator|admin|operator|owner|creator|mastermind)\b/u;
const MARKET_ROLE_BEFORE = /\b(?:([Ii]ts|[Tt]he\s+(?:site|market|marketplace|platform)['\u2019]s)|[Tt]he)\s+(?:(?:alleged|suspected|former|main|chief|lead|self-described|presumed)\s+)*(?:founder|co-founder|administrator|admin|operator|owner|creator|mastermind)(?:\s+and\s+(?:founder|co-founder|administrator|admin|operator|owner|creator))?(?:\s+of\s+(?:(the\s+(?:site|market|marketplace|platform|forum))|(?:the\s+)?\p{Lu}[^,]{0,40}))?\s*,\s*$/u;
/** After a name: " was an administrator on ", ", 30, served as the lead moderator of the ", ", who fought extradition, was an administrator on " (the market follows) */
const ROLE_AS_PREDICATE = /^\s*(?:,\s*(?:aged\s+)?\d{1,3}\s*,\s*|,\s*who\s[^,;]{1,80},\s*)?(?:(?:was|is|had\s+been|has\s+been|became|served\s+as|worked\s+as|acted\s+as)\s+)(?:also\s+)?(?:an?|the|one\s+of\s+the)\s+(?:(?:alleged|suspected|former|main|chief|lead|senior|principal|top|head)\s+)*(?:founder|co-founder|administrator|admin|operator|owner|creator|moderator|mastermind)s?\s+(?:on|of|at|for|behind)\s+(?:the\s+)?(?:(?:dark\s*web|darknet|online|underground)\s+)?(?:(?:market(?:place)?|site|platform|forum)\s+)?/i;
/** After a name: ", the co-founders of ", ", the alleged Russian administrator of " (group 1: a plural role) */
const ROLE_OF_AFTER_NAME = /^\s*,\s*(?:(?:aged\s+)?\d{1,3}\s*,\s*)?(?:the|its)\s+(?:(?:alleged|suspected|former|main|chief|lead|principal|presumed|\p{Lu}\p{Ll}+)\s+)*(?:(?:founder|co-founder|administrator|admin|operator|owner|creator|mastermind)(?:\s+and\s+(?:[\p{Ll}-]+\s+)?(?:founder|co-founder|administrator|admin|operator|owner|creator))?|(?:founders|co-founders|administrators|admins|operators|owners|creators|masterminds)(?:\s+and\s+(?:[\p{Ll}-]+\s+)?(?:founders|co-founders|administrators|admins|operators|owners|creators))?())\s+of\s+/u;
/** After a market: "'s co-founder, ", "'s alleged administrator " (a person's name follows) */
const MARKETS_ROLE_SOURCE = "^['\u2019]s\\s+(?:(?:alleged|suspected|former|main|chief|lead|primary|technical|presumed)\\s+)*(?:founder|co-founder|operator|administrator|admin|creator|owner|mastermind)";
const MARKETS_ROLE = new RegExp(`${MARKETS_ROLE_SOURCE}\\s*,?\\s*`, 'i');
/** After a market: "'s primary technical administrator" and the end of the phrase (the person came before) */
const MARKETS_ROLE_END = new RegExp(`${MARKETS_ROLE_SOURCE}\\b(?!\\s*,?\\s*\\p{Lu})`, 'u');
/** Between a person and a market's possessive: " was ", ", 46, is also " */
const WAS_BEFORE_MARKET = /^\s*(?:,\s*\d{1,3}\s*,\s*)?(?:was|is|had\s+been|has\s+been|became|allegedly\s+was|was\s+allegedly)\s+(?:also\s+)?$/i;
/** After a market: ", whose operator, ", ", whose alleged founder " (a person's name follows) */
const WHOSE_ROLE = /^\s*,\s*whose\s+(?:(?:alleged|suspected|former|presumed|main|chief)\s+)*(?:founder|co-founder|operator|administrator|admin|creator|owner|mastermind)\s*,?\s*/i;
/** After a name: " was a vendor on ", ", 30, was one of the top sellers on the " (the market follows) */
const VENDOR_AS_PREDICATE = /^\s*(?:,\s*(?:aged\s+)?\d{1,3}\s*,\s*|,\s*who\s[^,;]{1,80},\s*)?(?:was|is|had\s+been|has\s+been|became)\s+(?:also\s+)?(?:an?|the|one\s+of\s+the)\s+(?:(?:prolific|major|large|big|top|leading|well-known|high-volume|trusted|popular|largest|biggest|busiest|drug|fentanyl|heroin|cocaine)\s+)*(?:vendors?|sellers?|dealers?|suppliers?)\s+(?:on|at)\s+(?:the\s+)?(?:(?:dark\s*web|darknet|online|underground)\s+)?(?:(?:market(?:place)?|site|platform)\s+)?/i;
/** A speech verb right before a name: "said X", "says X" */
const SPEECH_BEFORE = /\b(?:said|says|added|explained|noted|warned)\s+$/i;
/** One-word heads of a body, before "of": "the head of EC3, X" */
const ROLE_HEADS = new Set(['head', 'chief', 'director', 'leader', 'boss', 'commander', 'spokesperson', 'spokesman', 'spokeswoman', 'coordinator', 'manager', 'chair', 'president', 'deputy', 'prosecutor']);
/** After a name: ", who commands the", ", who heads" (the agency follows) */
const WHO_HEADS = /^\s*,\s*who\s+(?:now\s+|currently\s+)?(?:commands|heads|leads|runs|directs|manages|chairs|oversees)\s+(?:the\s+)?/i;
/** A title before "of"/"at" and an agency that opens an apposition: "the head of ", "deputy director at the " */
const ROLE_OF = /^\s*(?:the\s+|a\s+|an\s+)?(?:[\p{L}-]+\s+){1,4}(?:of|at|for)\s+(?:the\s+)?$/u;
/** A sentence about what came before the article's action: "a year after", "builds on", "in the wake of the takedown of" */
const BACKGROUND = /\b(?:years?|months?)\s+(?:after|before|earlier)\b|\b(?:in\s+the\s+wake\s+of|follow(?:s|ed|ing)?\s+(?:on\s+from\s+)?|(?:builds?|built|building)\s+on)\s+the\s+(?:\w+\s+)?(?:takedown|take-down|shutdown|closure|seizure|dismantling)\b/i;

/** The sentence tells of an earlier action (an earlier year, "a year after", "builds on the takedown of"). */
export function background(text: string, year: (() => number | undefined) | undefined): boolean {
  return earlierYear(text, year) || BACKGROUND.test(text);
}

/** "… came a year after officials took down X": the verb is governed by a conjunction of an earlier time */
const AFTER_BEFORE = /\b(?:after|following|since|before)\b[^.;,]{0,60}$/i;
/** A takedown noun with its date between it and its object: "the takedown in January 2021 of" */
const DATED_TAKEDOWN = /\b(?:takedown|take-down|shutdown|closure|seizure|dismantling)s?\s+(?:in|on|last)\s+(?:[\w,]+\s+){1,3}?of\b/gi;
/** "(the case) is being prosecuted by (the) …" (group 1: the agency follows), or "… is prosecuting the case" */
const PROSECUTED_BY = /\b(?:case|cases|prosecution|charges)\s+(?:is|are|was|were|will\s+be)\s+(?:being\s+)?(?:prosecuted|handled|brought)\s+by\s+(the\s+|)|\s(?:is|are)\s+prosecuting\s+the\s+case\b/i;
const MINISTRY_KINDS = new Set(['justice', 'ministry']);
/**
 * A ministry or justice department: a body that publishes releases and comments on operations it does not run
 * ("The operation was coordinated with Europol" in a DOJ release). Known bodies by their kind, others by name.
 */
export function ministryLike(lex: Lexicon, key: string): boolean {
  const e = lex.entries.get(key);
  return e ? MINISTRY_KINDS.has(e.kind ?? '') : /^agency:(?:.*-)?(?:ministry|department-of-justice|justice-department|home-office)(?:-|$)/.test(key);
}
/** A verb of investigating with the investigation as object: "has been conducting a cybercrime investigation" */
/** working together without a partner named after the verb ("worked together with B" is a co-operation trigger) */
const WORKED_TOGETHER = /\b(?:(?:work(?:ed|ing|s)?|collaborat(?:ed|ing|es?)|co-?operat(?:ed|ing|es?)|partner(?:ed|ing)?)\s+(?:closely\s+)?together|teamed\s+up|joined\s+forces|(?:collaborated|co-?operated)(?:\s+closely)?)\b(?!\s+(?:with|alongside|closely\s+with)\b)/i;
/** what may stand between the listed agencies and WORKED_TOGETHER ("have", "will continue to", "also") */
const TOGETHER_GAP = /^\s*(?:\([^()]{1,20}\)\s*)?,?\s*(?:(?:have|has|had|will|would|continue[sd]?|to|also|then|both|long|always|successfully|been|closely)\s+)*$/i;
const RAN_INVESTIGATION = /\b(?:investigated|conducted|conducting|conducts|handled|handling|carried\s+out|carrying\s+out|ran|runs|running|launched|opened|initiated)\s+(?:the|this|an?|its)\s+(?:[\w-]+\s+){0,2}?(?:case|investigation|operation|probe|inquiry)\b/i;
/** A verdict or sentence: "sentenced", "were given seven-year sentences", "found … guilty" */
const COURT_VERDICT = /\b(?:sentenced|convicted|jailed|imprisoned|charged|indicted|arraigned|found(?=\s+(?:[\w.]+\s+){0,4}guilty\b)|given\s+(?:[\w-]+\s+){0,2}(?:years?|sentences?|prison\s+terms?|terms?)|pleaded\s+guilty|pled\s+guilty)\b/i;
/** A plea or verdict: the person was charged (by the article's prosecutors). */
const PLEADED = /\b(?:pleaded|pleads|pled|plead)\s+guilty\b|\b(?:was|were|been)\s+found\s+guilty\b/gi;
/** Before a unit named as some body's own: "its", "the agency's" (a few lowercase words may follow: "its specialised internet unit"). */
const OWNED = /\b(?:[Ii]ts|[Tt]he\s+(?:[Aa]gency|[Bb]ureau|[Ff]orce|[Ss]ervice|[Oo]rgani[sz]ation|[Dd]epartment|[Oo]ffice|[Dd]irectorate|[Mm]inistry)['\u2019]s)\s+((?:[\p{Ll}-]+\s+){0,3})$/u;
const UNIT_WORD = /\b(?:unit|team|squad|centre|center|division|branch|section|cell|desk|department|directorate|office|bureau|service)\b/i;
/** "passed its intelligence to the X": a preposition after "its" ends what it owns; X is another body */
const OWNED_ENDS = /\b(?:to|with|from|for|by|and|at|in|on|of|into|via|through)\s/;

/**
 * "the Criminal Division, including its Narcotic and Dangerous Drug Section and its Computer Crime Section",
 * "investigators from the agency's European Cybercrime Centre": a unit is part of the nearest agency before it
 * that is not itself a sibling introduced by "its".
 */
function ownedUnits(f: Frame, ctx: SentenceContext): Proposed[] {
  const out: Proposed[] = [];
  const ms = f.mentions;
  const owned = new Set<Mention>();
  for (let k = 0; k < ms.length; k++) {
    const b = ms[k];
    if (!isAgency(b)) continue;
    const from = k ? Math.max(f.sentence.start, ms[k - 1].end) : f.sentence.start;
    const o = OWNED.exec(textBetween(f, from, b.start));
    if (!o || (!unitLike(b) && !UNIT_WORD.test(o[1])) || OWNED_ENDS.test(o[1])) continue;
    owned.add(b);
    // "the Office's", "the Bureau's" name the owner by a word of its name; "its", "the agency's" by nothing
    const head = /^[Tt]he\s+(\w+)['\u2019]s/.exec(o[0]);
    const word = head && /^(?:office|bureau|department|ministry|directorate)$/i.test(head[1]) ? new RegExp(`\\b${head[1]}\\b`, 'i') : undefined;
    let owner: Mention | string | undefined;
    // the body the gazetteer gives the unit, when the sentence names it ("Europol's release … says its EC3 …");
    // else, after "says"/"said", the sentence's first agency (who says it); else the agency named last before
    const known = ctx.lex.entries.get(b.key)?.parent;
    if (known) owner = ms.find((x) => x.key === known && x.end <= b.start);
    if (!owner && /\b(?:says|said|stated|states|added|adds|reported|reports|explained|explains)\s+(?:that\s+)?$/i.test(textBetween(f, from, b.start).slice(0, -o[0].length))) owner = ms.find((x) => isAgency(x) && x.end <= b.start && x.key !== b.key);
    for (let j = k - 1; j >= 0 && !owner; j--) if (isAgency(ms[j]) && !owned.has(ms[j]) && ms[j].key !== b.key && (!word || word.test(ms[j].label))) owner = ms[j];
    // "The case is handled by the Office's Money Laundering Unit": the article's own office, by its head noun
    if (!owner && head && ctx.homeAgency && ctx.homeHeads?.some((h) => h.toLowerCase() === head[1].toLowerCase())) owner = ctx.homeAgency;
    if (owner && key(owner) !== b.key) out.push({ s: b, p: 'partOf', o: owner, confidence: 0.8 });
  }
  return out;
}

/**
 * Who sells in "… sold …": the market or group nearest before the verb ("ChipMixer's biggest source was Hydra, the
 * marketplace that sold …"), else the first one named; none when the verb's subject is a generic plural
 * ("marketplaces selling drugs") or when someone else sells on it ("Canada1 advertised … on Dream Market").
 */
function sellerOf(f: Frame, trigStart: number): Mention | undefined {
  const text = f.sentence.text;
  const base = f.sentence.start;
  if (/\b(?:marketplaces|markets|sites|websites|shops|vendors|platforms|forums)\s+(?:that\s+|which\s+)?$/i.test(text.slice(Math.max(0, trigStart - 30), trigStart))) return undefined;
  const ms = f.mentions;
  const before = [...ms].reverse().find((m) => isMarketOrGroup(m) && m.end <= base + trigStart);
  const seller = before ?? ms.find((m) => isMarketOrGroup(m));
  if (!seller) return undefined;
  // the venue of someone else's selling: "X sold … on Dream Market", "Canada1 advertised drugs for sale on Dream Market"
  const venue = /\b(?:on|via|through|at)\s+(?:the\s+)?(?:[\w-]+\s+){0,5}$/i.test(text.slice(Math.max(0, seller.start - base - 50), seller.start - base));
  const other = ms.some((m) => m !== seller && (m.type === 'Person' || m.type === 'CriminalGroup') && m.end <= base + trigStart) || /\b(?:he|she|they)\b/i.test(text.slice(0, trigStart)) || PEOPLE_SUBJECT.test(text.slice(0, trigStart));
  if (venue && other) return undefined;
  // a market after an active verb is where someone else sold, or what they sold under ("The Dutchman sold
  // ecstasy and LSD on Silk Road", "Man Sold Heroin on the Hidden Website as 'Digitalink'", "charged with
  // distributing cocaine on dark-web marketplaces, including the Silk Road"); not after a passive one ("were sold
  // on these platforms") nor before its agent ("drugs sold by Hydra")
  // ("… sold LSD across the country under the name Ketamelon": the name the seller sold under sells)
  if (!before && trigStart > 0 && !SOLD_PASSIVE.test(text.slice(Math.max(0, trigStart - 12), trigStart)) && !/\bby\s|\bunder\s+the\s+(?:[\w-]+\s+)?name\s+\W*$/i.test(textBetween(f, base + trigStart, seller.start))) return undefined;
  return seller;
}

/** "were sold", "being offered": the verb before a market is passive */
const SOLD_PASSIVE = /\b(?:was|were|is|are|be|been|being|get|got)\s+(?:\w+\s+)?$/i;

/** A "Group"/"Taskforce"/"Network" body is joined, not a parent: membership is co-operation. */
function memberOrPart(unit: Mention, body: Mention, confidence: number): Proposed {
  // (a section or squad of a group is part of it: "the Anti-drug Section of the Organised Crime Investigation Group")
  // (not a police force named a board: Estonia's "Police and Border Guard Board")
  if (/\b(group|task ?force|network|alliance|partnership|platform|board|council|collaboration|coalition|committee)\b/i.test(body.label) && !/\b(group|task ?force|section|squad|cell|desk)\b/i.test(unit.label) && !/\b(?:police|customs|guard|gendarmerie)\b/i.test(body.label)) {
    return { s: unit, p: 'cooperatedWith', o: body, confidence: confidence - 0.1 };
  }
  return { s: unit, p: 'partOf', o: body, confidence };
}

function unitLike(m: Mention): boolean {
  return /\b(unit|team|squad|centre|center|division|branch|section|cell|desk|group|taskforce|task force|command|directorate|service|office|department|bureau|agency|brigade|board|laboratory)\b/i.test(m.label);
}

/**
 * The clause's subject is the article's own agency by its head noun alone: "Customs" for Finnish Customs,
 * "the Bureau" for the FBI ("Police in Spain" is not: a place follows).
 */
function namesHome(subject: string, ctx: SentenceContext): boolean {
  for (const h of ctx.homeHeads ?? []) {
    if (!subject.includes(h)) continue;
    // whole word, not followed by a place or another name ("Customs in Sweden", "Customs Service")
    const m = new RegExp(`(?:^|(\\S+)\\s+)${h}(?![\\p{L}-])(?!\\s+(?:(?:in|of|from|at|across)\\b|\\p{Lu}))`, 'u').exec(subject);
    // nor preceded by a name of which it is the last word ("Swedish Customs"), only by "the", "In 2023", …
    if (m && (!m[1] || !/^\p{Lu}/u.test(m[1]) || /^(?:The|In|At|On|By|Last|Then|Now|Today|Meanwhile)$/.test(m[1]))) return true;
  }
  return false;
}

/** A market named before, as the object of a verb: "the site", "this marketplace", "the platform". */
/** After a verb of running: "a shop on the dark web marketplace", "a vendor account on the site" */
/** Between an operate verb and a shop it names: "a vendor shop called", "an online store named" */
const NAMED_SHOP = /^\s+(?:a|an|the|their|his|her)\s+(?:[\w-]+\s+){0,2}?(?:shop|store|storefront|account|profile)\s+(?:called|named|known\s+as)\s+["'\u2018\u201c]?$/i;
/** Between a named shop and the first market it sold on: "… on the markets", "… on the dark web marketplaces" */
const SHOP_ON_MARKETS = /^["'\u2019\u201d]?\s+on\s+(?:the\s+)?(?:(?:dark\s*web|darknet|online|[\w-]+)\s+){0,2}?(?:(?:market(?:place)?s?|sites|platforms)\s*,?\s*(?:including\s+|such\s+as\s+)?)?$/i;
/** Between two markets of a list: ", ", " and ", ", or " */
const MARKET_LIST_LINK = /^\s*(?:,\s*(?:and\s+|or\s+)?|\s(?:and|or)\s+)(?:the\s+)?$/;

/** A market and the markets listed right after it ("A, B and C"), in order. */
function marketList(f: Frame, markets: Mention[], first: Mention): Mention[] {
  const out = [first];
  for (let k = markets.indexOf(first) + 1; k < markets.length; k++) {
    const prev = out[out.length - 1];
    if (markets[k].start < prev.end || !MARKET_LIST_LINK.test(textBetween(f, prev.end, markets[k].start))) break;
    out.push(markets[k]);
  }
  return out;
}

const SHOP_ON_THE_SITE = /^\s+(?:a|an|his|her|their)\s+(?:(?:vendor|seller)\s+)?(?:shop|store|storefront|account|profile)\s+on\s+(?:the|this|that)\s+(?:[\w-]+\s+){0,2}?(?:site|website|market|marketplace|platform)\b/i;
/** After an operate verb: "by" (a passive: "run by X") */
const PASSIVE_BY = /^\s+by\s/i;
/** Between a market and a passive operate verb: ", ", " was ", " was allegedly ", ", which was ", " had been " */
const PASSIVE_GAP = /^\s*(?:,\s*(?:(?:which|that)\s+(?:was|is|had\s+been|has\s+been)\s+)?|\s(?:was|is|were|had\s+been|has\s+been)\s+)(?:(?:allegedly|reportedly|originally|initially|jointly|later|then)\s+)?$/i;
const THE_SITE = /^\s+(?:the|this|that)\s+(?:[\w-]+\s+)?(?:site|website|market|marketplace|platform|shop|forum)\b/i;
/** Between an agency and the person its announcement is about: " announced on Monday that ", " said " */
const ANNOUNCED_THAT = /^\s+(?:[\w-]+\s+){0,2}?(?:announced|said|confirmed|stated)\s+(?:on\s+\w+\s+)?(?:that\s+)?$/i;
/** A market named before, as the subject right before a verb: "this platform (has been seized)". */
const THE_SITE_BEFORE = /\b(?:the|this|that)\s+(?:[\w-]+\s+)?(?:site|website|platform|market|marketplace|shop|forum)\s*$/i;
/** What a vendor runs on a market: "a vendor account on", "their shop at the" */
const VENDOR_OBJECT = new RegExp(String.raw`^\s+(?:${UNDER_HANDLE}(?=\s+(?:on|at)\s)|(?:a|an|the|their|his|her|its)\s+(?:[\w-]+\s+){0,2}?(?:account|shop|store|storefront|page|profile)s?|(?:vendor|seller)\s+(?:accounts?|shops?|stores?|storefronts?|pages?|profiles?|sites?))(?:\s+(?:called\s+|named\s+)?${HANDLE})?\s+(?:on|at)\s+(?:the\s+)?(?:(?:several|various|multiple|many|dark\s*web|darknet|online)\s+)*(?:(?:market(?:place)?s?|sites|platforms)\s*,?\s*(?:including|such\s+as|like)?\s+)?$`, 'iu');
/** Between two people of a list: ", 41, and", " and ", ", aged 37," */
/**
 * What may stand between two listed people: an age, a home town ("Jonathan K. from Bad Vilbel, Tibo L. from
 * Kleve in North Rhine-Westphalia and …"), the full stop of an initialled surname, then a comma or "and".
 */
const PERSON_LINK = /^\.?(?:\s*,\s*(?:aged\s+|who['\u2019]s\s+|who\s+is\s+)?\d{1,3}(?:\s+and)?)?(?:\s*,?\s+(?:from|of)\s+(?:the\s+)?(?:[\p{L}-]+,?\s+){0,6}?[\p{L}-]+)?\s*,?\s*(?:and\s+|&\s+)?(?:(?:his|her|their)\s+(?:[\p{Ll}-]+\s+){0,2}(?:friend|brother|sister|cousin|partner|wife|husband|girlfriend|boyfriend|son|daughter|father|mother|associate|accomplice|co-defendant)\s+)?$/u;
/** "under the vendor name", "using the moniker", "as the seller handle" (a quote mark may follow) */
/** After a market: "… dark web market under the vendor name ", "… marketplace as " (the vendor's name follows) */
const HANDLE_AFTER_MARKET = /^\s+(?:(?:dark\s*web|darknet|online)\s+)?(?:market(?:place)?|site|platform)?\s*(?:under\s+the\s+(?:(?:vendor|seller|user|trading)\s+)?(?:name|handle|moniker|alias|username|pseudonym)|as)\s+["'\u201c\u2018]?/i;
const VENDOR_NAME = /\b(?:under|using|as)\s+(?:the\s+)?(?:(?:vendor|seller|user|online|trading)\s+)?(?:name|handle|moniker|alias|username|pseudonym)\s*,?\s*["'\u201c\u2018]?/gi;
/** What a leading verb leads when it is the article's operation: "led the investigation", "coordinated this operation". */
const LED_INVESTIGATION = /^\s+(?:the|this)\s+(?:\w+\s+)?(?:investigation|operation|inquiry|probe|case)\b/i;
/** Between an agency list and the verb of its relative clause: ", which", "(ACR), who have" (after "the
 * Frankfurt prosecutor" of "the Frankfurt prosecutor's office", a name that ends before "'s office"). */
const RELATIVE_GAP = /^(?:['\u2019]s\s+office)?\s*(?:\([^()]{1,20}\)\s*)?,?\s*(?:which|that|who)?\s*(?:(?:has|have|had|also|jointly)\s+)*$/i;
/** Between an agency list and its verb: a bracketed acronym, then auxiliaries ("have jointly", "started"). */
const ACTION_GAP = /^(?:['\u2019]s\s+office)?\s*(?:\([^()]{1,20}\)\s*)?,?\s*(?:(?:have|has|had|jointly|together|also|then|both|(?:started|began)(?:\s+to)?)\s+)*$/i;
/**
 * Between two agencies of a list: "A (ACR), B", "A and the B", "A, Germany's B" (an apposition naming A again),
 * "A, Spain's military police, and B" (an apposition in words).
 */
const LIST_LINK = /^\s*(?:\([^()]{1,20}\)\s*)?(?:(?:officers|agents|investigators|detectives)\s+(?=and\b))?(?:,\s*(?:the\s+)?(?:\p{Lu}[\p{L}-]*['\u2019]s\s+)?(?:[\p{Ll}-]+\s+){0,4}[\p{Ll}-]+\s*(?=,))?(?:,\s*)?(?:(?:and|&|as\s+well\s+as|(?:together|along)\s+with|alongside)\s+)?(?:the\s+)?(?:\p{Lu}[\p{L}-]*['\u2019]s\s+|United\s+States\s+|U\.S\.\s+)?$/u;
/** Between a unit and its parent named after it: "the ZIT (ZIT) of the …", "the CCU at the …". */
const PARENT_LINK = /^\s*(?:\([^()]{1,20}\)\s*)?(?:of|at|within)\s+(?:the\s+)?$/i;

/**
 * The agencies listed as the subject that ends right before `at` (`gap` says what may stand between the list
 * and the verb): "The BKA, Germany's federal police, and the ZIT of the Frankfurt prosecutor's office
 * started …" gives BKA and ZIT; a parent named with "of"/"at" or a possessive belongs to its unit.
 */
function subjectList(f: Frame, parents: Set<Mention>, at: number, gap: RegExp): Mention[] {
  const ags = f.mentions.filter((m) => isAgency(m) && m.end <= at);
  let k = ags.length - 1;
  if (k < 0 || !gap.test(textBetween(f, ags[k].end, at))) return [];
  const out: Mention[] = [];
  let parentNext = false;
  for (; k >= 0; k--) {
    const m = ags[k];
    if (!parentNext && !parents.has(m) && !out.some((x) => x.key === m.key)) out.unshift(m);
    const prev = ags[k - 1];
    if (!prev) break;
    const between = textBetween(f, prev.end, m.start);
    parentNext = (parents.has(prev) && /^['\u2019]s\s+$/.test(between)) || JUXTAPOSED.test(between);
    if (PARENT_LINK.test(between)) {
      const i = out.indexOf(m);
      if (i >= 0) out.splice(i, 1);
      continue;
    }
    if (!parentNext && !LIST_LINK.test(between)) break;
  }
  return out;
}

const IN_YEAR = /^\W*(?:back\s+)?in\s+(?:(?:early|late|mid)[\s-]+)?(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?((?:19|20)\d\d)\b/i;

/** The sentence opens on a year before the article's ("In 2019, the FBI and … took down …"): background. */
export function earlierYear(text: string, year: (() => number | undefined) | undefined): boolean {
  const m = IN_YEAR.exec(text);
  if (!m) return false;
  const y = year?.();
  return !y || +m[1] < y;
}

/** `first` and the people listed right after it ("A, B and C"), in text order. */
function listAfter(f: Frame, people: Mention[], first: Mention): Mention[] {
  const out = [first];
  for (let k = people.indexOf(first) + 1; k < people.length && LIST_AFTER_LINK.test(textBetween(f, out[out.length - 1].end, people[k].start)); k++) out.push(people[k]);
  return out;
}

/**
 * Between two people of a list: "A, B", "A and B"; "A, 46, a Lithuanian national living in Russia, and B" (an age
 * and a description of A); "A and Garantex's co-founder, B" (B's role before B).
 */
const LIST_AFTER_LINK = /^(?:\s*,\s*\d{1,3})?(?:\s*,\s*(?:an?|the)\s+[^,;:()"\u201c\u201d]{1,60}?)?\s*(?:,\s*and|,|and)\s*(?:(?:\p{Lu}[\p{L}-]*['\u2019]s|his|her|their|the)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:co-)?(?:founder|administrator|operator|partner|associate|accomplice|defendant|brother|sister|wife|husband)\s*,\s*)?$/u;

/** `last` and the people listed right before it ("A, B and C"), in text order. */
function personList(f: Frame, people: Mention[], last: Mention): Mention[] {
  const out = [last];
  for (let k = people.indexOf(last) - 1; k >= 0 && PERSON_LINK.test(textBetween(f, people[k].end, out[0].start)); k--) out.unshift(people[k]);
  return out;
}

/** "the Monsons", "the Joneses": a family by its surname in the plural, as a subject */
const FAMILY = /\b[Tt]he\s+(\p{Lu}\p{Ll}+?)(e?s)(?:\s+(?:were|was|are|is|have|had|been|being|also|later|then|allegedly|together))*\s*$/u;
/** "the defendants", "both defendants", "the three accused"; "the pair", "both men", "the two men" (two of them) */
const DEFENDANTS = /\b(?:(?:the|both|all)\s+(?:(?:two|three|four|five|six|\d+)\s+)?(?:co-)?(?:defendants|accused)|(the\s+pair|both\s+men|the\s+two\s+men)|(?:the|all)\s+(two|three|four|five|six)(?:\s+(?:men|women|people|suspects))?|the\s+(trio))(?:\s+(?:were|was|are|is|have|had|been|being|also|later|then))*\s*$/i;
const COUNT_WORD: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, trio: 3 };

/** The people a subject such as "the defendants" stands for: those charged or arrested earlier in the article. */
function defendantsIn(subject: string, ctx: SentenceContext): string[] {
  // "the Monsons sold …": every person of the article with that surname, when there are two or more
  const fam = FAMILY.exec(subject);
  if (fam) {
    const found = [...(ctx.mentionedKeys ?? [])].filter((k) => k.startsWith('person:') && (k.endsWith(`-${slugify(fam[1] + fam[2])}`) || k.endsWith(`-${slugify(fam[1])}`) || (fam[2] === 'es' && k.endsWith(`-${slugify(fam[1] + 'e')}`))));
    if (found.length >= 2) return found.sort();
  }
  const d = ctx.defendants ?? [];
  if (d.length < 2 && (ctx.previousPeople?.length ?? 0) < 2) return [];
  const m = DEFENDANTS.exec(subject);
  // "the pair", "the three", "the trio": only when the article has charged or arrested that many
  const n = m?.[1] ? 2 : m?.[2] || m?.[3] ? COUNT_WORD[(m[2] ?? m[3]).toLowerCase()] : undefined;
  if (!m) return [];
  // ("The CPS charged Pitts, Harlow and Lloyd …. The three were arrested by …": the group named last)
  if (n !== undefined && d.length !== n) return ctx.lastDefendants?.length === n ? ctx.lastDefendants : ctx.previousPeople?.length === n ? ctx.previousPeople : [];
  return d.length < 2 ? [] : d;
}

function key(x: Mention | string): string {
  return typeof x === 'string' ? x : x.key;
}

function lastBreakBefore(text: string, at: number): number {
  const head = text.slice(0, at);
  let best = 0;
  const re = CLAUSE_BREAKS;
  re.lastIndex = 0;
  for (let m = re.exec(head); m; m = re.exec(head)) best = m.index + m[0].length;
  return best;
}

/** End of a list of names after `at`: the clause end, or a new phrase ("with the assistance of", "as well as with"). */
function listEndAfter(text: string, at: number): number {
  const end = nextBreakAfter(text, at);
  // (", and police later shut down X": a new clause with a subject of its own)
  const m = /,?\s+(?:with\b|as well as\b|in (?:close )?(?:co-?operation|collaboration|partnership)\b|supported by\b|assisted by\b|which\b|who\b)|,\s+and\s+(?:the\s+)?(?:police|officers|agents|authorities|investigators|prosecutors|detectives|he|she|they|later|then)\b/i.exec(text.slice(at, end));
  return m ? at + m.index : end;
}

function lastCommaBefore(text: string): number {
  return Math.max(0, text.lastIndexOf(','), text.lastIndexOf(';'));
}

function nextBreakAfter(text: string, at: number): number {
  const tail = text.slice(at);
  const m = CLAUSE_BREAK.exec(tail);
  return m ? at + m.index : text.length;
}

/** "Operation X involved (partners including) A, B and C": the verb after an operation as its subject. */
const INVOLVED = /\b(?:also\s+)?(?:involved|involves|included|includes|brought\s+together|drew\s+on|mobili[sz]ed)\s+/gi;
/** "Participating agencies included A and B", "The agencies involved were A, B and C", "Partners: A, B" */
const PARTICIPANTS_WERE = /\b(?:(?:participating|involved|partner|other)\s+(?:law\s+enforcement\s+)?(?:agencies|authorities|organi[sz]ations|forces|services|bodies|partners)|(?:agencies|authorities|organi[sz]ations|forces|services|bodies|partners)\s+(?:involved|participating|that\s+(?:took\s+part|participated)|which\s+(?:took\s+part|participated)))(?:\s+in\s+(?:the|this)\s+(?:[\w-]+\s+)?(?:operation|investigation|action|case))?\s*(?:(?:also\s+)?(?:included|include|includes|were|are)\b|:)/gi;
/** "A and B took part.", "A took part, as did B", "Officers from A were also involved." (no object) */
const PART_ALONE = /\b(?:(?:took|take|taken|taking)\s+part|participated|(?:was|were|have\s+been|has\s+been)\s+(?:also\s+)?involved)\b(?!\s+in\b)/gi;
const PART_ALONE_AFTER = /^\s*(?:(?:too|as\s+well)\s*)?(?:[.;!]?\s*$|,\s*(?:as\s+did|along\s+with|alongside|together\s+with|as\s+well\s+as)\b)/i;

/**
 * Agencies listed as taking part without a co-operation verb: after "involved"/"included" whose subject is an
 * operation ("Operation X involved partners including A, B and C"), after "participating agencies were", and
 * the subjects of an intransitive "took part" ("A and B took part, as did C"). The operation is the one
 * named in the sentence, else the article's (not in a sentence about an earlier year).
 */
/** A verb of helping right before an operation's name: "supported (the) ", "joined ", "assisted " */
const SUPPORTED_OP = /\b(?:supported|supports|assisted|assists|joined|joins|backed|helped|aided|facilitated)\s+(?:the\s+)?$/i;

function involvement(f: Frame, ctx: SentenceContext, heads: Mention[]): Proposed[] {
  const text = f.sentence.text;
  const base = f.sentence.start;
  const out: Proposed[] = [];
  const ops = f.mentions.filter((m) => m.type === 'Operation');
  const other = ops.find((m) => m.key !== ctx.mainOperation);
  const mainTarget = !other && ctx.mainOperation && !earlierYear(text, ctx.year) ? ctx.mainOperation : undefined;
  const listFrom = (at: number) => {
    const end = base + nextListEnd(text, at - base);
    return heads.filter((m) => m.start >= at && m.start < end);
  };
  if (text.includes('involv') || text.includes('includ') || text.includes('brought') || text.includes('drew') || text.includes('mobili')) {
    for (const iv of text.matchAll(INVOLVED)) {
      const at = iv.index ?? 0;
      const before = text.slice(lastBreakBefore(text, at), at);
      // the subject: an operation named right before, or "the operation", "this investigation"
      // ("the Operation Denial team, which includes the following agencies: …": the operation's team)
      const op = ops.find((m) => m.end <= base + at && base + at - m.end <= 30 && /^\s*(?:\([^()]{1,20}\)\s*)?(?:(?:team|task\s*force|investigation|case)\s*,?\s*(?:which|that)?\s+)?(?:has\s+|had\s+|also\s+)*$/i.test(textBetween(f, m.end, base + at)));
      const generic = /\b(?:the|this|that|an?)\s+(?:[\w-]+\s+){0,3}?(?:operation|investigation|action|effort|crackdown|sweep|probe|taskforce|task\s+force)\s+(?:has\s+|had\s+)?$/i.test(before);
      const target = op ? op.key : generic ? mainTarget : undefined;
      if (!target) continue;
      for (const a of listFrom(base + at + iv[0].length)) out.push({ s: a, p: 'participatedIn', o: target, confidence: 0.75 });
      // "As well as A and B, Operation X involved …": the ones named first took part too
      if (op && /^\s*(?:as\s+well\s+as|besides|apart\s+from|in\s+addition\s+to|alongside)\b/i.test(text)) {
        for (const a of heads.filter((m) => m.end <= op.start)) out.push({ s: a, p: 'participatedIn', o: target, confidence: 0.7 });
      }
    }
  }
  // "Europol and Eurojust supported Operation Nightfall": the bodies of the subject took part in the operation named
  for (const op of ops) {
    const verb = SUPPORTED_OP.exec(text.slice(Math.max(0, op.start - base - 30), op.start - base));
    if (!verb) continue;
    const at = op.start - verb[0].length;
    for (const a of subjectList(f, new Set(), at, ACTION_GAP)) out.push({ s: a, p: 'participatedIn', o: op.key, confidence: 0.75 });
  }
  if (text.includes('agencies') || text.includes('authorities') || text.includes('artners') || text.includes('forces') || text.includes('services') || text.includes('organi') || text.includes('bodies')) {
    for (const pw of text.matchAll(PARTICIPANTS_WERE)) {
      const target = other ? other.key : mainTarget;
      if (target) for (const a of listFrom(base + (pw.index ?? 0) + pw[0].length)) out.push({ s: a, p: 'participatedIn', o: target, confidence: 0.75 });
    }
  }
  if (text.includes(' part') || text.includes('participated') || text.includes('involved')) {
    for (const pa of text.matchAll(PART_ALONE)) {
      const at = (pa.index ?? 0) + pa[0].length;
      const target = other ? other.key : mainTarget;
      if (!target || !PART_ALONE_AFTER.test(text.slice(at))) continue;
      const start = base + lastBreakBefore(text, pa.index ?? 0);
      for (const a of heads.filter((m) => m.start >= start)) out.push({ s: a, p: 'participatedIn', o: target, confidence: 0.7 });
    }
  }
  return out;
}

/** End of a list of names that runs to the end of the sentence: ";" or a new clause ("which", "who"). */
function nextListEnd(text: string, at: number): number {
  const m = /;|,\s*(?:which|who|whose|but|while)\b|\bbut\b/i.exec(text.slice(at));
  return m ? at + m.index : text.length;
}

/** Words between a name's comma and the title or agency of an apposition (", from the NCA", ", head of …") */
const FILLER = new Set(['from', 'of', 'at', 'with', 'for', 'in', 'the', 'a', 'an', 'its', 'their', 'whose']);

/** Employer of a person from the words around the name. */
function worksFor(f: Frame, m: Mention, ctx: SentenceContext): Proposed[] {
  const ms = f.mentions;
  const text = f.sentence.text;
  const base = f.sentence.start;
  const t = f.tokens;
  let role = m.role;
  let agency: Mention | string | undefined = m.roleAgencyKey;
  const idx = ms.indexOf(m);
  let titleFrom = -1;
  // "Assistant U.S. Attorneys A, B and C for the District of Columbia": the names of a list after a plural title
  // share it, and what follows the list (the district) is said of each
  const list = listSpan(f, idx);
  // title just before the name, agency just before the title: "FBI director Christopher Wray"
  if (!agency) {
    for (let j = Math.max(0, list.from - 10); j < list.from; j++) {
      // ("NCB Deputy Director General (Northern Region) Gyaneshwar Singh": the title's region in brackets)
      const te = matchTitle(ctx.lex, t, j);
      if (list.from !== m.from && (te !== list.from || !PLURAL_TITLE.test(t[te - 1].text))) continue;
      if (te === list.from || (te > j && te < list.from && parenGap(t, te, list.from))) {
        titleFrom = j;
        role ??= text.slice(t[j].start - base, t[te - 1].end - base);
        // (the mention before the title, not one inside its bracket)
        let p = idx - 1;
        while (p >= 0 && ms[p].to > j) p--;
        const prev = ms[p];
        // ("U.S. Drug Enforcement Administration (DEA) Special Agent in Charge Cheri Oz": an acronym between)
        if (prev && isAgency(prev) && parenGap(t, prev.to, j)) agency = prev;
        else if (prev && (prev.type === 'Country' || prev.type === 'Location') && (prev.to === j || capitalsBetween(t, prev.to, j))) {
          // "HSI Arizona Special Agent in Charge", "Homeland Security Investigations (HSI) Arizona Special Agent …",
          // "ABF Queensland Regional Commander Terry Price"
          const pp = ms[p - 1];
          if (pp && isAgency(pp) && parenGap(t, pp.to, prev.from)) agency = pp;
        }
        break;
      }
    }
  }
  // "the official representative of the Ministry of Internal Affairs of Russia Irina Volk": a role of the body just before the name
  if (!agency && idx > 0 && isAgency(ms[idx - 1]) && ms[idx - 1].to === m.from && ROLE_OF_BEFORE.test(text.slice(Math.max(0, ms[idx - 1].start - base - 40), ms[idx - 1].start - base))) agency = ms[idx - 1];
  // apposition after the name: ", team leader of TCEC", ", from SEROCU's Regional Cyber Crime Unit",
  // ", Europol's deputy chief executive", ", Drug Enforcement Administration administrator"
  if (!agency && t[m.to]?.text === ',') {
    const agencyAt = (j: number) => ms.find((x) => isAgency(x) && x.from === j);
    let j = m.to + 1;
    while (j < t.length && FILLER.has(t[j].norm)) j++;
    let pick = agencyAt(j);
    if (!pick) {
      // ("Deputy Director General (Operations), NCB": a department in brackets after the title is part of it)
      const te = afterBrackets(t, matchTitle(ctx.lex, t, j));
      if (te > j) {
        let end = te;
        // a contact line: "Jo Lind, Head of Enforcement, Norwegian Customs" (the title goes on up to a comma)
        if (!agencyAt(te)) {
          let k = te;
          while (k < te + 5 && t[k] && (/^\p{Lu}/u.test(t[k].text) || t[k].norm === 'of' || t[k].norm === 'and')) k++;
          if (k > te && t[k]?.text === ',' && agencyAt(k + 1)) end = k;
        }
        role ??= text.slice(t[j].start - base, t[end - 1].end - base);
        j = end === te ? te : end + 1;
        while (j < t.length && FILLER.has(t[j].norm)) j++;
        pick = agencyAt(j);
        // ("the Crown attorney for Ontario's Ministry of the Attorney General": the body after a place's possessive)
        const place = pick ? undefined : ms.find((x) => (x.type === 'Location' || x.type === 'Country') && x.from === j);
        if (place && POSSESSIVE_S.has(t[place.to]?.text ?? '')) pick = agencyAt(place.to + 1);
        // "Adolphus P. Wright, Special Agent in Charge, Drug Enforcement Administration (DEA), Miami Field Division"
        if (!pick && end === te && t[te]?.text === ',') pick = agencyAt(te + 1);
      }
    } else {
      let k = pick.to;
      while (t[k] && (t[k].text === "'s" || t[k].text === '’s')) k++;
      const te = matchTitle(ctx.lex, t, k);
      // "Rod Rosenstein, FBI Director Christopher Wray and …": the title is the next person's
      if (te > k && ms.some((x) => x.type === 'Person' && x.from === te)) pick = undefined;
      else if (te > k && !role) role = text.slice(t[k].start - base, t[te - 1].end - base);
    }
    if (pick) {
      // possessive chain: the last unit ("SEROCU's Regional Cyber Crime Unit")
      for (let next = ms[ms.indexOf(pick) + 1]; next && isAgency(next) && /^['\u2019]s\s+$/.test(textBetween(f, pick.end, next.start)); next = ms[ms.indexOf(pick) + 1]) pick = next;
      // ("NCB Delhi Zonal Unit", "DEA Los Angeles Field Division": a unit named right after its body's acronym)
      const unit = ms[ms.indexOf(pick) + 1];
      if (unit && isAgency(unit) && !unit.fromGazetteer && t[pick.from].upper && unit.from === pick.to && unitLike(unit)) pick = unit;
      agency = pick;
    }
  }
  // ", senior director of the Investigation and Forensics Unit at Bitdefender", ", regional head of
  // investigations at the NCA": a role in lower case, then "at" the employer (or "of" it, without "at")
  if (!agency && t[m.to]?.text === ',') {
    const hit = roleAtEmployer(f, m.to + 1);
    if (hit) {
      agency = hit.employer;
      role ??= hit.role;
    }
  }
  // "police attorney Richard Beck Pedersen of Kripos", "spokesman X of the NCA": a role noun before the name,
  // the body after "of"
  // ("public prosecutor Dr. Christoph Hebbecker of the ZAC NRW": an honorific between)
  // ("detectives A and B of the Metropolitan Police": a plural role noun before a list of names)
  const pluralRole = (list.from !== m.from || list.to !== m.to) && t[list.from - 1] && /s$/i.test(t[list.from - 1].text) && ROLE_NOUN_BEFORE.test(t[list.from - 1].text.slice(0, -1));
  const [first, after] = pluralRole ? [list.from, list.to] : [m.from, m.to];
  const roleTok = HONORIFICS.has(t[first - 1]?.norm ?? '') ? first - 2 : t[first - 1]?.text === '.' && HONORIFICS.has(t[first - 2]?.norm ?? '') ? first - 3 : first - 1;
  if (!agency && t[roleTok] && (pluralRole || ROLE_NOUN_BEFORE.test(t[roleTok].text)) && /^(?:of|from|at)$/.test(t[after]?.norm ?? '')) {
    const j = t[after + 1]?.norm === 'the' ? after + 2 : after + 1;
    const ag = ms.find((x) => (isAgency(x) || x.type === 'Organization') && x.from === j);
    if (ag) {
      agency = ag;
      role ??= t[roleTok].text;
    }
  }
  // "Colonel Giovanni Reccia, who commands the GdF unit", "X, who heads the NCA's cyber unit"
  if (!agency && t[m.to]?.text === ',') {
    const who = WHO_HEADS.exec(text.slice(m.end - base, m.end - base + 60));
    const at = who ? m.end + who[0].length : -1;
    let ag = who ? ms.find((x) => isAgency(x) && x.start >= at && x.start <= at + 2) : undefined;
    for (let k = ag ? ms.indexOf(ag) + 1 : ms.length; ag && ms[k] && isAgency(ms[k]) && /^['\u2019]s\s+$/.test(textBetween(f, ag.end, ms[k].start)); k++) ag = ms[k];
    if (ag) agency = ag;
  }
  // "Special Agent in Charge William T. McDermott of the DEA Rocky Mountain Field Division"; "said Jari Liukku
  // of Europol", "Jari Liukku of Europol said": without a title, next to a speech verb
  const spoken = () => (SPEECH_BEFORE.test(text.slice(Math.max(0, m.start - base - 12), m.start - base)) || NAME_OF_BODY_SAID.test(text.slice(m.end - base, m.end - base + 90)));
  if (!agency && (m.role || (t[m.to]?.norm === 'of' && spoken())) && /^(?:of|from|at|with)$/i.test(t[m.to]?.text ?? '')) {
    let j = m.to + 1;
    if (t[j]?.norm === 'the') j++;
    const ag = ms.find((x) => isAgency(x) && x.from === j);
    if (ag) agency = ag;
  }
  // apposition before the name: "The NPCC lead for the Dark Web, Detective Chief Inspector Phil Donnelly, said"
  if (!agency) {
    const head = text.slice(0, m.start - base);
    const segs = head.split(',');
    if (segs.length >= 2) {
      const segStart = base + head.length - segs[segs.length - 1].length - segs[segs.length - 2].length - 1;
      // (not across another person: "HSI Arizona Special Agent in Charge Scott Brown, U.S. Attorney … Gary Restaino")
      const ag = ms.find((x) => isAgency(x) && x.start >= segStart && x.end <= m.start && !ms.some((y) => y.type === 'Person' && y.start >= x.end && y.end <= m.start) && !/\b(?:said|says|told|and|arrested|charged|detained|shut|seized|took|took down|indicted|announced|announces|that|who)\b/i.test(textBetween(f, x.end, m.start)));
      const lead = text.slice(segStart - base, ag ? ag.start - base : 0).replace(/^,/, '').replace(/^\s*["\u201c\u201d'\u2018\u2019]/, '');
      if (ag && /^\s*(?:the\s+)?$/i.test(lead)) agency = ag;
      // "the head of EC3, Steven Wilson, said": a title, then "of" and the agency
      // ("The commander of the Cybercrime Squad, Superintendent Matt Craft, said": the person's title between)
      else if (ag && (textBetween(f, ag.end, m.start).trim() === ',' || (!!m.role && textBetween(f, ag.end, m.start).replace(/\s+/g, ' ').trim() === `, ${m.role}`)) && ROLE_OF.test(lead)) {
        const j = f.tokens.findIndex((x) => x.start >= segStart && x.word && !['the', 'a', 'an'].includes(x.norm));
        const te = j < 0 ? -1 : ROLE_HEADS.has(f.tokens[j].norm) && f.tokens[j + 1]?.norm === 'of' ? j + 1 : matchTitle(ctx.lex, f.tokens, j);
        if (te > j && /^(?:of|at|for)$/.test(f.tokens[te]?.norm ?? '')) {
          agency = ag;
          role ??= text.slice(f.tokens[j].start - base, f.tokens[te - 1].end - base);
        }
      }
    }
  }
  // "Brescia prosecutor Erica Battaglia", "Leipzig police president Bernd Merbitz": the article's body of that
  // place and kind (a prosecutor's office, a police force)
  if (!agency && role && titleFrom > 0) {
    const place = ms.find((x) => x.type === 'Location' && (x.to === titleFrom || (x.to === titleFrom - 1 && /^(?:['\u2019]s|police)$/i.test(t[titleFrom - 1].text))));
    const before = place ? text.slice(Math.max(0, place.end - base), t[titleFrom].start - base) : '';
    const words = `${before} ${role} ${text.slice(Math.max(0, t[titleFrom].start - base - 12), t[titleFrom].start - base)}`.toLowerCase();
    // ("Manhattan District Attorney X": the Manhattan District Attorney's Office)
    const kind = /prosecut/.test(words) ? /prosecut|staatsanwalt|procura/ : /district attorney/.test(words) ? /attorney/ : /sheriff/.test(words) ? /sheriff/ : /police|polizei|constable|detective|inspector|superintendent|commissioner/.test(words) ? /police|polizei|constabulary|directorate|headquarters/ : undefined;
    if (place && kind) {
      const town = slugify(place.label);
      // (a key, or the known body's name: "agency:manhattan-da" is the Manhattan District Attorney's Office)
      const named = (k: string) => `${k} ${ctx.lex.entries.get(k)?.label ?? ''}`.toLowerCase();
      agency = [...(ctx.mentionedKeys ?? [])].find((k) => k.startsWith('agency:') && named(k).includes(town) && kind.test(named(k)));
    }
  }
  // "U.S. Attorney John W. Huber of the District of Utah": that district's attorney's office,
  // before any U.S. Attorney's Office the article mentions elsewhere (an office that assisted is not his)
  const districtAt = role ? role.search(US_DISTRICT_IN_ROLE) : -1;
  if (!agency && role && US_ATTORNEY.test(districtAt >= 0 ? role.slice(0, districtAt) : role)) {
    const d = (districtAt >= 0 ? US_DISTRICT.exec(role.slice(districtAt)) : null) ?? US_DISTRICT.exec(text.slice(list.end - base));
    const office = d ? gazetteerAgency(ctx.lex, `U.S. Attorney's Office for ${d[1]}`) : undefined;
    if (office) agency = office;
  }
  // a title that by itself names its agency in an article that mentions that agency
  if (!agency && role) {
    // (a plural title, "Assistant U.S. Attorneys", as its singular)
    const r = PLURAL_TITLE.test(role) ? role.toLowerCase().slice(0, -1) : role.toLowerCase();
    const ids = ctx.lex.roles.agencyRoles[r] ?? ctx.lex.roles.agencyRoles[r.replace(/^(u\.?s\.?|us|united states)\s+/, '')];
    if (ids) {
      const mentioned = [...(ctx.mentionedKeys ?? [])];
      // "usao-*" stands for every U.S. Attorney's Office: the one the article names. A title several of the
      // named agencies use ("Special Agent in Charge" in an article naming HSI and the DEA) names none of them
      // The list goes from the most specific body to its parents ("U.S. Attorney": the office, then the DOJ).
      const hits = new Set<string>();
      for (const id of ids) {
        if (id.endsWith('*')) for (const k of mentioned) if (k.startsWith(`agency:${id.slice(0, -1)}`)) hits.add(k);
        if (!id.endsWith('*') && ctx.mentionedKeys?.has(`agency:${id}`)) hits.add(`agency:${id}`);
      }
      // "U.S. Attorney Graves" after "U.S. Attorney Matthew M. Graves for the District of Columbia": the office an
      // earlier sentence gave him, not another one the article names
      const known = ctx.employers?.get(m.key);
      const [first, ...rest] = hits;
      if (known && ids.some((id) => (id.endsWith('*') ? known.startsWith(`agency:${id.slice(0, -1)}`) : known === `agency:${id}`))) agency = known;
      // (unless one of them is the agency the article is from or about)
      else if (first && rest.every((k) => ancestorOf(ctx.lex, k, first))) agency = first;
      else if (ctx.homeAgency && hits.has(ctx.homeAgency)) agency = ctx.homeAgency;
    }
  }
  // "Presiding judge Günther Köhler said": a judge of the article's only court
  if (!agency && /^(?:judge|justice)$/i.test(t[m.from - 1]?.text ?? '')) {
    const courts = [...(ctx.mentionedKeys ?? [])].filter((k) => k.startsWith('agency:') && k.includes('court'));
    if (courts.length === 1) {
      agency = courts[0];
      role ??= text.slice(t[m.from - 1].start - base, t[m.from - 1].end - base);
    }
  }
  // "Customs Investigations Manager Mark Day" in an article from New Zealand Customs: the home agency by a
  // word of its name before the title
  if (!agency && role && titleFrom > 0 && ctx.homeAgency && ctx.homeHeads?.length) {
    for (let k = titleFrom - 1; k >= Math.max(0, titleFrom - 3) && t[k].cap && t[k].word && !ms.some((x) => k >= x.from && k < x.to); k--) {
      if (ctx.homeHeads.some((h) => h.toLowerCase() === t[k].norm)) {
        agency = ctx.homeAgency;
        break;
      }
    }
  }
  // "Senior public prosecutor Ricardo Schulz described the case": a prosecutor's title and no body named with
  // it: the article's prosecuting office
  if (!agency && role && /\bprosecutor\b/i.test(role) && !/\b(?:general|chief\s+federal)\b/i.test(role) && ctx.prosecutor && typeof ctx.prosecutor === 'string' && /prosecut|staatsanwalt|parket|procura|fiscal/i.test(ctx.prosecutor)) return [{ s: m, p: 'worksFor', o: ctx.prosecutor, confidence: 0.65, role }];
  // ", a former DEA agent", ", a 15-year veteran of the DEA", ", who worked for the Secret Service", "was working as
  // a manager at X", "a former U.S. Secret Service agent, Shaun Bridges,", "former DEA agent Carl Force"
  if (!agency) {
    const body = bodyAroundName(f, m);
    if (body) agency = body;
  }
  // "prosecution service spokesman Wim de Bruin", "the prosecutor's office spokeswoman X": the article's prosecutors
  if (!agency && m.from >= 2 && ctx.prosecutor && typeof ctx.prosecutor === 'string' && ROLE_NOUN_BEFORE.test(t[m.from - 1].text) && PROSECUTION_BEFORE.test(text.slice(Math.max(0, t[m.from - 1].start - base - 40), t[m.from - 1].start - base))) {
    return [{ s: m, p: 'worksFor', o: ctx.prosecutor, confidence: 0.65, role: t[m.from - 1].text }];
  }
  // "police spokesman Bernhard Graser": the police's role in lower case before the name
  const policeRole = m.from >= 2 && ROLE_NOUN_BEFORE.test(t[m.from - 1].text) && !t[m.from - 1].cap && (t[m.from - 2].norm === 'police' || t[m.from - 3]?.norm === 'police');
  // "Detective Chief Inspector Jo Bell said" in an article from, or about, one police force
  const force = !agency && ((role && cues().policeRank.test(role)) || policeRole) ? ctx.force?.() : undefined;
  if (force) return [{ s: m, p: 'worksFor', o: force, confidence: 0.7, role: role ?? (policeRole ? t[m.from - 1].text : undefined) }];
  if (!agency) return [];
  return [{ s: m, p: 'worksFor', o: agency, confidence: 0.85, role }];
}

/** Lower-case nouns for a body's staff, after its name ("a DEA agent", "the FBI's special agent"). */
const STAFF_NOUN = '(?:(?:special|undercover|senior|former)\\s+)?(?:agent|officer|detective|investigator|analyst|employee|official|prosecutor|attorney|inspector|constable|sergeant|trooper|deputy|staffer|staff\\s+member|intelligence\\s+analyst)';
/** Words an apposition may put before a body's name: "a former", "a 15-year", "a veteran", "a corrupt" */
const STAFF_MODIFIERS = '(?:(?:former|veteran|longtime|long-time|serving|rogue|corrupt|disgraced|retired|senior|junior|undercover|ex-|\\d+-year(?:-old)?)\\s+)*';
/** Between a name and its body: ", a 15-year veteran of the", ", who worked for the", " was working as a manager at the" */
const NAME_THEN_BODY = new RegExp(
  `^(?:\\s*,\\s*(?:(?:aged\\s+)?\\d{1,3}\\s*,\\s*)?an?\\s+${STAFF_MODIFIERS}(?:veteran|employee|member|officer|agent|official|detective|investigator|analyst|staffer)\\s+(?:of|with|at|for|in)\\s+(?:the\\s+)?` +
    `|\\s*,\\s*(?:(?:aged\\s+)?\\d{1,3}\\s*,\\s*)?who\\s+(?:(?:has|had|then|previously|once|also)\\s+)*(?:works?|worked|serves?|served|was\\s+employed|is\\s+employed)\\s+(?:as\\s+an?\\s+(?:[\\p{L}-]+\\s+){1,4}?)?(?:for|at|with|in)\\s+(?:the\\s+)?` +
    `|(?:\\s*,\\s*(?:aged\\s+)?\\d{1,3}\\s*,)?\\s+(?:was|is|had\\s+been|has\\s+been)\\s+(?:working|employed|serving)\\s+(?:as\\s+an?\\s+(?:[\\p{L}-]+\\s+){1,4}?)?(?:for|at|with|by|in)\\s+(?:the\\s+)?)$`,
  'u',
);
/** ", a former DEA agent" (before the body: the apposition's start; after it: the staff noun) */
const A_BODY = new RegExp(`^\\s*,\\s*(?:(?:aged\\s+)?\\d{1,3}\\s*,\\s*)?an?\\s+${STAFF_MODIFIERS}$`, 'u');
const STAFF_AFTER = new RegExp(`^(?:['\u2019]s\\s+)?\\s*${STAFF_NOUN}\\b`, 'u');
/** "a former U.S. Secret Service agent, Shaun Bridges," / "former DEA agent Carl Force": the body, then its staff noun, then the name */
const STAFF_BEFORE_NAME = new RegExp(`^\\s+${STAFF_NOUN}\\s*,?\\s*$`, 'u');

/**
 * The agency or organisation an apposition or clause around person `m` says the person works or worked for:
 * ", a 15-year veteran of the DEA", ", a former DEA agent", ", who worked for the Secret Service", "was working as a
 * senior manager at the Forensic Disability Service", "a former U.S. Secret Service agent, Shaun Bridges".
 */
function bodyAroundName(f: Frame, m: Mention): Mention | undefined {
  const ms = f.mentions;
  const idx = ms.indexOf(m);
  const body = (x: Mention | undefined) => !!x && (isAgency(x) || x.type === 'Organization');
  // after the name: the first mention that follows
  const next = ms[idx + 1];
  if (body(next) && next.start - m.end <= 90) {
    const between = textBetween(f, m.end, next.start);
    if (NAME_THEN_BODY.test(between)) return next;
    if (A_BODY.test(between) && STAFF_AFTER.test(f.sentence.text.slice(next.end - f.sentence.start, next.end - f.sentence.start + 40))) return next;
  }
  // before the name: the body right before, with a staff noun between (and "a"/"former" before the body)
  const prev = ms[idx - 1];
  if (body(prev) && m.start - prev.end <= 30 && STAFF_BEFORE_NAME.test(textBetween(f, prev.end, m.start))) {
    const lead = f.sentence.text.slice(Math.max(0, prev.start - f.sentence.start - 30), prev.start - f.sentence.start);
    if (/(?:^|\b(?:an?|the|former|ex-|veteran|retired|rogue|corrupt|disgraced|undercover|senior)\s+|\s*[(,;:]\s*)$/i.test(lead) || lead.trim() === '') return prev;
  }
  return undefined;
}

/** `a` is `b`'s parent, or its parent's, and so on (gazetteer agencies). */
export function ancestorOf(lex: Lexicon, a: string, b: string): boolean {
  for (let k = lex.entries.get(b)?.parent, n = 0; k && n < 8; k = lex.entries.get(k)?.parent, n++) if (k === a) return true;
  return false;
}

/** Before a role noun: "prosecution service", "(public) prosecutor's office", "the prosecutors'" */
const PROSECUTION_BEFORE = /\b(?:prosecution\s+service|(?:public\s+)?prosecutor['\u2019]?s['\u2019]?\s+office|prosecutors['\u2019])\s+$/i;
/** Role nouns right before a name whose body follows it with "of" ("police attorney X of Kripos"). */
const ROLE_NOUN_BEFORE = /^(?:attorney|prosecutor|spokesman|spokeswoman|spokesperson|inspector|detective|commissioner|superintendent|director|chief|head|officer|investigator|analyst|agent|lawyer|judge)$/i;
/** Words that make an apposition a role: "senior director", "regional head of investigations". */
const ROLE_WORDS = new Set([...ROLE_HEADS, 'officer', 'investigator', 'analyst', 'researcher', 'specialist', 'expert', 'agent', 'inspector', 'detective', 'attorney', 'lawyer', 'adviser', 'advisor', 'superintendent', 'commissioner', 'secretary', 'executive', 'founder', 'partner', 'professor', 'lecturer', 'fellow']);

/**
 * ", senior director of the Investigation and Forensics Unit at Bitdefender": from token `j`, up to the next
 * comma, a role (a role word within the first four words), then the employer: the agency or organisation after
 * the last "at", else the first after "of"/"with"/"for".
 */
function roleAtEmployer(f: Frame, j: number): { employer: Mention; role: string } | undefined {
  const t = f.tokens;
  let end = j;
  while (end < t.length && end < j + 16 && t[end].text !== ',' && t[end].text !== ';' && t[end].text !== '.') end++;
  let roleAt = -1;
  for (let k = j; k < Math.min(end, j + 6); k++) if (ROLE_WORDS.has(t[k].norm)) roleAt = k;
  if (roleAt < 0) return undefined;
  // (the employer may run past the sixteen words looked at: "chief of the criminal division of the U.S. Attorney's
  // Office for the Southern District of Ohio")
  const inside = f.mentions.filter((x) => (isAgency(x) || x.type === 'Organization') && x.from > roleAt && (x.to <= end || (end === j + 16 && x.from < end)));
  const after = (words: string[]) => inside.filter((x) => words.includes(t[x.from - 1]?.norm === 'the' ? t[x.from - 2]?.norm ?? '' : t[x.from - 1].norm));
  const at = after(['at']);
  const employer = at.length ? at[at.length - 1] : after(['of', 'with', 'for', 'in'])[0];
  if (!employer || f.mentions.some((x) => x.type === 'Person' && x.from >= j && x.to <= end)) return undefined;
  const firstConnector = t.findIndex((x, k) => k > roleAt && k < end && (x.norm === 'of' || x.norm === 'at' || x.norm === 'for' || x.norm === 'with'));
  return { employer, role: f.sentence.text.slice(t[j].start - f.sentence.start, t[firstConnector > 0 ? firstConnector - 1 : roleAt].end - f.sentence.start) };
}

/** The token after a short bracketed aside that starts at k ("(Operations)"), or k itself */
function afterBrackets(t: Token[], k: number): number {
  if (k < 0 || t[k]?.text !== '(') return k;
  for (let c = k + 1; c < t.length && c <= k + 6; c++) if (t[c].text === ')') return c + 1;
  return k;
}

/** One or two capitalised words and nothing else in [from, to): "Regional" in "Queensland Regional Commander". */
function capitalsBetween(t: Token[], from: number, to: number): boolean {
  if (to - from < 1 || to - from > 2) return false;
  for (let k = from; k < to; k++) if (!t[k].word || !t[k].cap) return false;
  return true;
}

/** Nothing, or one parenthesis of up to four tokens ("(DEA)", "(IRS-CI)"), between tokens `from` and `to`. */
function parenGap(t: Token[], from: number, to: number): boolean {
  return from === to || (to - from >= 3 && to - from <= 6 && t[from].text === '(' && t[to - 1].text === ')');
}

const US_ATTORNEY = /^(?:acting\s+|former\s+)?(?:(?:first\s+|special\s+)?assistant\s+)?(?:u\.?\s?s\.?|united\s+states)\s+attorneys?$/i;
/** The plural of a rank that stands before several names ("Assistant U.S. Attorneys A and B"). */
const PLURAL_TITLE = /(?:Attorneys|Agents|Officers|Inspectors|Prosecutors|Detectives|Investigators|Judges|Constables|Sergeants)$/i;

/**
 * The list of people mention `idx` stands in ("A, B and C", each a Person, joined by commas and "and"): the
 * first token of the first name, and the token and offset where the last one ends.
 */
function listSpan(f: Frame, idx: number): { from: number; to: number; end: number } {
  const ms = f.mentions;
  const t = f.tokens;
  const joins = (a: Mention, b: Mention) => b.from === a.to + 1 && (t[a.to].text === ',' || t[a.to].norm === 'and');
  let first = idx;
  while (first > 0 && ms[first - 1].type === 'Person' && joins(ms[first - 1], ms[first])) first--;
  let last = idx;
  while (last + 1 < ms.length && ms[last + 1].type === 'Person' && joins(ms[last], ms[last + 1])) last++;
  return { from: ms[first].from, to: ms[last].to, end: ms[last].end };
}
/** the district a title goes on with ("U.S. Attorney for the District of Arizona") */
const US_DISTRICT_IN_ROLE = /\s+(?:of|for)\s+the\s+(?:\w+\s+)?District\s+of\s+.*$/i;
const US_DISTRICT = /^\s*,?\s*(?:of|for)\s+(the\s+(?:(?:Northern|Southern|Eastern|Western|Middle|Central)\s+)?District\s+of\s+\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,2})/u;

/** A name that opens on a region or division: "Central Region …", "E Division …", "Northern District …". */
const REGION_PREFIX = /^(?:\p{Lu}[\p{L}-]*\s+){1,2}(?:Region|Division|District|Area|Zone|Province)\s+\p{Lu}/u;

/** The gazetteer agency that a name is, after its opening region words ("Central Region" + "RCMP"). */
function regionalBody(lex: Lexicon, label: string): Mention | undefined {
  const m = /^(?:\p{Lu}[\p{L}-]*\s+){1,2}(?:Region|Division|District|Area|Zone|Province)\s+/u.exec(label);
  return m ? gazetteerAgency(lex, label.slice(m[0].length), 0) : undefined;
}

/** The gazetteer agency a whole name (or the name less up to `shorter` last words) is a form of, as a mention. */
function gazetteerAgency(lex: Lexicon, name: string, shorter = 2): Mention | undefined {
  return gazetteerEntity(lex, name, 'Agency', shorter);
}

/**
 * The gazetteer's entity of a class that a name stands for ("US" for the United States), or that the name with up
 * to `shorter` of its last words dropped stands for.
 */
function gazetteerEntity(lex: Lexicon, name: string, type: EntityClass, shorter: number): Mention | undefined {
  const tokens = tokenize(name);
  for (let n = tokens.length; n >= Math.max(1, tokens.length - shorter); n--) {
    const hit = matchAt(lex.root, tokens.slice(0, n), 0);
    const e = hit && hit.to === n ? hit.forms.find((x) => x.entry.type === type)?.entry : undefined;
    if (e) return entryMention(e, e.label);
  }
  return undefined;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

