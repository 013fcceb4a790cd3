/**
 * darkweb-kg: extraction for one document. Finds mentions, decides what operation the article is about
 * (a named one, or an unnamed one the text describes), follows quotes to their speaker so that "we" means
 * the speaker's organisation, reads relations and counted facts sentence by sentence, and returns the
 * document's entities, relations and facts, each relation and fact with its evidence sentence and offsets.
 */
import type { EntityClass, Evidence, Extraction, Fact, LocalEntity, LocalRelation, RelationType, SourceDocument } from '../types';
import { SYMMETRIC_RELATIONS } from '../types';
import { arrestFacts, dedupeFacts, seizureFacts, type FactContext } from './facts';
import { defaultLexicon, type Lexicon } from './lexicon';
import { entryMention, findMentions, slug, type Frame, type Mention } from './mentions';
import { findIdentifiers } from './identifiers';
import { ancestorOf, background, earlierYear, ministryLike, sentenceRelations, type Proposed, type SentenceContext } from './relations';
import { normToken } from './tokenize';
import { has, vocab } from './vocab';
import { cues } from './cues';
import { detached } from '../strings';

/** A sentence about what something held: "Inside were …", "The parcels contained …", "The largest batch consisted of …" */
const CONTENTS = /^\s*(?:inside\s+(?:were|was|they\s+found|officers\s+found|police\s+found)|(?:it|they|the\s+(?:parcels?|packages?|boxes?|envelopes?|consignments?|shipments?|letters?|bags?|suitcases?))\s+(?:also\s+)?(?:contained|held)\b|the\s+(?:largest|biggest)\s+(?:single\s+)?(?:batch|shipment|consignment|parcel|package|haul)\s+(?:consisted\s+of|contained|was))/i;

/** Domain and range of each relation (output contract). */
const SIGNATURE: Record<RelationType, [EntityClass[], EntityClass[]]> = {
  partOf: [['Agency'], ['Agency']],
  cooperatedWith: [['Agency'], ['Agency']],
  participatedIn: [['Agency'], ['Operation']],
  ledBy: [['Operation'], ['Agency']],
  targeted: [['Operation', 'Agency'], ['Marketplace', 'CriminalGroup']],
  precededBy: [['Operation'], ['Operation', 'Marketplace']],
  worksFor: [['Person'], ['Agency', 'Organization']],
  sold: [['Marketplace', 'CriminalGroup'], ['Drug']],
  locatedIn: [['Location', 'Agency', 'Marketplace'], ['Location', 'Country']],
  operated: [['Person', 'CriminalGroup'], ['Marketplace']],
  vendorOn: [['Person', 'CriminalGroup'], ['Marketplace']],
  arrestedBy: [['Person'], ['Agency']],
  chargedBy: [['Person'], ['Agency']],
  nationality: [['Person'], ['Country']],
};

const OP_CONTENT = /\b(operation|crackdown|investigation|takedown|arrested|seized|shut down|taken offline|raids?)\b/i;
/** an official who speaks but had no part: "who was not involved in the investigation" */
const NOT_INVOLVED = /\b(?:not|never)\s+(?:been\s+)?(?:involved|part\s+of|taken\s+part|participat\w+)\b/i;
/** a sentence whose subject may be the article's defendants with no name given */
const DEFENDANTS_WORD = /\b(?:defendants|accused|pair|both men|two men)\b/i;
/** A market named before, referred to again: "the site", "this platform", "the marketplace's servers". */
const THE_MARKET = /\b(?:the|this|that|its)\s+(?:[\w-]+\s+)?(?:site|website|platform|market|marketplace|shop)\b/i;
/** ", 34," after a name */
const AGE_AFTER = /^\s*,\s*\d{1,2}\s*,/;
/** "he" or "she": a sentence that may speak of the person named last */
const HE_SHE = /\b(?:he|she)\b/i;
const QUOTE_OPEN = /^\s*[“"‘«]/;
const QUOTE_CLOSE = /[”"’»]\s*$/;

export interface ExtractOptions {
  lexicon?: Lexicon;
}

export function extractDocument(doc: SourceDocument, options: ExtractOptions = {}): Extraction {
  const lex = options.lexicon ?? defaultLexicon();
  const { frames } = findMentions(doc, lex);
  // software the text names (Tor) was read so that its name is not misread, and is no node
  if (lex.silent.size) for (const f of frames) if (f.mentions.some((m) => lex.silent.has(m.key))) f.mentions = f.mentions.filter((m) => !lex.silent.has(m.key));
  sameOperations(frames);
  scopePossessiveUnits(frames);
  const entities = new Map<string, LocalEntity>();
  for (const f of frames) for (const m of f.mentions) addEntity(entities, m);

  // the article's year, read only for a sentence that opens on a year ("In 2019, …"), which few do
  let latest: number | undefined | null = null;
  const year = () => (doc.date ? +doc.date.slice(0, 4) : latest === null ? (latest = latestYear(doc.text)) : latest);

  // ---- the operation this article is about ----
  const unnamedKey = `operation:unnamed-${doc.id.slice(0, 12)}`;
  const mainOperation = mainOperationOf(doc, frames, year, unnamedKey);
  if (mainOperation === unnamedKey) {
    entities.set(unnamedKey, { key: unnamedKey, type: 'Operation', label: '', altLabels: [], named: false, mentions: 1 });
  }

  const mentionedKeys = new Set(entities.keys());
  const demonymCountry = (word: string): Mention | undefined => {
    const key = lex.demonyms.get(normToken(word));
    const e = key ? lex.entries.get(key) : undefined;
    if (!e) return undefined;
    return entryMention(e, word);
  };
  let homeAgency: string | undefined;
  for (const f of frames) {
    homeAgency = f.mentions.find((m) => m.type === 'Agency')?.key;
    if (homeAgency) break;
  }
  // worked out the first time a bare rank asks for it
  let forceKey: string | undefined | null = null;
  const force = () => (forceKey === null ? (forceKey = policeForce(frames, lex)) : forceKey);
  const home = homeAgency ? entities.get(homeAgency) : undefined;
  const homeHeads = homeHeadsOf(home);
  const isProsecutor = (m: Mention) =>
    m.type === 'Agency' && (/attorney|prosecut|justice|procura|parquet|staatsanwalt|openbaar ministerie/i.test(m.label) || ['justice', 'prosecution'].includes(lex.entries.get(m.key)?.kind ?? ''));
  // the prosecuting body named so far; before the first is named, the first the article names at all
  let firstProsecutor: string | undefined;
  for (const f of frames) {
    firstProsecutor = f.mentions.find(isProsecutor)?.key;
    if (firstProsecutor) break;
  }
  const prosecutor: string | undefined = firstProsecutor;
  const mainOperationNamed = !!mainOperation && mainOperation !== unnamedKey;

  // ---- pass 1: structure (partOf, worksFor) for roots and speakers ----
  // one context object per pass, its per-sentence fields updated in place (a fresh copy per sentence cost more than most rules)
  const structureCtx: SentenceContext = { lex, mainOperation, mainOperationNamed, demonymCountry, mentionedKeys, homeAgency, homeHeads, prosecutor, force, year, structureOnly: true };
  const { parentOf, employer } = structurePass(frames, structureCtx);
  const root = (k: string) => {
    let cur = k;
    for (let i = 0; i < 6 && parentOf.has(cur); i++) cur = parentOf.get(cur)!;
    return cur;
  };

  // ---- pass 2: every relation, with the speaker's organisation for "we" ----
  const defendants: string[] = [];
  const suspects: string[] = [];
  const ctx: SentenceContext = {
    lex, mainOperation, mainOperationNamed, demonymCountry, mentionedKeys, homeAgency, homeHeads, prosecutor, force, year,
    marketJustNamed: false, we: undefined, recentMarketOrGroup: undefined, salientMarket: undefined, defendants, suspects, recentPerson: undefined, lastDefendants: undefined, previousPeople: undefined,
  };
  ctx.employers = employer;
  const { proposals, facts, listedParticipants } = readSentences(doc, frames, ctx, { ...factContext(doc, frames, lex, homeAgency, demonymCountry, year), suspect: (k) => suspects[0] === k }, entities, employer, root, isProsecutor);

  addImpliedEntities(entities, proposals, facts, lex);

  // ---- relations: typed, deduplicated, strongest evidence kept ----
  const rels = new Map<string, LocalRelation>();
  for (const { r, f } of proposals) {
    const ev = evidenceOf(doc, f, r.confidence);
    if (r.role) ev.role = r.role;
    addRel(rels, entities, keyOf(r.s), r.p, keyOf(r.o), ev);
  }

  dropCooperationWithParents(rels, lex);
  dropStaffAsSuspects(rels);

  // ---- who took part in the article's operation ----
  if (mainOperation) addParticipants(doc, frames, mainOperation, year, entities, rels, proposals, facts, listedParticipants, lex);

  // ---- facts ----
  const kept: Fact[] = [];
  for (const x of dedupeFacts(facts)) kept.push(mainOperation && !x.operation ? { ...x, operation: mainOperation } : x);

  nameUnnamed(doc, entities, rels, kept, unnamedKey);

  scopeUnits(entities, rels, kept, lex);

  return {
    doc,
    entities: [...entities.values()].sort((a, b) => (a.key < b.key ? -1 : 1)),
    // the map's keys are `s|p|o`: sort by them rather than build the string in every comparison
    relations: [...rels.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map((e) => e[1]),
    facts: kept,
  };
}

/** Adds a mention to the document's entities, or its aliases and one more mention to the entity it names. */
function addEntity(entities: Map<string, LocalEntity>, m: Mention): void {
  let e = entities.get(m.key);
  if (!e) {
    e = { key: m.key, type: m.type, label: m.label, altLabels: [...m.aliases], wikidata: m.wikidata, named: true, mentions: 0 };
    entities.set(m.key, e);
  } else if (!m.fromGazetteer) for (const a of m.aliases) if (!e.altLabels.includes(a)) e.altLabels.push(a);
  e.mentions++;
  const seen = seenName(m.text);
  if (m.type !== 'Person' && !/[()]/.test(seen) && seen !== e.label && !e.altLabels.includes(seen)) e.altLabels.push(seen);
}

/** The operation the article is about, from its sentences' operation mentions (else `unnamedKey` when it tells of one). */
function mainOperationOf(doc: SourceDocument, frames: Frame[], year: () => number | undefined, unnamedKey: string): string | undefined {
  const v = vocab();
  const opCount = new Map<string, number>();
  for (const f of frames) {
    if (!f.mentions.some((m) => m.type === 'Operation') || has(v.re.precedence, f.sentence.text)) continue;
    for (const m of f.mentions) if (m.type === 'Operation') opCount.set(m.key, (opCount.get(m.key) ?? 0) + 1);
  }
  // the article is about a named operation it names early or more than once; one named in passing is context
  const firstAt = new Map<string, number>();
  for (const f of frames) for (const m of f.mentions) if (m.type === 'Operation' && !firstAt.has(m.key)) firstAt.set(m.key, f.index);
  let mainOperation: string | undefined = [...opCount.entries()]
    .filter(([k, n]) => n >= 2 || (firstAt.get(k) ?? 99) < 5)
    .sort((a, b) => b[1] - a[1] || (firstAt.get(a[0]) ?? 0) - (firstAt.get(b[0]) ?? 0))[0]?.[0];
  // else one the article introduces by name ("the investigation, codenamed Operation X", "detectives set up Operation X")
  if (!mainOperation) {
    const naming = cues().namingBefore;
    for (const f of frames) {
      // not one of an earlier year's story ("In 2017 the FBI launched Operation X")
      if (mainOperation || !f.mentions.some((m) => m.type === 'Operation') || has(v.re.precedence, f.sentence.text) || earlierYear(f.sentence.text, year)) continue;
      mainOperation = f.mentions.find((m) => m.type === 'Operation' && naming.test(doc.text.slice(Math.max(f.sentence.start, m.start - 40), m.start)))?.key;
    }
  }
  if (!mainOperation && frames.some((f) => OP_CONTENT.test(f.sentence.text))) mainOperation = unnamedKey;
  return mainOperation;
}

/** The head nouns of the home agency's names ("Customs" of Finnish Customs), capitalised, from its label and aliases. */
function homeHeadsOf(home: LocalEntity | undefined): string[] {
  const v = vocab();
  const homeHeads: string[] = [];
  if (home) {
    for (const n of [home.label, ...home.altLabels]) {
      for (const w of n.split(/\s+/)) if (/^\p{Lu}\p{Ll}/u.test(w) && v.agencyHeads.has(w.toLowerCase()) && !homeHeads.includes(w)) homeHeads.push(w);
    }
  }
  return homeHeads;
}

/** Pass 1 over the sentences that name an agency or a person: each unit's parent and each person's employer. */
function structurePass(frames: Frame[], structureCtx: SentenceContext): { parentOf: Map<string, string>; employer: Map<string, string> } {
  const parentOf = new Map<string, string>();
  const employer = new Map<string, string>();
  for (const f of frames) {
    if (!f.mentions.some((m) => m.type === 'Agency' || m.type === 'Person')) continue;
    for (const r of sentenceRelations(f, structureCtx)) {
      if (r.p === 'partOf' && !parentOf.has(keyOf(r.s))) parentOf.set(keyOf(r.s), keyOf(r.o));
      if (r.p === 'worksFor' && !employer.has(keyOf(r.s))) employer.set(keyOf(r.s), keyOf(r.o));
    }
  }
  return { parentOf, employer };
}

/** What the fact rules need of the document: its currency, evidence, and the place a count is scoped to. */
function factContext(doc: SourceDocument, frames: Frame[], lex: Lexicon, homeAgency: string | undefined, demonymCountry: (word: string) => Mention | undefined, year: () => number | undefined): FactContext {
  let several: boolean | undefined;
  const severalCountries = () => {
    if (several === undefined) {
      const countries = new Set<string>();
      for (const f of frames) for (const m of f.mentions) if (m.type === 'Country') countries.add(m.key);
      several = countries.size >= 2;
    }
    return several;
  };
  return {
    localDollar: LOCAL_DOLLAR.has(documentCountry(frames, lex, homeAgency) ?? ''),
    year,
    evidence: (f) => evidenceOf(doc, f, 0.85),
    mentionAt: (f, offset, types) => f.mentions.find((m) => types.includes(m.type) && m.start >= offset && m.start <= offset + 1),
    scopeOf: (f, offset) => {
      const head = doc.text.slice(f.sentence.start, offset);
      // (the sentence's opening, or the clause's after a semicolon: "…; in the Netherlands, the police arrested 8")
      const semi = head.lastIndexOf(';');
      const from = semi >= 0 ? semi + 1 : 0;
      const opening = /^\s*(?:in|across)\s+(?:the\s+)?/i.exec(head.slice(from));
      if (opening) {
        const m = f.mentions.find((x) => (x.type === 'Country' || x.type === 'Location') && x.start === f.sentence.start + from + opening[0].length);
        if (m) return m;
      }
      const police = /\b(?:police|authorities|officers|investigators|prosecutors|officials)\s+in\s+(?:the\s+)?/gi;
      for (const p of head.matchAll(police)) {
        const m = f.mentions.find((x) => (x.type === 'Country' || x.type === 'Location') && x.start === f.sentence.start + (p.index ?? 0) + p[0].length);
        // "Police in Europe and the US": several places, so a total
        if (m && !/^\s*(?:and|&|,)\s/i.test(doc.text.slice(m.end, m.end + 6))) return m;
      }
      const demonym = /\b(\p{Lu}\p{L}+)\s+(?:police|authorities|officers|investigators|prosecutors|officials|law enforcement)\b/u.exec(head);
      // ("CBŚP officers": an agency's officers say nothing of the place)
      // (only in an article of several countries: in a story about one country, "Czech police detained seven" is the
      // story's total)
      const country = demonym && severalCountries() ? demonymCountry(demonym[1]) : undefined;
      if (country) return country;
      // "… struck at drug crime: in total eight people have been detained": a total, whatever place the sentence names
      if (/\b(?:in\s+total|in\s+all|a\s+total\s+of|altogether|overall)\b/i.test(doc.text.slice(f.sentence.start, offset + 12))) return undefined;
      // "At one address in Grimsby, officers detained two men": the one place the clause is set in
      // (not the seat of a body: "the Regional Prosecutor's Office in Sieradz")
      const places = f.mentions.filter((x) => (x.type === 'Country' || x.type === 'Location') && x.end <= offset && /\b(?:in|at|near)\s+(?:the\s+)?$/i.test(doc.text.slice(Math.max(f.sentence.start, x.start - 12), x.start)) && !f.mentions.some((a) => a.type === 'Agency' && ((a.start <= x.start && a.end >= x.end) || (a.end <= x.start && /^\s+in\s+(?:the\s+)?$/.test(doc.text.slice(a.end, x.start))))));
      if (places.length !== 1 || f.mentions.filter((x) => (x.type === 'Country' || x.type === 'Location') && x.end <= offset).length !== 1) return undefined;
      // where something was said ("At a news conference in Washington, officials said they arrested …") is not where
      return /\b(said|says|told|announced|according|stated|reported)\b/i.test(doc.text.slice(places[0].end, offset)) ? undefined : places[0];
    },
  };
}
/** A list's state while pass 2 reads its items: the context its heading gives, and whether it lists participants. */
interface ListState {
  context: { arrest: boolean; seizure: boolean } | undefined;
  participation: boolean;
}

/** The market or group "the site" stands for: how often each was named, its first mention, the one named most, and how many sentences ago. */
interface MarketState {
  count: Map<string, number>;
  first: Map<string, Mention>;
  recent: Mention | undefined;
  age: number;
}

/**
 * Pass 2: every sentence's relations and counted facts, with the speaker's organisation for "we", the market "the
 * site" stands for and the defendants named so far; and the attributes (identifiers) of the entities named.
 */
function readSentences(
  doc: SourceDocument, frames: Frame[], ctx: SentenceContext, factCtx: FactContext, entities: Map<string, LocalEntity>,
  employer: Map<string, string>, root: (k: string) => string, isProsecutor: (m: Mention) => boolean,
): { proposals: Array<{ r: Proposed; f: Frame }>; facts: Fact[]; listedParticipants: Map<string, Evidence> } {
  // relations need a participant: sentences that name no agency, person, market or group have none
  const RELATIONAL = new Set(['Agency', 'Person', 'Operation', 'Marketplace', 'CriminalGroup']);
  // (a sentence naming two places may say one is in the other: "Kleve in North Rhine-Westphalia")
  const relational = (f: Frame) => f.mentions.some((m) => RELATIONAL.has(m.type)) || placeCount(f) >= 2;
  const proposals: Array<{ r: Proposed; f: Frame }> = [];
  const facts: Fact[] = [];
  let speaker: Mention | undefined;
  let inQuote: boolean = false;
  const list: ListState = { context: undefined, participation: false };
  const listedParticipants = new Map<string, Evidence>();
  const market: MarketState = { count: new Map(), first: new Map(), recent: undefined, age: 99 };
  // the sentence before (for "Inside were …", "The parcels contained …" after a seizure)
  let previous: Frame | undefined;
  const defendants = ctx.defendants!;
  const suspects = ctx.suspects!;
  let recentPerson: string | undefined;
  for (const f of frames) {
    const text = f.sentence.text;
    const quoted: boolean = QUOTE_OPEN.test(text) || inQuote;
    const person = f.mentions.find((m) => m.type === 'Person');
    if (person && (/\b(said|says|added|told|explained)\b/i.test(text) || /:\s*[“"‘]?/.test(text))) speaker = person;
    // (or the office of a prosecutor the sentence names: "…, U.S. Attorney X of the District of Y announced")
    // (not the department a named office belongs to: "… announced by the Department of Justice in Washington" in a
    // U.S. Attorney's release leaves the office the prosecutor)
    const named = lastOf(f.mentions, isProsecutor)?.key;
    const broader = !!named && !!ctx.prosecutor && ancestorOf(ctx.lex, named, ctx.prosecutor);
    ctx.prosecutor = (broader ? undefined : named) ?? (person ? prosecutorEmployer(f, employer, ctx.lex) : undefined) ?? ctx.prosecutor;
    ctx.marketJustNamed = market.age === 1;
    ctx.we = quoted && speaker && employer.has(speaker.key) ? root(employer.get(speaker.key)!) : undefined;
    ctx.recentMarketOrGroup = market.age <= 2 ? market.recent : undefined;
    ctx.salientMarket = market.recent?.type === 'Marketplace' ? market.recent : undefined;
    ctx.recentPerson = recentPerson;
    if (relational(f) || (ctx.recentMarketOrGroup && f.mentions.some((m) => m.type === 'Drug')) || (defendants.length && DEFENDANTS_WORD.test(text)) || (recentPerson && ctx.salientMarket && HE_SHE.test(text))) {
      const group: string[] = [];
      for (const r of sentenceRelations(f, ctx)) {
        proposals.push({ r, f });
        if ((r.p === 'chargedBy' || r.p === 'arrestedBy') && !group.includes(keyOf(r.s))) group.push(keyOf(r.s));
        if ((r.p === 'chargedBy' || r.p === 'arrestedBy') && !defendants.includes(keyOf(r.s))) defendants.push(keyOf(r.s));
        if (/^(?:chargedBy|arrestedBy|operated|vendorOn)$/.test(r.p) && keyOf(r.s).startsWith('person:') && !suspects.includes(keyOf(r.s))) suspects.push(keyOf(r.s));
      }
      if (group.length) ctx.lastDefendants = group;
    }
    recentPerson = lastOf(f.mentions, (m) => m.type === 'Person')?.key ?? recentPerson;
    ctx.previousPeople = person ? [...new Set(f.mentions.filter((m) => m.type === 'Person').map((m) => m.key))] : undefined;
    // a person named with an age ("Michael Phan, 34,") is one the article reports on: a suspect
    for (const m of f.mentions) if (m.type === 'Person' && !suspects.includes(m.key) && AGE_AFTER.test(doc.text.slice(m.end, m.end + 8))) suspects.push(m.key);
    const inherited = listItem(doc, f, list, listedParticipants);
    // "Officers intercepted a parcel. Inside were 1.8 kilograms of cocaine …": what a seized thing held was seized
    // (the sentence before is asked about a seizure only after such an opening: few sentences open so)
    const contents = !!previous && CONTENTS.test(f.sentence.text) && has(vocab().re.seizure, previous.sentence.text);
    const read = [...arrestFacts(f, factCtx, !!inherited?.arrest), ...seizureFacts(f, factCtx, !!inherited?.seizure || contents)];
    // figures of another named operation, which the sentence names ("In 2023, Operation SpecTor led to 288
    // arrests"), are that operation's, not the article's
    const other = read.length ? otherOperation(f, ctx.mainOperation) : undefined;
    for (const x of read) facts.push(other ? { ...x, operation: other } : x);
    previous = f;
    addAttributes(f, entities, market.recent?.type === 'Marketplace' ? market.recent : undefined);
    noteMarkets(f, market);
    // a quote stays open until a sentence ends with a closing quote mark
    const opens = /[“"‘«]/.test(text);
    if (QUOTE_CLOSE.test(text)) inQuote = false;
    else if (opens || quoted) inQuote = quoted || /[“"«]\s*\S/.test(text) || /:\s*[‘']/.test(text);
    if (!quoted && !opens) speaker = person && /\bsaid\b/i.test(text) ? person : speaker;
  }
  return { proposals, facts, listedParticipants };
}

/** The prosecuting office (known to the gazetteer) one of the sentence's people works for, if any. */
function prosecutorEmployer(f: Frame, employer: Map<string, string>, lex: Lexicon): string | undefined {
  for (const m of f.mentions) {
    if (m.type !== 'Person') continue;
    const e = employer.get(m.key);
    const entry = e ? lex.entries.get(e) : undefined;
    if (entry && entry.type === 'Agency' && (entry.kind === 'prosecution' || /attorney['\u2019]s office|prosecut/i.test(entry.label))) return e;
  }
  return undefined;
}

/** How many places (towns, regions, countries) a sentence names. */
function placeCount(f: Frame): number {
  let n = 0;
  for (const m of f.mentions) if (m.type === 'Location' || m.type === 'Country') n++;
  return n;
}

/** Verbs of finding, which make a list after them a list of what was seized */
const FINDING = /\b(?:found|discovered|recovered|uncovered)\b/i;

/** A sentence as an item of a list ("… investigators seized:" then bullets) or its heading: the context the item inherits, if any. */
function listItem(doc: SourceDocument, f: Frame, list: ListState, listedParticipants: Map<string, Evidence>): { arrest: boolean; seizure: boolean } | undefined {
  const v = vocab();
  const text = f.sentence.text;
  // items of a list introduced by "… investigators seized:" / "… arrested in:" inherit its context
  const line = doc.text.slice(lineStart(doc.text, f.sentence.start), f.sentence.end);
  // a fact box: "Arrests worldwide: 270" / "United States: 130" / "Germany: 42"
  const labelValue = line.length < 80 && line.includes(':') && /^[^:]{2,40}:\s*\S/.test(line);
  const bullet = /^\s*(?:[-•*–·▪]|\d+[.)])\s/.test(line) || (labelValue && !!list.context && !has(v.re.arrest, line.split(':')[0]) && !has(v.re.seizure, line.split(':')[0]));
  if (!bullet) {
    const head = labelValue ? line.split(':')[0] : text;
    // a list's heading ends with a colon, or is a short line with no closing punctuation ("Arrests per country")
    const heading = /:\s*$/.test(text) || labelValue || (text.length <= 60 && !/[.!?;,"”’)]\s*$/.test(text));
    // (what searches "found" or "discovered", listed after a colon, was seized: "investigators found a laboratory, plus:")
    list.context = heading ? { arrest: has(v.re.arrest, head), seizure: has(v.re.seizure, head) || FINDING.test(head) } : undefined;
  }
  const inherited = bullet ? list.context : undefined;
  // "The following authorities took part in the operation:" / "Participating countries:" then a list
  // (the first pattern needs a colon)
  if (!bullet) list.participation = (text.includes(':') && /\b(?:took part|taking part|participat\w*|involved|authorities|agencies|partners|countries)\b[^:]*:\s*$/i.test(text)) || /^\s*(?:participating|involved)\s+\w+\s*:?\s*$/i.test(text);
  else if (list.participation) for (const m of f.mentions) if (m.type === 'Agency') listedParticipants.set(m.key, evidenceOf(doc, f, 0.7));
  return inherited;
}

/** Identifiers in a sentence (onion addresses, wallets, handles) as attributes of the entities they belong to. */
function addAttributes(f: Frame, entities: Map<string, LocalEntity>, recentMarket: Mention | undefined): void {
  for (const id of findIdentifiers(f, recentMarket)) {
    const e = entities.get(id.owner.key);
    if (!e) continue;
    e.attributes ??= {};
    const vs = (e.attributes[id.attribute] ??= []);
    if (!vs.includes(id.value)) vs.push(id.value);
    vs.sort();
  }
}

/** "the site", "the market": the market or group the article has named most so far, and how recently it was in view. */
function noteMarkets(f: Frame, market: MarketState): void {
  const text = f.sentence.text;
  for (const m of f.mentions) {
    if (m.type !== 'Marketplace' && m.type !== 'CriminalGroup') continue;
    market.count.set(m.key, (market.count.get(m.key) ?? 0) + 1);
    if (!market.first.has(m.key)) market.first.set(m.key, m);
  }
  const mg = f.mentions.some((m) => m.type === 'Marketplace' || m.type === 'CriminalGroup');
  if (mg) {
    const best = [...market.count.entries()].sort((a, b) => b[1] - a[1])[0][0];
    market.recent = market.first.get(best);
    market.age = 1;
  } else if (market.recent && THE_MARKET.test(text)) market.age = 1; // "the platform had 67,000 transactions" keeps it in view
  else market.age++;
}

/**
 * Entities named only through a relation: countries through a nationality or a demonym ("German authorities
 * arrested three …"), agencies through a person's title, the known parent of a local office named with it,
 * and the place of an arrest count.
 */
function addImpliedEntities(entities: Map<string, LocalEntity>, proposals: Array<{ r: Proposed; f: Frame }>, facts: Fact[], lex: Lexicon): void {
  // countries named only through a nationality or a demonym ("German authorities arrested three …")
  // and agencies named only through a person's title ("U.S. Attorney X of the District of Utah")
  // ("indicted in the Northern District of Ohio": that district's U.S. Attorney's Office)
  for (const { r } of proposals) if ((r.p === 'nationality' || r.p === 'worksFor' || r.p === 'chargedBy') && typeof r.o !== 'string' && !entities.has(r.o.key)) addEntity(entities, r.o);
  // the known parent of a local office named with it ("HSI New York", "Kelowna RCMP")
  for (const { r } of proposals) {
    const e = r.p === 'partOf' && typeof r.o === 'string' && typeof r.s !== 'string' && !r.s.fromGazetteer && !entities.has(r.o) ? lex.entries.get(r.o) : undefined;
    if (e && e.type === 'Agency') addEntity(entities, entryMention(e, e.label));
  }
  for (const x of facts) {
    if (x.kind !== 'ArrestCount' || !x.place || entities.has(x.place)) continue;
    const e = lex.entries.get(x.place);
    if (e) addEntity(entities, entryMention(e, e.label));
  }
}

/** Adds a relation that fits its signature (entities of the document only), keeping the strongest evidence. */
function addRel(rels: Map<string, LocalRelation>, entities: Map<string, LocalEntity>, s: string, p: RelationType, o: string, ev: Evidence): void {
  if (s === o) return;
  const ts = entities.get(s)?.type;
  const to = entities.get(o)?.type;
  if (!ts || !to) return;
  const [dom, ran] = SIGNATURE[p];
  if (!dom.includes(ts) || !ran.includes(to)) return;
  if (SYMMETRIC_RELATIONS.has(p) && s > o) [s, o] = [o, s];
  const id = `${s}|${p}|${o}`;
  const prev = rels.get(id);
  if (!prev || ev.confidence > prev.evidence.confidence) rels.set(id, { s, p, o, evidence: ev });
}

/** Who took part in the article's operation: listed participants, co-operating agencies, agencies of fact sentences, acting officers and speaking officials. */
function addParticipants(
  doc: SourceDocument, frames: Frame[], mainOperation: string, year: () => number | undefined, entities: Map<string, LocalEntity>,
  rels: Map<string, LocalRelation>, proposals: Array<{ r: Proposed; f: Frame }>, facts: Fact[], listedParticipants: Map<string, Evidence>, lex: Lexicon,
): void {
  const v = vocab();
  const typeOf = (k: string) => entities.get(k)?.type;
  const participants = new Map<string, Evidence>(listedParticipants);
  // co-operation read from a sentence about another named operation, or an earlier year, belongs to that one
  const otherOperation = new Set(frames.filter((f) => f.mentions.some((m) => m.type === 'Operation' && m.key !== mainOperation)).map((f) => f.sentence.start));
  for (const r of rels.values()) {
    if (r.p === 'cooperatedWith' && !otherOperation.has(r.evidence.start) && !background(r.evidence.text, year)) {
      for (const k of [r.s, r.o]) if (!participants.has(k)) participants.set(k, { ...r.evidence, confidence: 0.6 });
    }
  }
  const factSentences = new Set(facts.map((x) => x.evidence.start));
  for (const f of frames) {
    if (!factSentences.has(f.sentence.start)) continue;
    const parents = new Set(f.mentions.filter((m) => m.parentKey).map((m) => m.parentKey!));
    for (const m of f.mentions) if (m.type === 'Agency' && !parents.has(m.key) && !participants.has(m.key)) participants.set(m.key, evidenceOf(doc, f, 0.6));
  }
  // agencies whose officers act in the article ("officers of the BKA used these packages")
  for (const f of frames) {
    for (const m of f.mentions) {
      if (m.type !== 'Agency' || participants.has(m.key)) continue;
      if (v.agentsOf.test(f.sentence.text.slice(Math.max(0, m.start - f.sentence.start - 40), m.start - f.sentence.start))) participants.set(m.key, evidenceOf(doc, f, 0.6));
    }
  }
  // agencies whose officials speak for the operation in the article ("…," said FBI Deputy Director X)
  for (const { r, f } of proposals) {
    // (not one who "was not involved in the case")
    if (r.p !== 'worksFor' || typeof r.s === 'string' || !/\b(said|says|told|added|stated|according to)\b/i.test(f.sentence.text) || NOT_INVOLVED.test(f.sentence.text)) continue;
    const k = keyOf(r.o);
    // (a minister's or a commissioner's comment is no part in the operation: ministries and the European Commission)
    if (typeOf(k) === 'Agency' && !participants.has(k) && !ministryLike(lex, k) && k !== 'agency:european-commission') participants.set(k, evidenceOf(doc, f, 0.6));
  }
  // a unit named together with its parent ("US Department of Justice Joint Criminal Opioid Team")
  for (const f of frames) for (const m of f.mentions) if (m.parentKey && participants.has(m.key) && !participants.has(m.parentKey)) participants.set(m.parentKey, participants.get(m.key)!);
  const already = new Set([...rels.values()].filter((r) => r.p === 'participatedIn' || r.p === 'ledBy').map((r) => (r.p === 'ledBy' ? r.o : r.s) + '|' + (r.p === 'ledBy' ? r.s : r.o)));
  for (const [k, ev] of participants) if (!already.has(`${k}|${mainOperation}`)) addRel(rels, entities, k, 'participatedIn', mainOperation, ev);
}

/**
 * Officials do not charge or arrest themselves: "Audrey Strauss, the U.S. Attorney for the Southern District of New
 * York, announced that X was sentenced" reads Strauss as the office's, not as its defendant. A person who works for
 * a body is neither charged nor arrested by it in the same article.
 */
function dropStaffAsSuspects(rels: Map<string, LocalRelation>): void {
  // judges and prosecutors the article names with their title are never its suspects ("… Judge X imposed the
  // sentence … after Y pleaded guilty")
  const bench = new Set<string>();
  for (const r of rels.values()) if (r.p === 'worksFor' && BENCH_ROLE.test(r.evidence.role ?? '')) bench.add(r.s);
  for (const [k, r] of rels) {
    if ((r.p === 'chargedBy' || r.p === 'arrestedBy') && (rels.has(`${r.s}|worksFor|${r.o}`) || bench.has(r.s))) rels.delete(k);
  }
}

/** Titles of those who judge or prosecute */
const BENCH_ROLE = /\b(?:judge|magistrate|justice|prosecutor|attorney)\b/i;

/**
 * A unit does not co-operate with a body it belongs to ("TCEC … on behalf of the Dutch police" when TCEC is
 * part of a unit of the Dutch police): cooperatedWith is dropped between an agency and any of its parents,
 * read from this article's partOf or from the gazetteer.
 */
function dropCooperationWithParents(rels: Map<string, LocalRelation>, lex: Lexicon): void {
  const parents = new Map<string, string[]>();
  for (const r of rels.values()) if (r.p === 'partOf') parents.set(r.s, [...(parents.get(r.s) ?? []), r.o]);
  const ancestors = (k: string): Set<string> => {
    const out = new Set<string>();
    const todo = [k];
    while (todo.length && out.size < 16) {
      const x = todo.pop()!;
      for (const p of [...(parents.get(x) ?? []), lex.entries.get(x)?.parent]) if (p && !out.has(p)) (out.add(p), todo.push(p));
    }
    return out;
  };
  for (const [id, r] of rels) if (r.p === 'cooperatedWith' && (ancestors(r.s).has(r.o) || ancestors(r.o).has(r.s))) rels.delete(id);
}

/** The one named operation a sentence names, when it is not the article's own (undefined otherwise). */
function otherOperation(f: Frame, main: string | undefined): string | undefined {
  let found: string | undefined;
  for (const m of f.mentions) {
    if (m.type !== 'Operation' || m.key.startsWith('operation:unnamed-')) continue;
    if (m.key === main || (found && found !== m.key)) return undefined;
    found = m.key;
  }
  return found;
}

/** The unnamed operation: a label that says what it is, or nothing if nothing hangs on it. */
function nameUnnamed(doc: SourceDocument, entities: Map<string, LocalEntity>, rels: Map<string, LocalRelation>, kept: Fact[], unnamedKey: string): void {
  const unnamed = entities.get(unnamedKey);
  if (unnamed) {
    const used = [...rels.values()].some((r) => r.s === unnamedKey || r.o === unnamedKey) || kept.length > 0;
    if (!used) {
      entities.delete(unnamedKey);
      for (const x of kept) delete x.operation;
    } else {
      const target = [...rels.values()].find((r) => r.s === unnamedKey && r.p === 'targeted');
      const leader = [...rels.values()].find((r) => r.s === unnamedKey && r.p === 'ledBy');
      unnamed.label = target
        ? `operation against ${entities.get(target.o)!.label}`
        : leader
          ? `operation led by ${entities.get(leader.o)!.label}`
          : `operation reported in ${doc.title ?? doc.file}`;
    }
  }
}

/**
 * The police force "police", "detectives" and a bare rank stand for: the force that publishes the article
 * (its name alone on the first line: "NSW Police Force – Media release"), else the only police force the
 * article names (units with a parent do not count).
 */
function policeForce(frames: Frame[], lex: Lexicon): string | undefined {
  // (a local unit of a police force counts: "Kelowna RCMP")
  const isForce = (m: Mention) => m.type === 'Agency' && (!m.parentKey || lex.entries.get(m.parentKey)?.kind === 'police') && (lex.entries.get(m.key)?.kind === 'police' || policeNamed(m.label) || !!m.parentKey);
  const first = frames[0];
  if (first && first.mentions.length && first.mentions.every((m) => m.key === first.mentions[0].key) && isForce(first.mentions[0])) {
    const rest = first.sentence.text.slice(first.mentions[first.mentions.length - 1].end - first.sentence.start);
    if (rest.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length <= 3) return first.mentions[0].key;
  }
  const forces = new Set(frames.flatMap((f) => f.mentions.filter(isForce).map((m) => m.key)));
  return forces.size === 1 ? [...forces][0] : undefined;
}

/**
 * An operation's name followed by another in brackets is one operation under two names, the second a
 * translation ("Operação Abissal 2 (Operation Abyssal 2)"): every mention of the second takes the first's key.
 */
function sameOperations(frames: Frame[]): void {
  const rename = new Map<string, Mention>();
  for (const f of frames) {
    const ms = f.mentions;
    for (let k = 1; k < ms.length; k++) {
      const a = ms[k - 1];
      const b = ms[k];
      if (a.type !== 'Operation' || b.type !== 'Operation' || a.key === b.key || rename.has(a.key)) continue;
      const t = f.sentence.text;
      if (/^\s*["\u201d\u2019']?\s*\(\s*$/.test(t.slice(a.end - f.sentence.start, b.start - f.sentence.start)) && /^\s*(?:\d{1,3}\s*)?\)/.test(t.slice(b.end - f.sentence.start))) rename.set(b.key, a);
    }
  }
  if (!rename.size) return;
  for (const f of frames) {
    for (const m of f.mentions) {
      const to = rename.get(m.key);
      if (!to) continue;
      m.aliases = [...new Set([...m.aliases, m.label])];
      m.key = to.key;
      m.label = to.label;
    }
  }
}

const policeNames = new Map<string, boolean>();
/**
 * The name says it is a police force ("… Police", "Garda"); labels recur across articles, so remembered,
 * each as a copy (a label cut out of an article would keep the article's text alive in the cache).
 */
function policeNamed(label: string): boolean {
  let yes = policeNames.get(label);
  if (yes === undefined) {
    if (policeNames.size > 50000) policeNames.clear();
    policeNames.set(detached(label), (yes = cues().policeName.test(label)));
  }
  return yes;
}

/** The latest year (1990-2099) an article names: when it has no date, the year it was written in, or after. */
function latestYear(text: string): number | undefined {
  let best: number | undefined;
  for (const m of text.matchAll(/\b(?:199\d|20\d\d)\b/g)) if (!best || +m[0] > best) best = +m[0];
  return best;
}

/** A mention's text with runs of white space as one space and a final possessive dropped (most need neither). */
function seenName(text: string): string {
  let plain = true;
  for (let k = 0; k < text.length && plain; k++) {
    const c = text.charCodeAt(k);
    // a run of white space, or white space other than one plain space, needs the replacement
    if (c === 32) plain = !isWhite(text.charCodeAt(k + 1));
    else plain = !isWhite(c);
  }
  const s = plain ? text : text.replace(/\s+/g, ' ');
  const n = s.length;
  return n >= 2 && (s.charCodeAt(n - 1) === 115 && (s.charCodeAt(n - 2) === 39 || s.charCodeAt(n - 2) === 0x2019)) ? s.slice(0, -2) : s;
}

/** JavaScript's \s (NaN, past the end: no). */
function isWhite(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || (c > 127 && (c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff));
}

/** The last item that `test` accepts (as `[...xs].reverse().find(test)`, without the copy). */
function lastOf<T>(xs: T[], test: (x: T) => boolean): T | undefined {
  for (let k = xs.length - 1; k >= 0; k--) if (test(xs[k])) return xs[k];
  return undefined;
}

function lineStart(text: string, at: number): number {
  return text.lastIndexOf('\n', at - 1) + 1;
}

/** Countries whose currency is written "$" but is not the US dollar */
const LOCAL_DOLLAR = new Set(['AU', 'CA', 'NZ', 'SG', 'HK', 'TW', 'JM', 'BS', 'BB', 'TT', 'BZ', 'FJ', 'GY', 'SR', 'LR', 'NA', 'MX', 'AR', 'CL', 'CO', 'UY']);

/** The country an article is from: its first agency's, else the one its known places and bodies name most. */
function documentCountry(frames: Frame[], lex: Lexicon, homeAgency: string | undefined): string | undefined {
  const home = homeAgency ? lex.entries.get(homeAgency)?.country : undefined;
  if (home) return home;
  const count = new Map<string, number>();
  for (const f of frames) {
    for (const m of f.mentions) {
      const c = m.fromGazetteer && m.type !== 'Drug' && m.type !== 'Marketplace' ? lex.entries.get(m.key)?.country : undefined;
      if (c) count.set(c, (count.get(c) ?? 0) + 1);
    }
  }
  let best: string | undefined;
  for (const [c, n] of count) if (!best || n > count.get(best)!) best = c;
  return best;
}

function keyOf(x: Mention | string): string {
  return typeof x === 'string' ? x : x.key;
}

function evidenceOf(doc: SourceDocument, f: Frame, confidence: number): Evidence {
  return { doc: doc.id, text: f.sentence.text, start: f.sentence.start, end: f.sentence.end, confidence: Math.round(confidence * 100) / 100 };
}

/** An acronym a unit is known by ("DICE", "ZIT", "J-CODE") */
const OWN_ACRONYM = /^[\p{Lu}\p{N}-]{2,10}$/u;

/**
 * "IRS Criminal Investigation's New York Field Office" and "the FBI's New York Field Office" in one article are
 * two bodies: a unit the gazetteer does not know, named right after an agency's possessive, is keyed below
 * that agency from the start (scopeUnits below does the same for the rest, once the document is read, when
 * one key can no longer be two units).
 */
function scopePossessiveUnits(frames: Frame[]): void {
  const scoped = new Map<string, Set<string>>();
  for (const f of frames) {
    const ms = f.mentions;
    const between = (x: Mention, y: Mention) => f.sentence.text.slice(x.end - f.sentence.start, y.start - f.sentence.start);
    for (let k = 1; k < ms.length; k++) {
      let a = ms[k - 1];
      let b = ms[k];
      // ("IRS Criminal Investigation's Washington, D.C. Field Office": a place between the body and its unit, which
      // is the place's unit: "Washington, D.C. Field Office")
      if (k >= 2 && (a.type === 'Location' || a.type === 'Country') && ms[k - 2].type === 'Agency' && b.type === 'Agency' && !b.fromGazetteer && /^['\u2019]s\s+$/.test(between(ms[k - 2], a)) && /^\s*,?\s*$/.test(between(a, b))) {
        const label = `${a.text} ${b.label}`;
        b = { ...b, key: `agency:${slug(label)}`, label, aliases: [...b.aliases, b.label] };
        a = ms[k - 2];
      }
      if (b.type !== 'Agency' || b.fromGazetteer || a.type !== 'Agency' || b.key.includes('/')) continue;
      if (ms[k - 1] === a && !/^['\u2019]s\s+$/.test(between(a, b))) continue;
      // (a unit with an acronym of its own, "ERSOU's Darkweb Intelligence, Collection and Exploitation (DICE) team", is
      // known by itself, as in scopeUnits)
      if (b.aliases.some((x) => OWN_ACRONYM.test(x)) || /^\s*\(\s*[\p{Lu}\p{N}-]{2,10}\s*\)/u.test(f.sentence.text.slice(b.end - f.sentence.start))) continue;
      ms[k] = { ...b, key: `agency:${a.key.slice(a.key.indexOf(':') + 1)}/${b.key.slice(b.key.indexOf(':') + 1)}` };
      const keys = scoped.get(b.key) ?? new Set<string>();
      scoped.set(b.key, keys.add(ms[k].key));
    }
  }
  // the same unit named again without its body ("the Cybercrime Squad" after "the State Crime Command's
  // Cybercrime Squad") is that unit, when the article places the name under one body only
  if (!scoped.size) return;
  for (const f of frames) {
    const ms = f.mentions;
    for (let k = 0; k < ms.length; k++) {
      const keys = scoped.get(ms[k].key);
      if (keys && keys.size === 1) ms[k] = { ...ms[k], key: [...keys][0] };
    }
  }
}

/** "<unit> of (the) <parent>" as the sentence writes it, for any of the parent's names; undefined if it does not. */
function wholeName(text: string, unit: string, parent: LocalEntity): string | undefined {
  const lower = text.toLowerCase();
  const u = lower.indexOf(`${unit.toLowerCase()} of `);
  if (u < 0) return undefined;
  for (const name of [parent.label, ...parent.altLabels]) {
    for (const form of [`${unit} of the ${name}`, `${unit} of ${name}`]) {
      const at = lower.indexOf(form.toLowerCase(), u);
      if (at === u) return text.slice(at, at + form.length);
    }
  }
  return undefined;
}

/**
 * Units with generic names ("Cyber Crime Unit") are only identifiable through their parent: give each unit
 * that the text places under a parent (and that is neither in the gazetteer nor has its own acronym) a key
 * below its parent's, so that two bodies' "Cyber Crime Unit"s never merge.
 */
function scopeUnits(entities: Map<string, LocalEntity>, rels: Map<string, LocalRelation>, facts: Fact[], lex: Lexicon): void {
  const rename = new Map<string, string>();
  for (const r of rels.values()) {
    if (r.p !== 'partOf' || r.evidence.confidence < 0.85) continue;
    const e = entities.get(r.s);
    const parent = entities.get(r.o);
    if (!e || !parent || lex.entries.has(e.key) || rename.has(e.key)) continue;
    if (e.altLabels.some((a) => OWN_ACRONYM.test(a))) continue; // has its own acronym
    const local = e.key.slice(e.key.indexOf(':') + 1);
    const parentLocal = parent.key.slice(parent.key.indexOf(':') + 1);
    // (a unit keyed below this parent already, by scopePossessiveUnits, keeps its key)
    if (!local.startsWith(`${parentLocal}/`)) rename.set(e.key, `agency:${parentLocal}/${local}`);
    else rename.set(e.key, e.key);
    // "the Criminal Police Division of the Maribor Police Directorate": the whole name, as written, is a name of the unit
    const whole = wholeName(r.evidence.text, e.label, parent);
    if (whole && !e.altLabels.includes(whole)) e.altLabels = [...e.altLabels, whole];
    const acr = [parent.label, ...parent.altLabels].find((a) => /^[\p{Lu}\p{N}-]{2,8}$/u.test(a));
    // "Cyber Crime Unit" becomes "SEROCU Cyber Crime Unit"; "Ontario RCMP" already names its parent
    // ("Łódź Board of the Central Bureau of Investigation of the Police" names its parent in full)
    if (acr && !e.label.split(/\s+/).some((w) => w.replace(/['\u2019]s?$/, '') === acr) && !e.label.includes(parent.label)) {
      e.altLabels = [...new Set([e.label, `${acr}'s ${e.label}`, ...e.altLabels])];
      e.label = `${acr} ${e.label}`;
    }
  }
  if (!rename.size) return;
  const re = (k: string) => rename.get(k) ?? k;
  for (const [oldKey, newKey] of rename) {
    const e = entities.get(oldKey)!;
    entities.delete(oldKey);
    e.key = newKey;
    entities.set(newKey, e);
  }
  const all = [...rels.values()];
  rels.clear();
  for (const r of all) {
    let s = re(r.s);
    let o = re(r.o);
    if (SYMMETRIC_RELATIONS.has(r.p) && s > o) [s, o] = [o, s];
    rels.set(`${s}|${r.p}|${o}`, { ...r, s, o });
  }
  for (const x of facts) {
    if (x.kind === 'ArrestCount' && x.place) x.place = re(x.place);
    if (x.operation) x.operation = re(x.operation);
  }
}
