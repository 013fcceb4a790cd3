/**
 * darkweb-kg: mention finding. One left-to-right pass per sentence over its tokens that combines
 *   - gazetteer matches (lexicon trie: countries, places, agencies, markets, operations, organisations, drugs),
 *   - acronym definitions ("South East Regional Organised Crime Unit (SEROCU)"),
 *   - capitalised phrases classified by their head noun ("… Police", "… Unit", "… Market", "Operation …"),
 *   - "X called Y" frames ("a group called ‘Weedzy’", "an operation called SpecTor"),
 *   - people: a capitalised name with a title before it or a speech verb or an apposition around it.
 * Names defined once (acronyms, surnames) are remembered for the rest of the document.
 */
import type { EntityClass, Sentence, SourceDocument } from '../types';
import { findAcronymDefs, type AcronymDef } from './acronyms';
import { cues } from './cues';
import { matchAt, matchTitle, TITLE_PREFIXES, type LexEntry, type LexForm, type Lexicon, type TrieMatch } from './lexicon';
import { normToken, tokenize, type Token } from './tokenize';
import { parseNumber } from './numbers';
import { has, vocab, type Vocab } from './vocab';
import { detached } from '../strings';

export interface Mention {
  key: string;
  type: EntityClass;
  label: string;
  aliases: string[];
  wikidata?: string;
  /** token range in the sentence */
  from: number;
  to: number;
  /** character offsets in the document */
  start: number;
  end: number;
  text: string;
  fromGazetteer: boolean;
  /** For names made of a known agency and a unit ("US Department of Justice Joint Criminal Opioid Team"). */
  parentKey?: string;
  /** For people: the title around the name and the agency it names. */
  role?: string;
  roleAgencyKey?: string;
  hasAcronym?: boolean;
}

export interface Frame {
  index: number;
  sentence: Sentence;
  tokens: Token[];
  mentions: Mention[];
  /** lower-cased sentence text, for trigger searches */
  lower: string;
}

export interface MentionResult {
  frames: Frame[];
  /** doc-local alias (normalised tokens joined by ' ') -> mention template */
  aliases: Map<string, Mention>;
}

const TOR_OPERATION = /^\p{Lu}\p{Ll}*(?:\p{Lu}\p{Ll}+)?Tor$/u;
const MARKET_WORD = /^\p{Lu}[\p{L}\p{N}]{2,}(?:market|Market|MARKET)$/u;
/** What MARKET_WORD asks first, without the regex (most capitalised words end otherwise). */
const endsInMarket = (s: string) => s.length >= 9 && (s.endsWith('market') || s.endsWith('Market') || s.endsWith('MARKET'));
/** common words that end in "market" */
const NOT_MARKET_WORD = /^(?:super|hyper|stock|mini|flea|after|down|up|mass|black|new|sub|non|tele|fish|meat|farmers?|euro|bio)market$/i;
const QUOTE_CHARS = new Set(['"', '“', '”', '‘', '’', "'", '«', '»']);
const DARKWEB_CONTEXT = /dark ?web|darknet|dark net|\btor\b|onion|marketplace|cryptomarket/i;

/** Letters NFKD does not take apart: transliterated before the diacritics are dropped ("Łódź" -> "lodz"). */
const UNDECOMPOSED: Record<string, string> = { Ł: 'L', ł: 'l', Ø: 'O', ø: 'o', Đ: 'D', đ: 'd', Ħ: 'H', ħ: 'h', ß: 'ss', Æ: 'AE', æ: 'ae', Œ: 'OE', œ: 'oe', Þ: 'Th', þ: 'th', ı: 'i' };
const UNDECOMPOSED_RE = /[ŁłØøĐđĦħßÆæŒœÞþı]/g;
const slugOf = (s: string) =>
  (UNDECOMPOSED_RE.test(s) ? s.replace(UNDECOMPOSED_RE, (c) => UNDECOMPOSED[c]) : s).normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/['\u2019]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
/**
 * slugOf of names seen before (names recur across articles; a look-up is cheaper than the normalisation).
 * A name is kept as a copy: the name itself is a slice of its article, and would keep the whole text alive
 * as long as the cache holds it (at 100,000 articles, a third of the articles a thread read).
 */
const SLUGS = new Map<string, string>();
export const slug = (s: string) => {
  let r = SLUGS.get(s);
  if (r === undefined) {
    if (SLUGS.size >= 100_000) SLUGS.clear();
    SLUGS.set(detached(s), (r = slugOf(s)));
  }
  return r;
};

export function findMentions(doc: SourceDocument, lex: Lexicon): MentionResult {
  const v = vocab();
  const darkweb = DARKWEB_CONTEXT.test(doc.text);
  const frames: Frame[] = doc.sentences.map((sentence, index) => ({
    index,
    sentence,
    tokens: tokenize(sentence.text, sentence.start),
    mentions: [],
    lower: sentence.text.toLowerCase(),
  }));
  const aliases = new Map<string, Mention>();
  const ctx: Ctx = { frames, countries: undefined, sentenceCountries: new Map(), doc, lex, v, darkweb, aliases, aliasStarts: new Set(), aliasStartsOf: 0, marketShort: new Set(), settledNames: new Set(), townBodies: [], seenKeys: new Set() };

  // 1. acronym definitions anywhere in the document, so uses before the definition resolve too
  const defsByFrame = new Map<number, AcronymDef[]>();
  for (const f of frames) {
    const defs = findAcronymDefs(f.tokens);
    if (defs.length) defsByFrame.set(f.index, defs);
    for (const d of defs) {
      const m = defMention(ctx, f, d);
      if (m) aliases.set(normToken(d.acronym), m);
      // (a long form several bodies share, settled by its acronym, means the same body in the rest of the
      // article: "the Bundeskriminalamt (BK)", then "the Bundeskriminalamt")
      const long = m?.fromGazetteer ? matchAt(lex.root, f.tokens, d.from) : undefined;
      if (m && long && long.to === d.to && long.forms.length > 1) {
        aliases.set(normsOf(f.tokens, d.from, d.to), m);
        ctx.settledNames.add(normsOf(f.tokens, d.from, d.to));
      }
    }
  }

  // 2. scan
  for (const f of frames) {
    const defs = defsByFrame.get(f.index) ?? [];
    const t = f.tokens;
    let i = 0;
    while (i < t.length) {
      const def = defs.length ? defs.find((d) => d.from === i) : undefined;
      if (def) {
        const m = defMention(ctx, f, def);
        if (m) {
          f.mentions.push(m);
          i = m.to;
          continue;
        }
      }
      // a title of several words before a name ("Special Agent in Charge William T. McDermott"): go to the name,
      // which finds its title by looking back
      const te = matchTitle(ctx.lex, t, i);
      // (the title says a person follows: a name that starts like a place, "Pol Gen Anan Sirichai", is one too)
      if (te > i + 1 && t[te]?.cap && (isGivenName(ctx.lex, t[te]) || validNameTokens(ctx, t, te, nameEnd(ctx, t, te, chunk(ctx.v, t, te)), true))) {
        i = te;
        continue;
      }
      // a title, then one name alone: "said Senior Commissioner Suhermanto", "Commissioner Smith of the Met said"
      const one = te > i ? titledSingleName(ctx, f, i, te) : undefined;
      if (one) {
        f.mentions.push(one);
        i = one.to;
        continue;
      }
      const found = scanAt(ctx, f, i, te);
      // a title of several words after a name, then the body ("X, Chief Crown Prosecutor for the CPS", "X, Deputy
      // Superintendent of Police, Varkala"): the title is no part of a name read with it; the body is read on its own
      if (te > i + 1 && t[i - 1]?.text === ',' && found.length && found[0].from === i && !found[0].fromGazetteer && found[0].to >= te && (found[0].type === 'Agency' || found[0].type === 'Person') && (TITLE_THEN_BODY.has(t[te]?.norm ?? '') || t[te]?.text === ',' || te === t.length)) {
        i = te;
        continue;
      }
      if (found.length) {
        f.mentions.push(...found);
        for (const m of found) noteMarketShort(ctx, t, m);
        i = found[0].to;
        for (let k = 1; k < found.length; k++) if (found[k].to > i) i = found[k].to;
        // the "(ACR)" right after a long form is part of the definition, not another mention
        const d = defs.find((x) => x.to === i && !x.reversed);
        if (d) i = d.after;
      } else i++;
    }
    calledFrames(ctx, f);
    appositionFrames(ctx, f);
    marketExamples(ctx, f);
    possessiveUnits(f);
    if (f.lower.includes("'s") || f.lower.includes('\u2019s')) possessiveNamedUnits(ctx, f);
    if (f.lower.includes("'") || f.lower.includes('\u2019')) possessiveLowerUnits(f);
    localOffices(ctx, f);
    placesByContext(ctx, f);
    residentPlaces(ctx, f);
    localityPlaces(ctx, f);
    placeBeforeBody(ctx, f);
    statesNamedLikeCountries(ctx, f);
    agenciesInPlaces(ctx, f);
    for (const m of f.mentions) ctx.seenKeys.add(m.key);
  }
  // 3. a market or group the text defined ("the online drug marketplace Telegrass"), named again anywhere
  repeatedNames(ctx);
  // a name several bodies share, where the article names one of them by a name of its own
  settleSharedNames(ctx);
  // later short references to people ("Van de Coevering:", "said Garland")
  surnameMentions(ctx, frames);
  // 4. "Central Office for Combating Internet Crime (ZIT)" where both names are known: one mention
  for (const f of frames) foldParenthesisedNames(f);
  // "the Portland High Intensity Drug Trafficking Area (HIDTA) Interdiction Task Force": a name, its acronym, then a
  // body's name the gazetteer lacks, is one body
  for (const f of frames) if (f.sentence.text.includes(') ')) acronymInsideBody(f);
  // 5. a letterhead over two lines: "U.S. Attorney's Office" / "Northern District of Illinois"
  for (let k = 1; k < frames.length; k++) joinOfficeHeader(ctx, frames[k - 1], frames[k]);
  // … or on one line, the district after a comma: "U.S. Attorney's Office, Western District of Pennsylvania"
  for (const f of frames) if (f.sentence.text.includes('Office, ')) officeCommaDistrict(ctx, f);
  // 6. bodies named in lower case or by a generic name: the article's agency of that place or name
  townBodiesNamed(ctx);
  genericBodiesNamed(ctx);
  // "U.S. District Court (in Boston)" in a U.S. Attorney's release: the court of the office's district
  districtCourts(ctx);
  for (const f of frames) f.mentions.sort((a, b) => a.from - b.from || b.to - a.to);
  return { frames, aliases };
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const NOT_PLACES = new Set([...MONTHS, ...DAYS, 'christmas', 'easter', 'police']);

/** ISO2 codes of the countries one sentence names (by name or demonym); worked out once per sentence. */
function sentenceCountries(ctx: Ctx, f: Frame): Set<string> {
  const known = ctx.sentenceCountries.get(f);
  if (known) return known;
  const out = new Set<string>();
  ctx.sentenceCountries.set(f, out);
  for (let i = 0; i < f.tokens.length; i++) {
    const tok = f.tokens[i];
    if (!tok.cap) continue;
    const d = ctx.lex.demonyms.get(tok.norm);
    if (d) out.add(ctx.lex.entries.get(d)?.country ?? '');
    const g = matchAt(ctx.lex.root, f.tokens, i);
    if (g) for (const x of g.forms) if (x.entry.type === 'Country' && x.entry.country) out.add(x.entry.country);
  }
  return out;
}

/** ISO2 codes of the countries a document names unambiguously (countries, and places by their country). */
function docCountries(ctx: Ctx): Set<string> {
  if (ctx.countries) return ctx.countries;
  const out = new Set<string>();
  for (const f of ctx.frames) {
    for (let i = 0; i < f.tokens.length; i++) {
      if (!f.tokens[i].cap) continue;
      const g = matchAt(ctx.lex.root, f.tokens, i);
      if (!g) continue;
      for (const x of g.forms) {
        if ((x.entry.type === 'Country' || x.entry.type === 'Location') && x.entry.country && (!x.ambiguous || isAmbiguousOk(ctx, f, i, g.to, x.entry))) out.add(x.entry.country);
      }
      i = g.to - 1;
    }
  }
  return (ctx.countries = out);
}

interface Ctx {
  frames: Frame[];
  countries?: Set<string>;
  sentenceCountries: Map<Frame, Set<string>>;
  doc: SourceDocument;
  lex: Lexicon;
  v: Vocab;
  darkweb: boolean;
  aliases: Map<string, Mention>;
  /** what an alias key may start with (see `mayStartAlias`), and the size of `aliases` when it was last brought up to date */
  aliasStarts: Set<string>;
  aliasStartsOf: number;
  /** short names of markets named in full before ("incognito" after "Incognito Market"), usable as one word */
  marketShort: Set<string>;
  /** one-word names several bodies share that an acronym settled in this article ("Bundeskriminalamt (BK)") */
  settledNames: Set<string>;
  /** bodies read in lower case with their place ("Wrocław police"): the frame, the mention, the place */
  townBodies: Array<{ f: Frame; m: Mention; place: string }>;
  /** keys of the mentions of the sentences scanned so far */
  seenKeys: Set<string>;
}

/** The normalised tokens [from, to) joined by single spaces (as t.slice(from, to).map((x) => x.norm).join(' '), without the arrays). */
function normsOf(t: Token[], from: number, to: number): string {
  let s = '';
  for (let k = from; k < to && k < t.length; k++) s += k > from ? ' ' + t[k].norm : t[k].norm;
  return s;
}

function span(f: Frame, from: number, to: number): string {
  const t = f.tokens;
  return f.sentence.text.slice(t[from].start - f.sentence.start, t[to - 1].end - f.sentence.start);
}

/**
 * The one place a Mention object is made: every field in the same order, undefined where absent, none added later
 * (one hidden class, so the rules' m.type / m.key reads stay monomorphic and optimised code is not thrown away).
 */
export function newMention(
  key: string, type: EntityClass, label: string, aliases: string[], wikidata: string | undefined, from: number, to: number, start: number, end: number,
  text: string, fromGazetteer: boolean, parentKey: string | undefined, role: string | undefined, roleAgencyKey: string | undefined, hasAcronym: boolean | undefined,
): Mention {
  return { key, type, label, aliases, wikidata, from, to, start, end, text, fromGazetteer, parentKey, role, roleAgencyKey, hasAcronym };
}

/** A mention of a gazetteer entry outside any sentence (token range and offsets 0). */
export function entryMention(e: LexEntry, text: string): Mention {
  return newMention(e.key, e.type, e.label, e.aliases, e.wikidata, 0, 0, 0, 0, text, true, undefined, undefined, undefined, undefined);
}

/** A copy of m with other aliases (same shape as every mention). */
function withAliases(m: Mention, aliases: string[]): Mention {
  return newMention(m.key, m.type, m.label, aliases, m.wikidata, m.from, m.to, m.start, m.end, m.text, m.fromGazetteer, m.parentKey, m.role, m.roleAgencyKey, m.hasAcronym);
}

/** A copy of m at another place in the text, with other aliases and role. */
function movedTo(m: Mention, from: number, to: number, start: number, end: number, text: string, aliases: string[], role: string | undefined, roleAgencyKey: string | undefined): Mention {
  return newMention(m.key, m.type, m.label, aliases, m.wikidata, from, to, start, end, text, m.fromGazetteer, m.parentKey, role, roleAgencyKey, m.hasAcronym);
}

function mk(f: Frame, from: number, to: number, e: Omit<Mention, 'from' | 'to' | 'start' | 'end' | 'text'>): Mention {
  return newMention(e.key, e.type, e.label, e.aliases, e.wikidata, from, to, f.tokens[from].start, f.tokens[to - 1].end, span(f, from, to), e.fromGazetteer, e.parentKey, e.role, e.roleAgencyKey, e.hasAcronym);
}

function fromEntry(f: Frame, from: number, to: number, e: LexEntry): Mention {
  return mk(f, from, to, { key: e.key, type: e.type, label: e.label, aliases: e.aliases, wikidata: e.wikidata, fromGazetteer: true });
}

function classOfName(v: Vocab, name: string, headAfter?: string): EntityClass {
  const words = name.split(/\s+/);
  const head = (headAfter ?? words[words.length - 1]).toLowerCase();
  if (v.marketHeads.has(head)) return 'Marketplace';
  if (v.organizationHeads.has(head)) return 'Organization';
  if (v.agencyHeads.has(head) || has(v.agencyKeywords, name)) return 'Agency';
  return 'Organization';
}

/** The entity an acronym definition names (gazetteer entry when the long form is known). */
function defMention(ctx: Ctx, f: Frame, d: AcronymDef): Mention | undefined {
  const { lex, v } = ctx;
  const t = f.tokens;
  let to = d.after;
  let headAfter: string | undefined;
  if (!d.reversed && t[d.after] && !t[d.after].cap && v.unitHeads.has(t[d.after].norm)) {
    headAfter = t[d.after].text;
    to = d.after + 1;
  }
  const longText = span(f, d.from, d.to);
  const g = matchAt(lex.root, t, d.from);
  const known = matchAt(lex.root, t, d.reversed ? d.from - 2 : d.to + 1);
  if (g && g.to === d.to) {
    // (a long form several bodies share: the one the acronym names, "Bundeskriminalamt (BK)" being Austria's)
    const e = (g.forms.length > 1 ? g.forms.find((x) => known?.forms.some((y) => y.entry.key === x.entry.key)) : undefined)?.entry ?? g.forms[0].entry;
    return mk(f, d.from, to, { key: e.key, type: e.type, label: e.label, aliases: [...e.aliases, d.acronym], wikidata: e.wikidata, fromGazetteer: true, hasAcronym: true });
  }
  if (known && known.forms[0].entry.type !== 'Country' && known.to === (d.reversed ? d.from - 1 : d.to + 2) && acronymFits(ctx, known.forms[0].entry, t[d.from].norm)) {
    const e = known.forms[0].entry;
    return mk(f, d.from, to, { key: e.key, type: e.type, label: e.label, aliases: [...e.aliases, longText], wikidata: e.wikidata, fromGazetteer: true, hasAcronym: true });
  }
  // a law is no body: "Controlled Substances Act 1984 (SA)", "Proceeds of Crime Act (POCA)"
  // (and "Narcotic Drugs and Psychotropic Substances (NDPS) Act")
  if (LAW_NAME.test(longText) || (!d.reversed && t[d.after]?.text === 'Act')) return undefined;
  const type = classOfName(v, longText, headAfter);
  const label = headAfter ? `${longText} ${headAfter}` : longText;
  const aliasesList = [d.acronym, ...(headAfter ? [longText, `${d.acronym} ${headAfter}`] : [])];
  return mk(f, d.from, to, {
    key: `${type.toLowerCase()}:${slug(label)}`,
    type,
    label,
    aliases: aliasesList,
    fromGazetteer: false,
    hasAcronym: true,
  });
}

/**
 * Whether a known acronym, defined in the article by a long form the gazetteer does not hold, still names the
 * known body: the long form starts like one of its names ("Drug Enforcement Agency (DEA)"), or the body is of
 * a country the article names, or of none. "Central Investigation Bureau (CIB)" in a Thai story is not Taiwan's
 * Criminal Investigation Bureau: the article's own body.
 */
function acronymFits(ctx: Ctx, e: LexEntry, firstWord: string): boolean {
  if (!e.country || e.country === 'EU' || e.country === 'INT' || docCountries(ctx).has(e.country)) return true;
  const first = (name: string) => normToken(name.split(/\s+/)[0] ?? '');
  return first(e.label) === firstWord || e.aliases.some((a) => first(a) === firstWord);
}

function isAmbiguousOk(ctx: Ctx, f: Frame, from: number, to: number, e: LexEntry): boolean {
  const { v } = ctx;
  const prev = f.tokens[from - 1];
  if (e.type === 'Location' || e.type === 'Country') {
    if (NOT_PLACES.has(f.tokens[from].norm) && to === from + 1) return false;
    const nextTok = f.tokens[to];
    // an ambiguous name that a capitalised word continues is part of another name: a person ("Jordan
    // Keller", "Virginia Smith"), a building ("in Federal Prison")
    if (nextTok?.cap && nextTok.word && !nextTok.upper) return false;
    if (prev && v.placePrepositions.has(prev.norm)) return true;
    // "the Bern cantonal police", "the Cologne public prosecutor's office": a body named by its place, in lower case
    if (nextTok && !nextTok.cap && e.type === 'Location' && PLACE_BODY_AFTER.test(f.sentence.text.slice(f.tokens[to - 1].end - f.sentence.start, f.tokens[to - 1].end - f.sentence.start + 50))) return true;
    // "Ormond Beach, Fla.", "Suffolk, Virginia": a region after a town and a comma
    if (prev?.text === ',' && f.tokens[from - 2]?.cap && (!nextTok || /^[,.;)]$/.test(nextTok.text))) return true;
    // a dateline: "WASHINGTON (AP) —", "LONDON, England —", "The Hague –"
    const next = f.tokens[to];
    if (from === 0 && next && (/^[(–—-]$/.test(next.text) || (next.text === ',' && f.tokens[from].upper))) return true;
    // inside a list of places: "on the Isle of Wight, Portsmouth, Hackney and Walthamstow"
    const before = f.mentions[f.mentions.length - 1];
    return !!prev && (prev.text === ',' || prev.norm === 'and' || prev.norm === 'or') && !!before && before.to === from - 1 && (before.type === 'Location' || before.type === 'Country');
  }
  if (e.type === 'Drug') return /\bdrugs?\b|\bkg\b|kilo|gram|pills?|tablets?|narcotic|sell|sold|seiz|dealing|supply|traffick|substance/i.test(f.sentence.text);
  // a market: a word in the sentence saying so, or the same market read earlier in the article
  if (e.type === 'Marketplace') return /market|marketplace|dark ?web|darknet|site|vendor|platform|shop|servers?\b|administrators?|founder|operators?/i.test(f.sentence.text) || ctx.seenKeys.has(e.key);
  // a name several bodies share ("Justice Department") counts for one whose country the article names, or whose
  // parent body the sentence names ("the Central Criminal Police of the Police and Border Guard Board")
  if (e.type === 'Agency') return (!!e.country && docCountries(ctx).has(e.country)) || (!!e.parent && namesKey(ctx, f, e.parent));
  // an organisation whose name is a common word ("Release", the drugs charity) needs a word saying what it is
  // (or a person's role at it right before: "chief scientist and co-founder of Elliptic")
  if (e.type === 'Organization') {
    const before = f.sentence.text.slice(Math.max(0, f.tokens[from].start - f.sentence.start - 60), f.tokens[from].start - f.sentence.start);
    if (ROLE_AT_ORG.test(before)) return true;
    return !!e.country && docCountries(ctx).has(e.country) && (ORG_CONTEXT.test(f.sentence.text) || (!!e.kind && f.sentence.text.toLowerCase().includes(e.kind)));
  }
  return false;
}

/** Whether the sentence names the gazetteer entry `key` anywhere (by any of its forms). */
function namesKey(ctx: Ctx, f: Frame, key: string): boolean {
  const t = f.tokens;
  for (let i = 0; i < t.length; i++) {
    if (!t[i].cap) continue;
    const g = matchAt(ctx.lex.root, t, i);
    if (g && g.forms.some((x) => x.entry.key === key)) return true;
  }
  return false;
}

/** A body in lower case after a place's name, that says the name is a place (not bare "police": "Jordan police") */
const PLACE_BODY_AFTER = /^\s+(?:(?:(?:public|state|district|regional|chief|senior)\s+)?(?:prosecutor(?:'s|\u2019s)|prosecution)\s+office|(?:cantonal|city|municipal|regional|state|county|district|metropolitan|provincial)\s+police)\b/;

/** What follows a title that is followed by its body ("Chief Crown Prosecutor for the …", "… at the …"). */
const TITLE_THEN_BODY = new Set(['for', 'of', 'at', 'with', 'in']);

/** What scanAt and personAt return for most tokens: one shared empty list, never added to (callers only read it). */
const NO_MENTIONS: Mention[] = [];

/** Mentions starting at token i (possibly several: a parent agency and its unit, a split conjunction). */
/** `titleEnd`: matchTitle at i, which the scan has worked out already. */
function scanAt(ctx: Ctx, f: Frame, i: number, titleEnd: number): Mention[] {
  const { lex, v } = ctx;
  const t = f.tokens;
  const tok = t[i];
  if (!tok.word) return NO_MENTIONS;
  // determiners before a name are not part of it, unless the known name starts with one ("The Hague")
  if (tok.cap && v.determiners.has(tok.norm) && t[i + 1]?.cap) {
    const known = matchAt(lex.root, t, i);
    if (!known || known.to <= i + 1 || !acceptForms(ctx, f, i, known.to, known.forms).length) return [];
  }

  // "said Mr Sinkkonen" after "Hannu Sinkkonen": the honorific is no part of the name, the surname is the person's
  if (tok.cap && HONORIFICS.has(tok.norm)) {
    const at = t[i + 1]?.text === '.' ? i + 2 : i + 1;
    if (t[at] && docAlias(ctx, f, at)?.type === 'Person') return NO_MENTIONS;
  }
  let g = matchAt(lex.root, t, i);
  if (g) {
    const forms = acceptForms(ctx, f, g.from, g.to, g.forms);
    g = forms.length ? { from: g.from, to: g.to, forms } : undefined;
  }
  // a match must not end inside a longer capitalised word sequence of one name ("Kent" in "Kent Police")
  const local = docAlias(ctx, f, i);
  const chunkEnd = tok.cap ? chunk(v, t, i) : i;

  if (chunkEnd > i) {
    const gTo = Math.max(g?.to ?? 0, local?.to ?? 0);
    // ("the official representative of the Ministry of Internal Affairs of Russia Irina Volk": a known body, then a
    // person's name with no comma between; the name is read next)
    const nameAfter = () =>
      !!g && chunkEnd - g.to >= 2 && chunkEnd - g.to <= 3 && g.forms.every((x) => x.entry.type === 'Agency') && isGivenName(lex, t[g.to]) && validNameTokens(ctx, t, g.to, chunkEnd) &&
      ROLE_OF_BEFORE.test(textBefore(f, tok.start).slice(-40));
    if (chunkEnd > gTo && !nameAfter()) {
      const c = classifyChunk(ctx, f, i, chunkEnd);
      if (c.length) return c;
    }
  }
  if (local && local.type === 'Person' && local.to >= chunkEnd) return [local];
  const person = personAt(ctx, f, i, chunkEnd, titleEnd);
  if (person.length) return person;
  if (local && (!g || local.to >= g.to)) return [local];
  if (g && g.forms.every((x) => x.entry.type === 'Drug') && t[i - 1]?.norm === 'than') return []; // "more potent than morphine"
  // "a 2021 Toyota RAV4", "his 2019 Lincoln Navigator": a make of car after a model year, not a place
  if (g && YEAR.test(t[i - 1]?.text ?? '') && OWNER_WORDS.has(t[i - 2]?.norm ?? '') && !!t[g.to]?.cap && g.forms.every((x) => x.entry.type === 'Location')) return [];
  // "US$1.2 million", "5 million US dollars": a currency, not a mention of the country
  if (g && g.forms.every((x) => x.entry.type === 'Country') && (t[g.to]?.text === '$' || t[g.to]?.norm === 'dollars' || t[g.to]?.norm === 'dollar')) return [];
  if (g && g.forms.every((x) => x.entry.type === 'Marketplace') && /^\d+(?:\.\d+)?$/.test(t[g.to]?.text ?? '') && t[g.to].start === t[g.to - 1].end + 1) {
    // a version the gazetteer does not list ("Flugsvamp 3.0") is a market of its own
    const name = span(f, g.from, g.to + 1);
    return [mk(f, g.from, g.to + 1, { key: `marketplace:${slug(name)}`, type: 'Marketplace', label: name, aliases: [], fromGazetteer: false })];
  }
  if (g) {
    // "Atlanta, Georgia", "the Southern District of Georgia": the US state of that name, not the country
    if (g.forms.length === 1 && g.forms[0].entry.type === 'Country' && ((t[i - 1]?.text === ',' && f.mentions.some((m) => m.to === i - 1 && m.type === 'Location' && lex.entries.get(m.key)?.country === 'US')) || (t[i - 1]?.norm === 'of' && t[i - 2]?.norm === 'district') || inUsContext(ctx, f, g.forms[0].entry))) {
      const state = usStateNamed(lex, g.forms[0].entry.label);
      if (state) {
        const m = pickForm(f, g.from, g.to, [state]);
        return [withAliases(m, [...m.aliases, m.text])];
      }
    }
    // names several bodies share: the one of a country the sentence names ("Austria: Federal Criminal Police Office")
    // (one form leaves nothing to choose: the sentence's countries are worked out only for several)
    if (g.forms.length === 1) return [pickForm(f, g.from, g.to, [g.forms[0].entry])];
    // (then the one the article has named already, then one of a country the article names: "the Federal Criminal
    // Police Office" in an Austrian release is Austria's)
    const here = sentenceCountries(ctx, f);
    const rank = (e: LexEntry) => (here.has(e.country ?? '') ? 0 : 4) + (ctx.seenKeys.has(e.key) ? 0 : 2) + (e.country && docCountries(ctx).has(e.country) ? 0 : 1);
    const entries = g.forms.map((x) => x.entry).sort((a, b) => rank(a) - rank(b));
    return [pickForm(f, g.from, g.to, entries)];
  }
  if (tok.cap && ctx.darkweb && tok.text.endsWith('Tor') && TOR_OPERATION.test(tok.text)) return [operationMention(f, i, i + 1, tok.text)];
  // one word ending in "market" in an article about the dark web: "Sipulimarket", "AlphaMarket"
  if (tok.cap && ctx.darkweb && chunkEnd === i + 1 && endsInMarket(tok.text) && MARKET_WORD.test(tok.text) && !NOT_MARKET_WORD.test(tok.text)) {
    return [mk(f, i, i + 1, { key: `marketplace:${slug(tok.text)}`, type: 'Marketplace', label: tok.text, aliases: [], fromGazetteer: false })];
  }
  return NO_MENTIONS;
}

/** The gazetteer forms matched at [from, to) that this context supports. */
function acceptForms(ctx: Ctx, f: Frame, from: number, to: number, forms: LexForm[]): LexForm[] {
  // inside a headline in capitals ("MEDIA RELEASE") only places keep their meaning
  const shouting = f.tokens[from].upper && inCapitalsRun(ctx, f.tokens, from, to);
  // a quoted nickname is not a place: also known as "Sydney"
  const quoted = from > 0 && QUOTE_CHARS.has(f.tokens[from - 1].text);
  // US court districts ("the Northern District of California") name neither a region nor the state
  const t = f.tokens;
  const courtDistrict =
    (t[to - 1]?.norm === 'district' && t[to]?.norm === 'of') || (t[from - 1]?.norm === 'of' && t[from - 2]?.norm === 'district' && ((t[from - 3]?.cap ?? false) || t[from - 2].text === 'District'));
  // a market's name as a person's handle ("under the name Libertas", "known as "Dread Pirate Roberts""): worked out
  // only when a market's form is among those matched
  let handle: boolean | undefined;
  const handleLike = () =>
    (handle ??=
      HANDLE_CUE.test(f.sentence.text.slice(Math.max(0, t[from].start - f.sentence.start - 40), t[from].start - f.sentence.start)) ||
      // (a market's name inside a longer capitalised name: "Dread Pirate Roberts", "the Northeast Kingdom", not in
      // a title-cased headline)
      (((!!t[to]?.cap && t[to].word && !ctx.v.marketHeads.has(t[to].norm) && !ctx.lex.demonyms.has(t[to].norm) && !matchAt(ctx.lex.root, t, to)) ||
        (from > 1 && !!t[from - 1]?.cap && t[from - 1].word && !ctx.lex.demonyms.has(t[from - 1].norm))) &&
        !titleCased(t)));
  const ok = (x: LexForm) =>
    (!x.ambiguous || isAmbiguousOk(ctx, f, from, to, x.entry)) &&
    !(shouting && x.entry.type !== 'Country' && x.entry.type !== 'Location') &&
    !((quoted || courtDistrict) && (x.entry.type === 'Location' || x.entry.type === 'Country')) &&
    !(x.entry.type === 'Marketplace' && handleLike());
  // usually every form is supported: the list itself then, not a copy (callers only read it)
  for (let k = 0; k < forms.length; k++) if (!ok(forms[k])) return forms.filter(ok);
  return forms;
}

/** A model year, and the words before one that make what follows a thing someone has ("a 2021 Toyota") */
const YEAR = /^(?:19|20)\d\d$/;
const OWNER_WORDS = new Set(['a', 'an', 'his', 'her', 'their', 'its']);

/** Words a place's name does not hold, capitalised in a title-cased headline ("Years In Prison") */
const HEADLINE_WORDS = new Set(['in', 'to', 'for', 'at', 'with', 'from', 'by', 'years', 'months', 'year']);
/** A generational suffix after a name: "IV", "Jr" ("Jr." is "Jr" and a full stop to the tokenizer) */
const GENERATION = /^(?:II|III|IV|Jr|Sr)$/;
/** Words before a handle: "under the name", "under the vendor name", "known online as", "nicknamed", "aka" */
const HANDLE_CUE = /\b(?:(?:under|used|using|went\s+by|goes\s+by)\s+the\s+(?:(?:vendor|user|screen|online)\s+)?(?:names?|monikers?|alias(?:es)?|handles?|pseudonyms?|usernames?|nicknames?)|known\s+(?:online\s+)?as|nicknamed|alias|a\.?k\.?a\.?)(?:\s+["'\u2018\u201c]?[\p{L}\p{N}_.-]+["'\u2019\u201d]?(?:\s*,\s*|\s+and\s+|\s+or\s+))*\s*["'\u2018\u201c]?\s*$/iu;

/** An all-capitals word next to other all-capitals words that are no acronym: a headline ("PRESS RELEASE"). */
function inCapitalsRun(ctx: Ctx, t: Token[], from: number, to: number): boolean {
  const shout = (k: number) => {
    const x = t[k];
    const letters = x?.text.replace(/[^\p{L}]/gu, '').length ?? 0;
    if (!x || !x.word || !x.upper || letters < 3) return false;
    if (letters >= 5) return true; // "MEDIA RELEASE", "PRESS RELEASE": no acronym is that long next to another
    const m = matchAt(ctx.lex.root, t, k);
    return !m || !m.forms.some((q) => q.caseSensitive);
  };
  return shout(from - 1) || shout(to);
}

/** The agency among a match's forms (several bodies may share the name): pickForm over them. */
function pickAgency(f: Frame, g: TrieMatch): Mention {
  return pickForm(f, g.from, g.to, g.forms.filter((x) => x.entry.type === 'Agency').map((x) => x.entry));
}

function pickForm(f: Frame, from: number, to: number, entries: LexEntry[]): Mention {
  // prefer agencies over places/countries for the same words ("Kent Police"), then organisations
  const order: EntityClass[] = ['Operation', 'Marketplace', 'Agency', 'Organization', 'Country', 'Location', 'Drug', 'CriminalGroup', 'Person'];
  const e = entries.length === 1 ? entries[0] : [...entries].sort((a, b) => order.indexOf(a.type) - order.indexOf(b.type))[0];
  return fromEntry(f, from, to, e);
}

/**
 * "Federal Criminal Police Office" is Germany's BKA and Austria's BK: in an article that also names one of them by
 * a name only it has ("BK", "Austrian Federal Criminal Police"), every mention of the shared name is that one,
 * wherever it stands (a letterhead before the name is settled, too).
 */
function settleSharedNames(ctx: Ctx): void {
  const shared: Array<{ f: Frame; k: number; keys: LexEntry[] }> = [];
  const own = new Set<string>();
  for (const f of ctx.frames) {
    for (let k = 0; k < f.mentions.length; k++) {
      const m = f.mentions[k];
      if (m.type !== 'Agency' || !m.fromGazetteer) continue;
      const g = matchAt(ctx.lex.root, f.tokens, m.from);
      const entries = g && g.to === m.to ? g.forms.filter((x) => x.entry.type === 'Agency').map((x) => x.entry) : [];
      if (new Set(entries.map((e) => e.key)).size > 1) shared.push({ f, k, keys: entries });
      else own.add(m.key);
    }
  }
  for (const { f, k, keys } of shared) {
    const named = [...new Set(keys.filter((e) => own.has(e.key)))];
    const m = f.mentions[k];
    if (named.length !== 1 || named[0].key === m.key) continue;
    const e = named[0];
    f.mentions[k] = fromEntry(f, m.from, m.to, e);
  }
}

/**
 * A market or a group read from its context once ("the online drug marketplace Telegrass", "a vendor called
 * 'Nightowl'") is the same name wherever else the document writes it, before the definition too (a headline):
 * the same words, capitalised the same way, that no other mention covers. (Not a sentence's first word when the
 * name is one word: "Kingdom" could be any capitalised word there.)
 */
function repeatedNames(ctx: Ctx): void {
  const byFirst = new Map<string, Mention[]>();
  for (const f of ctx.frames) {
    for (const m of f.mentions) {
      if ((m.type !== 'Marketplace' && m.type !== 'CriminalGroup') || m.fromGazetteer || m.to - m.from > 4 || m.label.length < 4 || ctx.v.nonNameWords.has(m.label.toLowerCase())) continue;
      const first = f.tokens[m.from];
      if (!first.cap || m.text !== m.label) continue;
      const list = byFirst.get(first.norm) ?? [];
      if (!list.some((x) => x.key === m.key)) list.push(m);
      byFirst.set(first.norm, list);
    }
  }
  if (!byFirst.size) return;
  for (const f of ctx.frames) {
    const t = f.tokens;
    for (let i = 0; i < t.length; i++) {
      const list = t[i].cap ? byFirst.get(t[i].norm) : undefined;
      if (!list) continue;
      for (const m of list) {
        const n = m.to - m.from;
        if (i + n > t.length || (n === 1 && i === 0) || span(f, i, i + n) !== m.text) continue;
        // (whole words only: "Telegrass" in "Telegrass-style" is no name; nor inside another mention)
        if (t[i + n]?.cap && t[i + n].word) continue;
        if (f.mentions.some((x) => x.start < t[i + n - 1].end && x.end > t[i].start)) continue;
        f.mentions.push(movedTo(m, i, i + n, t[i].start, t[i + n - 1].end, m.text, m.aliases, undefined, undefined));
        i += n - 1;
        break;
      }
    }
  }
}

/** Doc-local alias (acronym defined in this document, a person's surname) at token i. */
function docAlias(ctx: Ctx, f: Frame, i: number): Mention | undefined {
  const t = f.tokens;
  if (!t[i].cap || ctx.aliases.size === 0 || !mayStartAlias(ctx, t[i].norm)) return undefined;
  const keys: string[] = [];
  let key = '';
  for (let n = 1; n <= 4 && i + n <= t.length; n++) keys.push((key = n === 1 ? t[i].norm : `${key} ${t[i + n - 1].norm}`));
  for (let n = keys.length; n >= 1; n--) {
    const m = ctx.aliases.get(keys[n - 1]);
    if (!m) continue;
    if (n === 1 && m.type !== 'Person' && !t[i].upper && !ctx.marketShort.has(keys[0]) && !ctx.settledNames.has(keys[0])) continue;
    return movedTo(m, i, i + n, t[i].start, t[i + n - 1].end, span(f, i, i + n), m.aliases, m.role, m.roleAgencyKey);
  }
  return undefined;
}

/**
 * A body the article defined by an acronym, named again by the first words of its long form and the acronym:
 * "the Yorkshire and Humber Regional Cyber Crime Unit (RCCU)", then "the Yorkshire and Humber RCCU".
 */
function shortenedBody(ctx: Ctx, f: Frame, from: number, to: number): Mention | undefined {
  const t = f.tokens;
  const last = t[to - 1];
  if (to - from < 2 || !last.upper || ctx.aliases.size === 0) return undefined;
  const m = ctx.aliases.get(last.norm);
  if (!m || m.type !== 'Agency') return undefined;
  // the whole name it stands for: the words before the acronym, then the long form the acronym was defined by
  // (compared as slugs, which are cached: no label is tokenized again)
  const whole = slug(`${span(f, from, to - 1)} ${m.label}`);
  for (const g of ctx.frames) {
    for (const x of g.mentions) {
      if (x.type === 'Agency' && slug(x.label) === whole) return movedTo(x, from, to, t[from].start, last.end, span(f, from, to), x.aliases, x.role, x.roleAgencyKey);
    }
    if (g === f) break;
  }
  return undefined;
}

/**
 * Can an alias key start with the token whose norm is `norm`? Most capitalised words start none, and the answer
 * spares them the keys of up to four words. The set holds every prefix of every key that ends before a space (a
 * key is its tokens' norms joined by spaces), rebuilt when the alias map has grown (keys are only ever added).
 */
function mayStartAlias(ctx: Ctx, norm: string): boolean {
  if (ctx.aliasStartsOf !== ctx.aliases.size) {
    ctx.aliasStarts.clear();
    for (const key of ctx.aliases.keys()) {
      for (let sp = key.indexOf(' '); sp >= 0; sp = key.indexOf(' ', sp + 1)) ctx.aliasStarts.add(key.slice(0, sp));
      ctx.aliasStarts.add(key);
    }
    ctx.aliasStartsOf = ctx.aliases.size;
  }
  return ctx.aliasStarts.has(norm);
}

/**
 * "Incognito Market" named in full: later "Incognito" alone is the same market (the words before "Market" /
 * "Marketplace", when they are not a common word the scanner would otherwise read).
 */
function noteMarketShort(ctx: Ctx, t: Token[], m: Mention): void {
  if (m.type !== 'Marketplace' || m.to - m.from < 2 || !/^(?:market|marketplace)$/.test(t[m.to - 1]?.norm ?? '')) return;
  const short = normsOf(t, m.from, m.to - 1);
  if (short.length < 4 || ctx.v.nonNameWords.has(short) || ctx.v.determiners.has(short) || ctx.aliases.has(short)) return;
  ctx.aliases.set(short, m);
  ctx.marketShort.add(short);
}

const OFFICE_HOLDERS = new Set(['sheriff', 'attorney', 'prosecutor', 'marshal', 'coroner', 'commissioner', 'inspector', 'general', 'director', 'governor', 'mayor', 'minister', 'magistrate']);
/** Plural holders before a bare apostrophe: "Supreme Prosecutors' Office", "Westminster Magistrates' Court" */
const PLURAL_HOLDERS = new Set(['prosecutors', 'magistrates', 'attorneys', 'justices', 'commissioners']);

/** End (exclusive) of the capitalised phrase starting at i: capitalised words joined by connectors. */
export function chunk(v: Vocab, t: Token[], i: number): number {
  let j = i;
  let end = i;
  while (j < t.length) {
    const x = t[j];
    if (x.word && x.cap) {
      j++;
      end = j;
      continue;
    }
    // "Montgomery County Sheriff's Office", "U.S. Attorney's Office for …"
    if (end > i && (x.text === "'s" || x.text === '\u2019s') && OFFICE_HOLDERS.has(t[j - 1].norm) && t[j + 1]?.cap) {
      j++;
      continue;
    }
    if (end > i && (x.text === "'" || x.text === '\u2019') && PLURAL_HOLDERS.has(t[j - 1].norm) && t[j + 1]?.cap && t[j + 1].start === x.end + 1) {
      j++;
      continue;
    }
    // (not "the" alone: "For the takedown of Wall Street Market the BKA and the ZIT …" is two names)
    if (end > i && x.word && v.nameConnectors.has(x.norm) && x.norm !== 'the' && t[j + 1]?.word && t[j + 1].cap) {
      j++;
      continue;
    }
    if (end > i && x.word && v.nameConnectors.has(x.norm) && v.nameConnectors.has(t[j + 1]?.norm ?? '') && t[j + 2]?.cap) {
      j += 2;
      continue;
    }
    break;
  }
  return end;
}

function headOf(v: Vocab, t: Token[], from: number, to: number): { head: Token; index: number } {
  for (let k = from + 1; k < to; k++) {
    if ((t[k].norm === 'of' || t[k].norm === 'for') && k > from) {
      // "Federal Bureau of Investigation": the head is the word before "of" when it is a head noun
      if (v.agencyHeads.has(t[k - 1].norm)) return { head: t[k - 1], index: k - 1 };
      break;
    }
  }
  // "Düsseldorf Police Headquarters", "Munich Police Presidium": the police is the head
  if (to - from >= 2 && (t[to - 1].norm === 'headquarters' || t[to - 1].norm === 'presidium') && t[to - 2].norm === 'police') return { head: t[to - 2], index: to - 2 };
  // two-word heads ("Task Force", "Attorney's Office")
  return { head: t[to - 1], index: to - 1 };
}

/** Classify a capitalised phrase [from, to). Returns [] when it names nothing we know how to type.
 * The rules are tried in order; each returns undefined when it does not apply (split so each compiles on its own). */
function classifyChunk(ctx: Ctx, f: Frame, from: number, to: number): Mention[] {
  const { v, lex } = ctx;
  const t = f.tokens;
  while (from < to && v.determiners.has(t[from].norm) && to - from > 1) from++;
  // "(On) Monday the U.S. Attorney's Office": a day or month before a name is no part of it
  if (to - from > 2 && DAY_OR_MONTH.has(t[from].norm) && (t[from + 1].norm === 'the' || t[from + 1].cap)) {
    from++;
    while (from < to && v.determiners.has(t[from].norm) && to - from > 1) from++;
  }
  const text = span(f, from, to);
  // whole phrase known?
  const whole = matchAt(lex.root, t, from);
  if (whole && whole.to === to) {
    const ok = acceptForms(ctx, f, from, to, whole.forms);
    if (ok.length) return [pickForm(f, from, to, ok.map((x) => x.entry))];
  }
  const short = shortenedBody(ctx, f, from, to);
  if (short) return [short];

  // "Carl Mark Force IV", "John Smith Jr": a given name and a generational suffix make a person, whatever the words between
  if (to - from >= 3 && GENERATION.test(t[to - 1].text) && isGivenName(lex, t[from]) && t.slice(from, to).every((x) => x.cap && x.word)) return [personMention(ctx, f, from, to)];
  // "American Andrew Michael Jones": a demonym before a given name says who the person is; the name starts after it
  if (to - from >= 3 && lex.demonyms.has(t[from].norm) && DEMONYM_NOUN.test(t[from].text) && isGivenName(lex, t[from + 1])) return [];
  return (
    titleOrMemberPrefix(ctx, f, from, to) ??
    operationName(ctx, f, from, to, text) ??
    knownNameParts(ctx, f, from, to, text, whole) ??
    conjunction(ctx, f, from, to) ??
    personOrPlaceOrMedia(ctx, f, from, to, text) ??
    localBody(ctx, f, from, to, text) ??
    unitOfBody(ctx, f, from, to) ??
    personOrHeadNoun(ctx, f, from, to, text)
  );
}

/** Chunk rule: a title or "members of" before a name is no part of it (classify what follows). */
function titleOrMemberPrefix(ctx: Ctx, f: Frame, from: number, to: number): Mention[] | undefined {
  const { lex } = ctx;
  const t = f.tokens;
  // "Special Agent in Charge of the IRS": the end of a title the chunk split at "in"
  if (t[from].norm === 'charge' && t[from - 1]?.norm === 'in' && t[from + 1]?.norm === 'of' && to - from >= 3) {
    const r = t[from + 2].norm === 'the' ? from + 3 : from + 2;
    return r < to ? classifyChunk(ctx, f, r, to) : [];
  }
  // a title is no part of an agency's name: "Special Agent-in-Charge of the Chicago Field Office"
  const titleEnd = matchTitle(lex, t, from);
  if (titleEnd > from && titleEnd < to && (t[titleEnd].norm === 'of' || t[titleEnd].norm === 'at')) {
    let r = titleEnd + 1;
    if (t[r]?.norm === 'the') r++;
    return r < to ? classifyChunk(ctx, f, r, to) : [];
  }
  // people or parts of a body are not its name: "Units of the DEA", "Officers of the Garda National Drugs Bureau"
  if (to - from >= 3 && MEMBERS_OF.has(t[from].norm) && t[from + 1].norm === 'of') {
    const r = t[from + 2].norm === 'the' ? from + 3 : from + 2;
    return r < to ? classifyChunk(ctx, f, r, to) : [];
  }
  return undefined;
}

/** Kinds of area a police force is named by after "Police": "Oslo Police District" */
const POLICE_AREAS = new Set(['district', 'region', 'area', 'zone', 'county', 'province', 'prefecture']);

/** "Operation" in English and in the languages releases keep it in (normalised: accents dropped, lower case) */
const OPERATION_WORDS = new Set(['operation', 'operacion', 'operacao', 'operazione', 'operatie', 'operacja', 'operace', 'operacia', 'operasjon', 'operatsiya', 'aktion', 'akcija', 'akcja']);

/** Past-tense verbs of the court and the police that follow a headline's subject ("… Operation Sentenced to …") */
const HEADLINE_VERBS = new Set(['sentenced', 'charged', 'arrested', 'jailed', 'indicted', 'convicted', 'extradited', 'dismantled', 'busted', 'admits', 'pleads', 'gets', 'faces', 'ordered']);

/** Chunk rule: operation names ("Operation X", "Project X", "Strike Force X"). */
function operationName(ctx: Ctx, f: Frame, from: number, to: number, text: string): Mention[] | undefined {
  const { v, lex } = ctx;
  const t = f.tokens;
  // Operation X (or the word in the operation's own language: "Aktion Windsor", "Operazione Dark Mirror"); Australian
  // police name investigations "Strike Force X"
  if (OPERATION_WORDS.has(t[from].norm) && to - from >= 2) {
    // (a quoted name in another language runs to its closing quote, a number included: 'called "Operação Abissal 2"')
    if (t[from].norm !== 'operation' && QUOTE_CHARS.has(t[from - 1]?.text ?? '') && /^\d+$/.test(t[to]?.text ?? '') && QUOTE_CHARS.has(t[to + 1]?.text ?? '')) to++;
    // a title-case headline runs the name into the words after it ("Operation SaboTor Nets More Than 60 Arrests",
    // "Second Operation Targeting Opioid Trafficking"): a known operation's name, else one word, never a verb
    if (titleCased(t)) {
      // ("Leader of Dark Web Drug Trafficking Operation Sentenced to Eight Years": the operation is the trafficking)
      if (/ing$/i.test(t[from + 1].text) || HEADLINE_VERBS.has(t[from + 1].norm)) return [];
      const known = matchAt(lex.root, t, from + 1);
      let end = from + 2;
      if (known && known.forms.some((x) => x.entry.type === 'Operation')) end = known.to;
      // ("Operation Iron Gate Dismantles …": the name's words stop at the headline's verb)
      else while (end < to && end < from + 4 && t[end].word && !/(?:s|ed|ing)$/.test(t[end].text) && !v.nameConnectors.has(t[end].norm)) end++;
      return [operationMention(f, from, end, span(f, from + 1, end))];
    }
    // (in another language the whole name is its label, "Aktion Windsor", the name alone an alias)
    if (t[from].norm !== 'operation') return [withAliases(operationMention(f, from, to, span(f, from, to)), [span(f, from + 1, to)])];
    return [operationMention(f, from, to, span(f, from + 1, to))];
  }
  // Canadian police name investigations "Project X" ("Project GOLDEN", "Project E-Neophile")
  if (t[from].norm === 'project' && to - from >= 2 && (ctx.darkweb || PROJECT_CONTEXT.test(f.sentence.text))) {
    const m = operationMention(f, from, to, text);
    return [withAliases(m, [span(f, from + 1, to)])];
  }
  if (t[from].norm === 'strike' && t[from + 1]?.norm === 'force' && to - from >= 3) {
    const m = operationMention(f, from, to, text);
    return [withAliases(m, [span(f, from + 2, to)])];
  }
  return undefined;
}

/** Words that open a title, not a name: "Acting", "Interim", "Former" */
const ACTING_WORDS = new Set([...TITLE_PREFIXES, 'former']);

/** Chunk rule: a known name and what is around it (a demonym or compass word before it, "and" after it), places by head noun. */
function knownNameParts(ctx: Ctx, f: Frame, from: number, to: number, text: string, whole: ReturnType<typeof matchAt>): Mention[] | undefined {
  const { v, lex } = ctx;
  const t = f.tokens;
  // a known name followed by "and …": let the scanner take the known name and go on after it
  if (whole && whole.to < to && (t[whole.to].norm === 'and' || t[whole.to].norm === '&') && acceptForms(ctx, f, from, whole.to, whole.forms).length) return [];
  // "American Federal Bureau of Investigation", "Austrian Federal Criminal Police Office": a demonym before a known name
  if (to - from >= 2 && ctx.lex.demonyms.has(t[from].norm)) {
    const rest = matchAt(lex.root, t, from + 1);
    if (rest && rest.to === to) {
      const country = ctx.lex.demonyms.get(t[from].norm)!;
      const e = rest.forms.map((x) => x.entry).find((x) => lex.entries.get(country)?.country === x.country) ?? rest.forms[0].entry;
      return [fromEntry(f, from, to, e)];
    }
  }
  // "Acting Drug Enforcement Administration (DEA) Administrator X": a word of a title before a known body's name
  if (to - from >= 2 && ACTING_WORDS.has(t[from].norm)) {
    const rest = matchAt(lex.root, t, from + 1);
    if (rest && rest.to === to && rest.forms.some((x) => x.entry.type === 'Agency')) return [fromEntry(f, from + 1, to, rest.forms.find((x) => x.entry.type === 'Agency')!.entry)];
  }
  // a part of a known place: "South Devon", "Northern California" (the compass word settles an ambiguous name)
  if (to - from >= 2 && COMPASS.has(t[from].norm) && !COMPASS.has(t[from + 1].norm)) {
    const rest = matchAt(lex.root, t, from + 1);
    if (rest && rest.to === to && rest.forms.some((x) => x.entry.type === 'Location' || x.entry.type === 'Country')) {
      return [mk(f, from, to, { key: `location:${slug(text)}`, type: 'Location', label: text, aliases: [], fromGazetteer: false })];
    }
  }
  // places by their head noun: "Montgomery County", "Oregon District", "Dublin Airport" (not "Federal Prison")
  // an Irish or Northern Irish county: "County Down", "County Wicklow"
  if (to - from === 2 && t[from].norm === 'county' && t[from + 1].cap && t[from + 1].word && !v.agencyHeads.has(t[from + 1].norm)) {
    return [mk(f, from, to, { key: `location:${slug(text)}`, type: 'Location', label: text, aliases: [], fromGazetteer: false })];
  }
  // "the Serpukhovsky District of the Moscow Region": two places, the second holding the first
  if (to - from >= 5 && LOCATION_HEADS.has(t[to - 1].norm)) {
    const of = t.slice(from, to).findIndex((x, n) => n >= 2 && x.norm === 'of' && LOCATION_HEADS.has(t[from + n - 1].norm));
    if (of > 0) {
      const k = from + of;
      const right = t[k + 1]?.norm === 'the' ? k + 2 : k + 1;
      const outer = right < to ? classifyChunk(ctx, f, right, to) : [];
      if (k - from >= 2 && outer.length === 1 && (outer[0].type === 'Location' || outer[0].type === 'Country') && t.slice(from, k).every((x) => x.cap && x.word && !v.agencyHeads.has(x.norm))) {
        const inner = span(f, from, k);
        return [mk(f, from, k, { key: `location:${slug(inner)}`, type: 'Location', label: inner, aliases: [], fromGazetteer: false }), ...outer];
      }
    }
  }
  // (not a title-cased headline's words: "Sentenced To 15 Years In Prison")
  if (to - from >= 2 && LOCATION_HEADS.has(t[to - 1].norm) && !(to - from === 2 && GENERIC_MODIFIERS.has(t[from].norm)) && !v.agencyHeads.has(t[to - 2].norm) && t[to]?.norm !== 'of' && !/^(northern|southern|eastern|western|central|middle)$/.test(t[from].norm) && !t.slice(from, to).some((x) => HEADLINE_WORDS.has(x.norm))) {
    return [mk(f, from, to, { key: `location:${slug(text)}`, type: 'Location', label: text, aliases: [], fromGazetteer: false })];
  }
  return undefined;
}

/** Chunk rule: two bodies joined by "and" ("… of São Paulo and of Mato Grosso", "X and Y"). */
function conjunction(ctx: Ctx, f: Frame, from: number, to: number): Mention[] | undefined {
  const { v, lex } = ctx;
  const t = f.tokens;
  // "the Civil Police of São Paulo and of Mato Grosso": two bodies, the second named by the first's head
  const andOf = t.slice(from, to).findIndex((x, n) => x.norm === 'and' && t[from + n + 1]?.norm === 'of');
  if (andOf > 0) {
    const k = from + andOf;
    const of = t.slice(from, k).findIndex((x) => x.norm === 'of');
    const left = of > 0 ? classifyChunk(ctx, f, from, k) : [];
    if (left.length === 1 && left[0].type === 'Agency' && k + 2 < to) {
      const label = `${span(f, from, from + of)} of ${span(f, k + 2, to)}`;
      return [left[0], mk(f, k + 2, to, { key: `agency:${slug(label)}`, type: 'Agency', label, aliases: [], fromGazetteer: false })];
    }
  }
  // conjunction of two names: "Metropolitan Police Service and Hampshire Constabulary"
  const and = t.slice(from, to).findIndex((x) => x.norm === 'and' || x.norm === '&');
  if (and > 0) {
    const k = from + and;
    const left = classifyChunk(ctx, f, from, k);
    const right = classifyChunk(ctx, f, k + 1, to);
    // "… and the Computer Crime Investigation Unit": "the" starts a new name, whatever the left part is
    if (t[k + 1]?.norm === 'the' && right.length) return [...left, ...right];
    // "… the Yorkshire and Humber Regional Cyber Crime Unit and the Kirklees Precision Team": the first "and"
    // is inside a name; a later "and the" between two names splits them the same way
    if (t[k + 1]?.norm !== 'the') {
      for (let j = k + 2; j < to - 2; j++) {
        if (t[j].norm !== 'and' || t[j + 1].norm !== 'the') continue;
        const l = classifyChunk(ctx, f, from, j);
        const r = l.length ? classifyChunk(ctx, f, j + 1, to) : [];
        if (r.length) return [...l, ...r];
      }
    }
    // "… of the Tax Agency and the Austrian police": a demonym before a lower-case noun is another body;
    // the left part is a name of its own and the scanner goes on at "and"
    if (left.length && !right.length && to - k <= 3 && ctx.lex.demonyms.has(t[to - 1].norm) && t[to] && !t[to].cap && t[to].word) return left;
    // "FBI Director Christopher Wray and Acting Administrator Uttam Dhillon of the DEA": two titled people
    if (!right.length && left.some((m) => m.type === 'Person') && matchTitle(lex, t, k + 1) > k + 1) return left;
    // "Headquarters of the Criminal Police and Investigation Service": after "of", a right part made only of
    // agency words names no body of its own; the whole phrase is one name (the head-noun rule takes it)
    if (t[k + 1]?.norm !== 'the' && t.slice(from, k).some((x) => x.norm === 'of') && genericAgencyWords(v, t, k + 1, to)) return undefined;
    const named = (ms: Mention[]) => ms.length > 0;
    if (named(left) && named(right) && (headIsName(v, t, from, k) || left.every((m) => m.fromGazetteer) || left.some((m) => m.type === 'Person'))) return [...left, ...right];
    // "Sipulimarket and Dream Market" in a dark-web article: a name joined to a known market is a market too
    // (the whole is no one market named "… and Dream Market")
    if (!left.length && ctx.darkweb && right.length === 1 && right[0].fromGazetteer && right[0].type === 'Marketplace' && k - from === 1 && !(t[from - 1]?.cap && t[from - 1].word) && t.slice(from, k).every((x) => x.cap && x.word && !v.agencyHeads.has(x.norm) && !v.determiners.has(x.norm))) {
      const name = span(f, from, k);
      return [mk(f, from, k, { key: `marketplace:${slug(name)}`, type: 'Marketplace', label: name, aliases: [], fromGazetteer: false }), ...right];
    }
  }
  return undefined;
}

/** Chunk rule: a person before "of the …", a mail centre (a place), a newsroom (nothing). */
function personOrPlaceOrMedia(ctx: Ctx, f: Frame, from: number, to: number, text: string): Mention[] | undefined {
  const { v, lex } = ctx;
  const t = f.tokens;
  // a person's name before "of the …": "William T. McDermott of the DEA Rocky Mountain Field Division", and
  // after a title: "Acting Administrator Uttam Dhillon of the Drug Enforcement Administration"
  const titled = matchTitle(lex, t, from);
  if (titled > from && titled < to && t[titled].cap && !v.agencyHeads.has(t[titled].norm)) {
    const of = t.slice(titled, to).findIndex((x, n) => n > 0 && x.norm === 'of');
    if (of > 0 && validNameTokens(ctx, t, titled, titled + of)) return [];
  }
  // (or after a speech verb: 'said Ago Leis of the Central Criminal Police', a given name no list holds)
  if (isGivenName(lex, t[from]) || titleEndingAt(ctx, t, from) >= 0 || (!!t[from - 1] && ctx.v.speechVerbs.has(t[from - 1].norm))) {
    const of = t.slice(from, to).findIndex((x, n) => n > 1 && x.norm === 'of');
    if (of > 0 && validNameTokens(ctx, t, from, from + of)) return [];
  }
  // several people before "of the …": "(Detectives) John Smith and Mary Jones of the Metropolitan Police" (the
  // scanner goes on with the body after them)
  const start = titled > from && titled < to ? titled : from;
  if (isGivenName(lex, t[start])) {
    const of = t.slice(start, to).findIndex((x, n) => n > 1 && x.norm === 'of');
    const names = of > 0 ? nameList(ctx, t, start, start + of) : undefined;
    if (names) return names.map(([a, b]) => personMention(ctx, f, a, b, a === start && start > from ? span(f, from, start) : undefined));
  }
  // a street in a person's address is no court (and no place the graph needs): "Gary Davis (30), of Johnstown Court, Kilpedder"
  if (t[to - 1].norm === 'court' && to - from >= 2 && t[from - 1]?.norm === 'of' && t[from - 2]?.text === ',' && t[to]?.text === ',' && t[to + 1]?.cap) {
    const who = t[from - 3];
    if (who && (who.text === ')' || /^\d{1,3}$/.test(who.text) || f.mentions.some((m) => m.type === 'Person' && m.to === from - 2))) {
      return [];
    }
  }
  // a mail centre or a post office is a place: "Adelaide International Mail Centre", "Kochi Foreign Post Office"
  if (to - from >= 2 && /^(?:centre|center|office|hub|facility|depot)$/.test(t[to - 1].norm) && (t[to - 2].norm === 'mail' || t[to - 2].norm === 'post' || t[to - 2].norm === 'sorting' || t[to - 2].norm === 'exchange')) {
    return [mk(f, from, to, { key: `location:${slug(text)}`, type: 'Location', label: text, aliases: [], fromGazetteer: false })];
  }
  // a newsroom or a press office is no law-enforcement body: "Tribune News Service", "Ottawa Valley News Desk"
  if (t.slice(from, to).some((x) => MEDIA_WORDS.has(x.norm)) && /^(?:desk|service|office|centre|center|team|unit|department|bureau)$/.test(t[to - 1].norm)) return [];
  return undefined;
}

/** Chunk rule: a local office or unit of a national body ("HSI New York", "Kelowna RCMP", "Police Directorate Brno"). */
function localBody(ctx: Ctx, f: Frame, from: number, to: number, text: string): Mention[] | undefined {
  const { v, lex } = ctx;
  const t = f.tokens;
  // a police force named by its place and its kind of area: "Oslo Police District", "Skåne Police Region"
  if (to - from >= 3 && t[to - 2].norm === 'police' && POLICE_AREAS.has(t[to - 1].norm) && t.slice(from, to - 2).every((x) => x.cap && x.word)) {
    return [mk(f, from, to, { key: `agency:${slug(text)}`, type: 'Agency', label: text, aliases: [], fromGazetteer: false })];
  }
  // a national body's acronym and a city: its local office ("HSI New York", "FBI Boston")
  if (to - from >= 2 && t[from].upper && t[from].text.length >= 2) {
    const body = matchAt(lex.root, t, from);
    const place = body && body.to === from + 1 ? matchAt(lex.root, t, from + 1) : undefined;
    if (body && place && place.to === to && body.forms.some((x) => x.entry.type === 'Agency') && place.forms.some((x) => x.entry.type === 'Location')) {
      const parent = body.forms.find((x) => x.entry.type === 'Agency')!.entry;
      return [mk(f, from, to, { key: `agency:${slug(text)}`, type: 'Agency', label: text, aliases: [], fromGazetteer: false, parentKey: parent.key })];
    }
  }
  // a place and a national body's acronym: its local unit ("Kelowna RCMP", "Surrey RCMP")
  if (to - from >= 2 && t[to - 1].upper) {
    const place = matchAt(lex.root, t, from);
    const body = matchAt(lex.root, t, to - 1);
    if (place && place.to === to - 1 && place.forms.some((x) => x.entry.type === 'Location') && body && body.to === to && body.forms.some((x) => x.entry.type === 'Agency')) {
      const parent = body.forms.find((x) => x.entry.type === 'Agency')!.entry;
      return [mk(f, from, to, { key: `agency:${slug(text)}`, type: 'Agency', label: text, aliases: [], fromGazetteer: false, parentKey: parent.key })];
    }
  }
  // a body's name that ends in its place: "State Criminal Police Office Burgenland", "Police Directorate Brno"
  if (to - from >= 3) {
    for (let p = to - 1; p >= to - 2 && p > from + 1; p--) {
      const place = matchAt(lex.root, t, p);
      if (!place || place.to !== to || !place.forms.some((x) => x.entry.type === 'Location' || x.entry.type === 'Country')) continue;
      const { head, index } = headOf(v, t, from, p);
      if (index === p - 1 && v.agencyHeads.has(head.norm) && t.slice(from, p).some((x) => x.word && !v.agencyHeads.has(x.norm) && !v.nameConnectors.has(x.norm))) {
        return [mk(f, from, to, { key: `agency:${slug(text)}`, type: 'Agency', label: text, aliases: [], fromGazetteer: false })];
      }
    }
  }
  return undefined;
}

/** Chunk rule: a unit of a larger body ("Postal Intervention Team of the … National Unit"). */
function unitOfBody(ctx: Ctx, f: Frame, from: number, to: number): Mention[] | undefined {
  const { v, lex } = ctx;
  const t = f.tokens;
  // a unit of a larger body: "Postal Intervention Team of the Infrastructure Service of the National Unit"
  const known = matchAt(lex.root, t, from);
  for (let k = from + 1; k < to - 1; k++) {
    if (t[k].norm !== 'of' || !v.agencyHeads.has(t[k - 1].norm)) continue;
    if (known && known.to > k) break; // "Department of Justice …" is one name
    let r = k + 1;
    if (t[r].norm === 'the') r++;
    if (r < to) {
      // "… Unit of the Garda Bureau of Fraud Investigation": the right part is a body of its own ("Technical
      // Unit of Judicial Police", whose right part is only generic words, is one name)
      // (unless either part is a known body: "National Criminal Investigation Service of the National Unit")
      if (matchAt(lex.root, t, from)?.to !== k && matchAt(lex.root, t, r)?.to !== to && t.slice(r, to).every((x) => !x.word || !x.cap || v.agencyHeads.has(x.norm) || v.nameConnectors.has(x.norm) || GENERIC_BODY_WORDS.has(x.norm))) break;
      const left = classifyChunk(ctx, f, from, k);
      const right = left.length ? classifyChunk(ctx, f, r, to) : [];
      if (left.length && right.some((m) => m.type === 'Agency') && left.every((m) => m.type === 'Agency')) return [...left, ...right];
    }
    break;
  }
  // "Main Directorate for Combating Corruption and Organised Crime of the Security Service of Ukraine": a unit
  // named with "for …", then "of" and a body the gazetteer knows, to the end
  if (!known || known.to < to) {
    for (let k = to - 2; k > from + 2; k--) {
      if (t[k].norm !== 'of') continue;
      const r = t[k + 1]?.norm === 'the' ? k + 2 : k + 1;
      const body = r < to ? matchAt(lex.root, t, r) : undefined;
      if (!body || body.to !== to || !body.forms.some((x) => x.entry.type === 'Agency')) continue;
      const { head } = headOf(v, t, from, k);
      if (!v.agencyHeads.has(head.norm) || !t.slice(from, k).some((x) => x.norm === 'for')) break;
      const left = classifyChunk(ctx, f, from, k);
      if (left.length === 1 && left[0].type === 'Agency') return [...left, pickAgency(f, body)];
      break;
    }
  }
  return undefined;
}

/** Chunk rule (last): people with a title inside the phrase, then bodies, markets and organisations by their head noun. */
function personOrHeadNoun(ctx: Ctx, f: Frame, from: number, to: number, text: string): Mention[] {
  const { v, lex } = ctx;
  const t = f.tokens;
  // people with a title inside the phrase ("Detective Inspector Rob Bryant", "FBI Deputy Director Paul Abbate")
  const p = personInChunk(ctx, f, from, to);
  if (p.length) return p;

  const { head, index: headIndex } = headOf(v, t, from, to);
  const words = t.slice(from, to).filter((x) => x.word);
  const content = words.filter((x) => !v.agencyHeads.has(x.norm) && !v.nameConnectors.has(x.norm));
  if (v.agencyHeads.has(head.norm) && content.length > 0 && headIndex === to - 1 || (v.agencyHeads.has(head.norm) && headIndex < to - 1)) {
    if (v.headsNeedingKeyword.has(head.norm) && !has(v.agencyKeywords, text)) return [];
    // a known agency followed by a unit of it
    const prefix = matchAt(lex.root, t, from);
    // (or a known acronym then a body's name: "the OPP Organized Crime Enforcement Bureau")
    if (prefix && prefix.to < to - 1 && t[prefix.to].cap && prefix.forms.some((x) => x.entry.type === 'Agency') && (v.unitHeads.has(head.norm) || (prefix.to === from + 1 && t[from].upper))) {
      const parent = pickAgency(f, prefix);
      const unitKnown = matchAt(lex.root, t, prefix.to);
      const known = unitKnown && unitKnown.to === to ? pickForm(f, prefix.to, to, unitKnown.forms.map((x) => x.entry)) : undefined;
      const unit = known
        ? mk(f, prefix.to, to, { key: known.key, type: known.type, label: known.label, aliases: [...known.aliases, text], wikidata: known.wikidata, fromGazetteer: true, parentKey: parent.key })
        : mk(f, prefix.to, to, { key: `agency:${slug(span(f, prefix.to, to))}`, type: 'Agency', label: span(f, prefix.to, to), aliases: [text, text], fromGazetteer: false, parentKey: parent.key });
      return [parent, unit];
    }
    if (content.length === 0) return [];
    // "Slovak Police Force", "Kenya Police Service": a known force's name and "Force" or "Service"
    if (to - from >= 3 && (t[to - 1].norm === 'force' || t[to - 1].norm === 'service') && t[to - 2].norm === 'police') {
      const stem = matchAt(lex.root, t, from);
      const agencies = stem && stem.to === to - 1 ? stem.forms.filter((x) => x.entry.type === 'Agency' && !x.ambiguous) : [];
      if (agencies.length) return [pickForm(f, from, to, agencies.map((x) => x.entry))];
    }
    const split = partOfBody(ctx, f, from, to, text);
    if (split) return split;
    return [mk(f, from, to, { key: `agency:${slug(text)}`, type: 'Agency', label: text, aliases: [], fromGazetteer: false })];
  }
  // a market's name has a word of its own ("Million Dark Web Marketplace" in a headline has none)
  if (v.marketHeads.has(head.norm) && ctx.darkweb && content.some((x) => !v.nonNameWords.has(x.norm)) && to - from >= 2) {
    const bare = span(f, from, to - 1);
    return [mk(f, from, to, { key: `marketplace:${slug(bare)}`, type: 'Marketplace', label: text, aliases: [bare], fromGazetteer: false })];
  }
  if (v.organizationHeads.has(head.norm) && to - from >= 2) {
    return [mk(f, from, to, { key: `organization:${slug(text)}`, type: 'Organization', label: text, aliases: [], fromGazetteer: false })];
  }
  return [];
}

/** Nouns of a body's part that are no body's head on their own ("the Łódź Board of the …", "the Forensic Laboratory of the …"). */
const PART_NOUNS = new Set(['board', 'laboratory', 'lab']);

/**
 * "Łódź Board of the Central Bureau of Investigation of the Police", "Forensic Laboratory of the Warsaw
 * Metropolitan Police Headquarters": a named part whose noun heads no body on its own, "of the", then a body
 * (known, or named by its own head noun). The part keeps the whole name; the body is read too. (A part with a
 * body's head noun, "Cyber Crime Unit of the X Police", is split by unitOfBody.)
 */
function partOfBody(ctx: Ctx, f: Frame, from: number, to: number, text: string): Mention[] | undefined {
  const { v, lex } = ctx;
  const t = f.tokens;
  let k = from + 2;
  while (k < to - 1 && t[k].norm !== 'of') k++;
  if (k >= to - 1 || !PART_NOUNS.has(t[k - 1].norm)) return undefined;
  // the part has a word of its own: "Criminal Division of …", not "Department of …" nor "Bureau of Investigation"
  if (!t.slice(from, k - 1).some((x) => x.word && !v.agencyHeads.has(x.norm) && !v.nameConnectors.has(x.norm) && !v.determiners.has(x.norm))) return undefined;
  const b = t[k + 1].norm === 'the' ? k + 2 : k + 1;
  if (b >= to || !t[b].cap) return undefined;
  const known = matchAt(lex.root, t, b);
  let parent: Mention | undefined;
  if (known && known.to === to && known.forms.some((x) => x.entry.type === 'Agency')) {
    parent = pickAgency(f, known);
  } else if (!known || known.to < to) {
    const { head, index } = headOf(v, t, b, to);
    const own = t.slice(b, to).some((x) => x.word && !v.agencyHeads.has(x.norm) && !v.nameConnectors.has(x.norm));
    if (!v.agencyHeads.has(head.norm) || !own || (index < to - 1 && t[index + 1].norm !== 'headquarters' && t[index + 1].norm !== 'of')) return undefined;
    const body = span(f, b, to);
    parent = mk(f, b, to, { key: `agency:${slug(body)}`, type: 'Agency', label: body, aliases: [], fromGazetteer: false });
  }
  if (!parent) return undefined;
  const unit = mk(f, from, k, { key: `agency:${slug(text)}`, type: 'Agency', label: text, aliases: [], fromGazetteer: false, parentKey: parent.key });
  return [unit, parent];
}

/** a person's role at an organisation, right before its name */
const ROLE_AT_ORG = /\b(?:founder|co-founder|ceo|cto|chief\s+\w+(?:\s+officer)?|director|head|researcher|analyst|scientist|spokes(?:man|woman|person)|manager|president|partner)(?:\s+(?:and|&)\s+[\w-]+(?:\s+[\w-]+)?)?\s+(?:of|at)\s+(?:the\s+)?$/i;
/** Words that say a name is an organisation's */
const ORG_CONTEXT = /\b(?:charity|charities|organi[sz]ations?|group|campaign(?:ers)?|foundation|company|firm|NGO|non-profit|nonprofit)\b/i;
/** Words before a place no gazetteer lists: "a native of", "residents of", "the town of", "in the village of" */
const PLACE_CONTEXT = /\b(?:natives?\s+of|residents?\s+of|(?:town|village|city|municipality|suburb|hamlet|port)\s+of)\s+$|,\s*\d{1,3},\s+of\s+$/i;
/** "the district of X" in lower case only ("the Southern District of New York" is a court's) */
const LOWER_AREA_OF = /\b(?:district|region|province|county|canton|commune)\s+of\s+$/;

/** "Kingsland, Georgia": after a town of the country a state is named in, a country's name is that state. */
function statesNamedLikeCountries(ctx: Ctx, f: Frame): void {
  const ms = f.mentions;
  const t = f.tokens;
  for (let k = 0; k < ms.length; k++) {
    const m = ms[k];
    if (m.type !== 'Country') continue;
    const state = usStateNamed(ctx.lex, m.label);
    if (!state || t[m.from - 1]?.text !== ',' || !t[m.from - 2]?.cap) continue;
    // the town before is one of that country's, or a town the gazetteer does not know in an article naming it
    const town = ms.find((x) => x.to === m.from - 1);
    const townCountry = town?.type === 'Location' ? ctx.lex.entries.get(town.key)?.country : undefined;
    if (townCountry ? townCountry !== state.country : town || !docCountries(ctx).has(state.country!)) continue;
    ms[k] = fromEntry(f, m.from, m.to, state);
  }
}

/** Last words of street names */
const STREET_WORDS = new Set(['way', 'road', 'street', 'avenue', 'lane', 'drive', 'close', 'crescent', 'place', 'rise', 'terrace', 'grove', 'gardens', 'walk', 'row', 'court', 'boulevard', 'parade', 'mews', 'square']);

/** The tokens [from, to) that cover the document offsets [start, end) exactly; undefined if no token boundary fits. */
function tokensOf(f: Frame, start: number, end: number): [number, number] | undefined {
  const from = f.tokens.findIndex((y) => y.start === start);
  const to = f.tokens.findIndex((y) => y.end === end) + 1;
  return from < 0 || to <= from ? undefined : [from, to];
}

/** A place of the text's own naming at tokens [from, to), put among the frame's mentions in order. */
function addPlace(f: Frame, from: number, to: number): void {
  const name = span(f, from, to);
  const m = mk(f, from, to, { key: `location:${slug(name)}`, type: 'Location', label: name, aliases: [], fromGazetteer: false });
  const at = f.mentions.findIndex((y) => y.from > from);
  f.mentions.splice(at < 0 ? f.mentions.length : at, 0, m);
}

/** "the Alam Bagh area of Lucknow", "the Aranjuez neighbourhood in Medellín": a locality named before such a noun (group 1) */
const LOCALITY_BEFORE = /\bthe\s+((?:\p{Lu}[\p{L}'\u2019-]*\s+){1,3})(?:area|neighbou?rhood|locality|suburb|quarter)\s+(?:of|in)\s+\p{Lu}/gu;
/** What LOCALITY_BEFORE needs in the lower-cased sentence, tested first (few sentences have it) */
const LOCALITY_WORD = /\b(?:area|neighbou?rhood|locality|suburb|quarter)\s+(?:of|in)\s/;
/** "Milan's Malpensa airport": an airport named in lower case (group 1: its name) */
const AIRPORT = /\b(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)\s+airport\b/gu;
/** "raided eight places in A, B, C and D": the places of a raid (the list follows) */
const RAID_PLACES = /\b(?:raided|raids?|searched|searches|search\s+warrants)\b[^.;:]{0,40}?\bin\s+(?=\p{Lu})/gu;

/** Places named only by such a frame: unknown localities, airports and the places of a raid listed by name. */
function localityPlaces(ctx: Ctx, f: Frame): void {
  const text = f.sentence.text;
  const spans: Array<[number, number]> = [];
  if (LOCALITY_WORD.test(f.lower)) for (const x of text.matchAll(LOCALITY_BEFORE)) spans.push([(x.index ?? 0) + x[0].indexOf(x[1]), (x.index ?? 0) + x[0].indexOf(x[1]) + x[1].trimEnd().length]);
  // (not the end of a longer name: "Charles de Gaulle airport")
  if (text.includes('airport')) for (const x of text.matchAll(AIRPORT)) if (!/\b(?:de|da|del|du|des|di|van|von|la|le)\s+$/.test(text.slice(0, x.index))) spans.push([x.index ?? 0, (x.index ?? 0) + x[0].length]);
  if (/raid|search/i.test(text)) {
    for (const x of text.matchAll(RAID_PLACES)) {
      // a list of two or more capitalised names, by ", " and " and "
      const list: Array<[number, number]> = [];
      const item = /^((?:\p{Lu}[\p{L}'\u2019-]*)(?:\s+\p{Lu}[\p{L}'\u2019-]*){0,2})(\s*,\s*(?:and\s+)?|\s+and\s+)?/u;
      let at = (x.index ?? 0) + x[0].length;
      for (let n = 0; n < 12; n++) {
        const m = item.exec(text.slice(at));
        if (!m) break;
        list.push([at, at + m[1].length]);
        if (!m[2]) break;
        at += m[0].length;
      }
      if (list.length >= 2) spans.push(...list);
    }
  }
  if (!spans.length) return;
  const base = f.sentence.start;
  for (const [a, b] of spans) {
    const range = tokensOf(f, base + a, base + b);
    if (!range) continue;
    const [from, to] = range;
    if (f.tokens.slice(from, to).some((w) => ctx.v.determiners.has(w.norm) || ctx.v.agencyHeads.has(w.norm) || ctx.lex.demonyms.has(w.norm))) continue;
    // known names stay as they are ("in Milan and Turin"); only words no mention covers become a place
    if (f.mentions.some((m) => m.from < to && m.to > from)) continue;
    addPlace(f, from, to);
  }
}

/**
 * "the Frankfurt am Main Customs Investigation Office": a known place whose name has a word in lower case ("am",
 * "de", "upon"), which the capitalised run of a name stops at, right before a body's name the gazetteer does not
 * know: one body, named with its place.
 */
function placeBeforeBody(ctx: Ctx, f: Frame): void {
  const ms = f.mentions;
  for (let k = 0; k + 1 < ms.length; k++) {
    const a = ms[k];
    const b = ms[k + 1];
    if (a.type !== 'Location' || b.type !== 'Agency' || b.fromGazetteer || b.parentKey || b.from !== a.to) continue;
    if (!f.tokens.slice(a.from, a.to).some((x) => x.word && !x.cap)) continue;
    const label = `${a.text} ${b.text}`;
    const g = matchAt(ctx.lex.root, f.tokens, a.from);
    ms.splice(k, 2, g && g.to === b.to && g.forms[0].entry.type === 'Agency' ? fromEntry(f, a.from, b.to, g.forms[0].entry) : mk(f, a.from, b.to, { key: `agency:${slug(label)}`, type: 'Agency', label, aliases: [], fromGazetteer: false }));
  }
}

/** "a 23-year-old Railway Estate man", "a 21-year-old Townsville City woman": where the person lives, a place (Australian and British police style) */
const RESIDENT_OF_PLACE = /\b\d{1,3}-year-old\s+((?:\p{Lu}[\p{L}'\u2019.-]*\s+){1,3})(?:man|woman|boy|girl|teenager|youth|resident|local)\b/gu;

function residentPlaces(ctx: Ctx, f: Frame): void {
  const text = f.sentence.text;
  if (!text.includes('-year-old ')) return;
  const base = f.sentence.start;
  for (const x of text.matchAll(RESIDENT_OF_PLACE)) {
    const start = base + (x.index ?? 0) + x[0].indexOf(x[1]);
    const range = tokensOf(f, start, start + x[1].trimEnd().length);
    if (!range) continue;
    const [from, to] = range;
    // ("a 34-year-old Australian man", "a 40-year-old Dutch National Police officer"): a nationality, or a body
    if (f.tokens.slice(from, to).some((w) => ctx.lex.demonyms.has(w.norm) || ctx.v.agencyHeads.has(w.norm) || ctx.v.determiners.has(w.norm) || !w.word)) continue;
    const inside = f.mentions.filter((m) => m.from < to && m.to > from);
    // a known place as a whole, or a mention reaching past the words, stays as it is
    if (inside.some((m) => m.from < from || m.to > to || (m.from === from && m.to === to) || m.type !== 'Location')) continue;
    f.mentions = f.mentions.filter((y) => !inside.includes(y));
    addPlace(f, from, to);
  }
}

/** "a native of Muvattupuzha", "the village of Kinglake": an unknown capitalised name after such words is a place. */
function placesByContext(ctx: Ctx, f: Frame): void {
  const t = f.tokens;
  const text = f.sentence.text;
  const base = f.sentence.start;
  if (!/\bof\s+\p{Lu}/u.test(text)) return;
  for (let i = 1; i < t.length; i++) {
    const head = text.slice(Math.max(0, t[i].start - base - 30), t[i].start - base);
    if (!t[i].cap || t[i - 1].norm !== 'of' || !(PLACE_CONTEXT.test(head) || LOWER_AREA_OF.test(head))) continue;
    let to = i + 1;
    while (to < t.length && to < i + 3 && t[to].cap && t[to].word) to++;
    if (f.mentions.some((m) => m.from < to && m.to > i)) continue;
    if (t.slice(i, to).some((x) => ctx.v.agencyHeads.has(x.norm) || ctx.v.determiners.has(x.norm))) continue;
    // (a street is an address, no place of the graph: "Toby Woods, 36, of Rowland Way, Aylesbury")
    if (STREET_WORDS.has(t[to - 1].norm)) continue;
    addPlace(f, i, to);
  }
}

/**
 * "the public prosecutor's office in Brescia", "the Cologne public prosecutor's office", "the Mannheim
 * prosecutors", "the Aargau cantonal police", "Leipzig police": a body in lower case, named by its place
 */
const OFFICE_BEFORE_PLACE = /\b((?:(?:public|state|district|regional|chief|federal|senior)\s+)?(?:prosecutor(?:'s|s'|\u2019s)?|prosecution)\s+office|(?:public\s+)?prosecutors|(?<=\bthe\s)police)\s+(?:in|of|at)\s+$/i;
const OFFICE_AFTER_PLACE = /^\s+((?:(?:public|state|district|regional|chief|federal|senior)\s+)?(?:prosecutor(?:'s|s'|\u2019s)?|prosecution)\s+office|(?:public\s+)?prosecutors(?!['\u2019])|(?:cantonal|city|municipal|regional|state|county|district|metropolitan|local|criminal|provincial|tourism)\s+police|police)\b/i;

/** After "prosecutors in <place>": a charge they brought ("… have charged", "… indicted") */
const CHARGE_AFTER = /^\s+(?:(?:have|had|has)\s+)?(?:also\s+)?(?:charged|indicted|accused|prosecuted|filed|brought)\b/i;

/** An office or a police force written in lower case and named by its place is an agency ("Public Prosecutor's Office in Brescia"). */
function localOffices(ctx: Ctx, f: Frame): void {
  const lex = ctx.lex;
  const ms = f.mentions;
  const text = f.sentence.text;
  const base = f.sentence.start;
  if (!f.lower.includes('prosecut') && !f.lower.includes('police')) return;
  const cap = (w: string) => w.replace(/\b\p{Ll}/gu, (c) => c.toUpperCase()).replace(/['\u2019]S\b/, "'s");
  for (let k = 0; k < ms.length; k++) {
    const place = ms[k];
    if (place.type !== 'Location') continue;
    const before = OFFICE_BEFORE_PLACE.exec(text.slice(Math.max(0, place.start - base - 60), place.start - base));
    const after = before ? null : OFFICE_AFTER_PLACE.exec(text.slice(place.end - base, place.end - base + 50));
    const words = (before ?? after)?.[1];
    if (!words || /\p{Lu}/u.test(words.replace(/^./, ''))) continue; // a capitalised name is read by the scanner
    // the forms new to this rule in lower case only ("Newtown Police Station" is a building), and bare "police"
    // only after a town ("Leipzig police"; "Pará police" are a state's, known by another name)
    const office = /office$/i.test(words);
    // where the words before the place start in the sentence
    const wordsAt = before ? place.start - base - before[0].length : -1;
    // ("prosecutors in Sacramento" are a US attorney's or a district attorney's, which the words do not tell apart;
    // "federal prosecutors" too)
    // (and only as the subject of a charge: "prosecutors in Frankfurt said" quotes a source, it names no party)
    if (before && /prosecutors$/i.test(words) && (lex.entries.get(place.key)?.country === 'US' || /\bfederal\s+$/i.test(text.slice(Math.max(0, wordsAt - 9), wordsAt)) || !CHARGE_AFTER.test(text.slice(place.end - base, place.end - base + 30)))) continue;
    // ("Prosecutors in Vienna …": capitalised as a sentence's first word)
    const first = wordsAt === 0;
    if (!office && words !== words.toLowerCase() && !(first && words.slice(1) === words.slice(1).toLowerCase())) continue;
    if (words.toLowerCase() === 'police' && !/^(?:city|borough)$/.test(lex.entries.get(place.key)?.kind ?? '')) continue;
    const start = before ? place.start - (text.slice(0, place.start - base).length - text.slice(0, place.start - base).lastIndexOf(words)) : place.start;
    const end = before ? place.end : place.end + after![0].length;
    if (ms.some((m) => m !== place && m.start < end && m.end > start)) continue;
    const from = f.tokens.findIndex((x) => x.start >= start);
    const to = f.tokens.findIndex((x) => x.end >= end) + 1;
    if (from < 0 || to <= from) continue;
    // ("the Mannheim prosecutors" is the Mannheim Public Prosecutor's Office)
    const plural = /prosecutors$/i.test(words);
    // ("prosecutors in Vienna" too; "the police in Bergen" is the Bergen police)
    const label = plural ? `${place.text} Public Prosecutor's Office` : before && /^police$/i.test(words) ? `${place.text} Police` : before ? `${cap(words)} in ${place.text}` : `${place.text} ${cap(words)}`;
    const m = mk(f, from, to, { key: `agency:${slug(label)}`, type: 'Agency', label, aliases: plural ? [before ? `${words} in ${place.text}` : `${place.text} ${words}`] : [], fromGazetteer: false });
    ms.splice(k, 0, m);
    ctx.townBodies.push({ f, m, place: place.text });
    k++;
  }
  // a town no gazetteer lists, before a prosecutor's office or a police force in lower case: "the Bobigny public
  // prosecutor's office", "the Brugg-Zurzach public prosecutor's office", "the Varkala tourism police"
  const offices = f.lower.includes("prosecutor's office") || f.lower.includes('prosecutor\u2019s office');
  if (!offices && !(f.lower.includes(' police') && KIND_POLICE.test(f.lower))) return;
  for (const x of text.matchAll(offices ? TOWN_OFFICE : TOWN_POLICE)) {
    const start = base + (x.index ?? 0);
    const end = start + x[0].length;
    if (ms.some((m) => m.start < end && m.end > start) || lex.entries.has(`agency:${slug(x[1])}`) || ctx.v.determiners.has(x[1].toLowerCase()) || lex.demonyms.has(normToken(x[1]))) continue;
    const from = f.tokens.findIndex((y) => y.start >= start);
    const to = f.tokens.findIndex((y) => y.end >= end) + 1;
    // (not a sentence's first word, nor inside a longer name; "The Bobigny …" is fine; a police force only
    // after "the": "the Varkala tourism police", not "Smith city police")
    const prev = f.tokens[from - 1];
    if (from <= 0 || to <= from || !prev.word || (prev.cap && !ctx.v.determiners.has(prev.norm)) || (!offices && prev.norm !== 'the')) continue;
    const label = offices ? `${x[1]} Public Prosecutor's Office` : `${x[1]} ${cap(x[2])} Police`;
    const m = mk(f, from, to, { key: `agency:${slug(label)}`, type: 'Agency', label, aliases: [x[0]], fromGazetteer: false });
    const at = ms.findIndex((y) => y.start > start);
    ms.splice(at < 0 ? ms.length : at, 0, m);
  }
}

/** An unknown capitalised name, then "public prosecutor's office" in lower case (group 1: the name) */
const TOWN_OFFICE = /(?<![\p{L}-])(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)\s+(?:public\s+)?prosecutor['\u2019]s\s+office\b/gu;
/** Kinds of police force a town's name comes before, in lower case ("the Varkala tourism police") */
const POLICE_KINDS = 'cantonal|city|municipal|metropolitan|provincial|regional|district|county|state|tourism';
/** What TOWN_POLICE needs, in the lower-cased sentence (a cheap test before the Unicode pattern) */
const KIND_POLICE = new RegExp(`(?:${POLICE_KINDS}) police`);
/** An unknown capitalised name, then a kind of police force in lower case (group 1: the name, group 2: the kind) */
const TOWN_POLICE = new RegExp(`(?<![\\p{L}-])(\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?)\\s+(${POLICE_KINDS})\\s+police\\b`, 'gu');

/**
 * "Wrocław police" is the article's "Provincial Police Headquarters in Wrocław", "the Mannheim prosecutors" its
 * "Staatsanwaltschaft Mannheim": a body read in lower case becomes the one agency of the article that names
 * the same place and is of the same kind, when there is exactly one.
 */
function townBodiesNamed(ctx: Ctx): void {
  for (const { f, m, place } of ctx.townBodies) {
    const kind = /prosecut/i.test(m.label) ? /prosecut|staatsanwalt|procura|fiscal/i : cues().policeName;
    const p = place.toLowerCase();
    const named = new Map<string, Mention>();
    for (const g of ctx.frames) for (const x of g.mentions) if (x.type === 'Agency' && x.key !== m.key && x.label.toLowerCase().includes(p) && kind.test(x.label)) named.set(x.key, x);
    if (named.size !== 1) continue;
    const [other] = named.values();
    const k = f.mentions.indexOf(m);
    if (k >= 0) f.mentions[k] = movedTo(other, m.from, m.to, m.start, m.end, m.text, [...other.aliases, m.text], undefined, undefined);
  }
}

/**
 * "the U.S. Attorney's Office" in an article that names "the U.S. Attorney's Office for the District of
 * Arizona", "the Public Prosecutor General's Office" after "the Frankfurt Public Prosecutor General's Office":
 * a body's generic name (read by pattern, not from the gazetteer) is the one agency of the article whose name
 * ends with it, or goes on from it with "for", "of" or "in", when there is exactly one.
 */
function genericBodiesNamed(ctx: Ctx): void {
  const agencies = new Map<string, Mention>();
  for (const f of ctx.frames) for (const x of f.mentions) if (x.type === 'Agency' && !agencies.has(x.key)) agencies.set(x.key, x);
  if (agencies.size < 2) return;
  for (const f of ctx.frames) {
    const ms = f.mentions;
    for (let k = 0; k < ms.length; k++) {
      const x = ms[k];
      if (x.type !== 'Agency' || x.fromGazetteer || x.parentKey || !x.label.includes(' ')) continue;
      // (not a unit of a place or body named right before it: "IRS Criminal Investigation's Washington, D.C. Field
      // Office" is not the "Baltimore Field Office" named earlier)
      const prev = ms[k - 1];
      if (prev && /^\s*,?\s*$/.test(f.sentence.text.slice(prev.end - f.sentence.start, x.start - f.sentence.start)) && (prev.type === 'Location' || prev.type === 'Country')) continue;
      if (POSSESSIVE_BEFORE.test(f.sentence.text.slice(Math.max(0, x.start - f.sentence.start - 3), x.start - f.sentence.start))) continue;
      const low = x.label.toLowerCase();
      const named = [...agencies.values()].filter((y) => {
        const l = y.label.toLowerCase();
        // (or the same name with its country in brackets: "Federal Ministry of the Interior (Austria)")
        return y.key !== x.key && y.parentKey !== x.key && (l.endsWith(' ' + low) || l.startsWith(low + ' for ') || l.startsWith(low + ' of ') || l.startsWith(low + ' in ') || l.startsWith(low + ' ('));
      });
      if (named.length === 1) ms[k] = movedTo(named[0], x.from, x.to, x.start, x.end, x.text, [...named[0].aliases, x.text], undefined, undefined);
    }
  }
}

/** "'s " right before a name: the body before owns it */
const POSSESSIVE_BEFORE = /['\u2019]s\s+$/;

const GENERIC_US_COURT = /^(?:U\.\s?S\.|US|United States) District Court$/;
const USAO_DISTRICT = /^U\.S\. Attorney's Office for the (.+)$/;

/**
 * "sentenced in U.S. District Court in Boston", "U.S. District Court Judge X": a federal district court named without
 * its district is the court of the district whose U.S. Attorney's Office the article names (when it names one
 * district only), else the court of the city named after it ("U.S. District Court in Boston").
 */
function districtCourts(ctx: Ctx): void {
  const districts = new Set<string>();
  let generic = false;
  for (const f of ctx.frames) {
    for (const m of f.mentions) {
      if (m.type !== 'Agency') continue;
      const d = m.key.startsWith('agency:usao-') ? USAO_DISTRICT.exec(m.label) : null;
      if (d) districts.add(d[1]);
      if (!m.fromGazetteer && GENERIC_US_COURT.test(m.label)) generic = true;
    }
  }
  if (!generic) return;
  const district = districts.size === 1 ? [...districts][0] : undefined;
  for (const f of ctx.frames) {
    const ms = f.mentions;
    for (let k = 0; k < ms.length; k++) {
      const x = ms[k];
      if (x.type !== 'Agency' || x.fromGazetteer || !GENERIC_US_COURT.test(x.label)) continue;
      const next = ms[k + 1];
      const city = next && (next.type === 'Location') && /^\s+in\s+$/.test(f.sentence.text.slice(x.end - f.sentence.start, next.start - f.sentence.start)) ? next.text : undefined;
      const inCity = city ? `U.S. District Court in ${city}` : undefined;
      const label = district ? `U.S. District Court for the ${district}` : inCity;
      if (!label) continue;
      ms[k] = { ...x, key: `agency:${slug(label)}`, label, aliases: [...new Set([x.text, ...(inCity && inCity !== label ? [inCity] : [])])] };
    }
  }
}

/** After "<Agency>'s <Place>": a unit named in lower case ("the FBI's Pittsburgh field office") */
const UNIT_AFTER_PLACE = /^\s+(field\s+office|field\s+division|resident\s+agency|division|office|bureau|branch)\b/;

/**
 * "the FBI's Pittsburgh field office", "the DEA's Miami division": the place and the lower-case unit noun are
 * one unit of the agency (its label capitalised: "Pittsburgh Field Office", the text as an alias).
 */
function possessiveUnits(f: Frame): void {
  const ms = f.mentions;
  for (let k = 1; k < ms.length; k++) {
    const a = ms[k - 1];
    const place = ms[k];
    if (a.type !== 'Agency' || (place.type !== 'Location' && place.type !== 'Country')) continue;
    const base = f.sentence.start;
    if (!/^['\u2019]s\s+$/.test(f.sentence.text.slice(a.end - base, place.start - base))) continue;
    const u = UNIT_AFTER_PLACE.exec(f.sentence.text.slice(place.end - base));
    if (!u) continue;
    const end = place.end + u[0].length;
    const to = f.tokens.findIndex((x) => x.end === end) + 1;
    if (to <= place.to) continue;
    const noun = u[1].replace(/\s+/g, ' ');
    const label = `${place.text} ${noun.replace(/\b\p{Ll}/gu, (c) => c.toUpperCase())}`;
    ms[k] = mk(f, place.from, to, { key: `agency:${slug(label)}`, type: 'Agency', label, aliases: [`${place.text} ${noun}`], fromGazetteer: false, parentKey: a.key });
  }
}

/** Unit nouns a body's lower-case unit ends with ("the BKA's cybercrime division", "Kripos' drug analysis section") */
const LOWER_UNIT_NOUNS = new Set(['section', 'unit', 'team', 'squad', 'division', 'department', 'bureau', 'centre', 'center', 'desk', 'cell', 'laboratory', 'lab', 'branch', 'taskforce']);
/** Words that make a lower-case phrase no unit's name ("its own unit", "a new team") */
const NOT_UNIT_WORDS = new Set(['own', 'new', 'the', 'a', 'an', 'its', 'their', 'his', 'her', 'and', 'or', 'former', 'entire', 'whole']);

/**
 * "the BKA's cybercrime division", "Kripos' drug analysis section", "Kripos' section for drug analysis": a unit in
 * lower case after a body's possessive is a unit of that body, labelled as written (its words alone an alias).
 */
function possessiveLowerUnits(f: Frame): void {
  const t = f.tokens;
  for (let k = 0; k < f.mentions.length; k++) {
    const a = f.mentions[k];
    if (a.type !== 'Agency') continue;
    const ap = t[a.to];
    if (!ap || !(POSSESSIVE_S.has(ap.text) || ((ap.text === "'" || ap.text === '\u2019') && /s$/i.test(a.text)))) continue;
    const from = a.to + 1;
    // 1-3 lower-case words then the unit noun, or the unit noun then "for"/"of" and 1-3 lower-case words
    let end = -1;
    for (let j = from; j < Math.min(t.length, from + 4); j++) {
      const w = t[j];
      if (!w.word || w.cap || NOT_UNIT_WORDS.has(w.norm)) break;
      if (LOWER_UNIT_NOUNS.has(w.norm)) {
        // ("the RCMP's clandestine laboratory team": the last of the unit nouns)
        while (t[j + 1] && LOWER_UNIT_NOUNS.has(t[j + 1].norm) && !t[j + 1].cap) j++;
        end = j + 1;
        if (j === from && (t[j + 1]?.norm === 'for' || t[j + 1]?.norm === 'of')) {
          let e = j + 2;
          while (e < t.length && e < j + 5 && t[e].word && !t[e].cap && !NOT_UNIT_WORDS.has(t[e].norm)) e++;
          end = e > j + 2 ? e : -1;
        } else if (j === from) end = -1;
        break;
      }
    }
    if (end < 0 || f.mentions.some((m) => m !== a && m.from < end && m.to > from)) continue;
    const label = span(f, a.from, end);
    const words = span(f, from, end);
    const m = mk(f, a.from, end, { key: `agency:${slug(`${a.label} ${words}`)}`, type: 'Agency', label, aliases: [words], fromGazetteer: false, parentKey: a.key });
    f.mentions.splice(k + 1, 0, m);
    k++;
  }
}

/** Lower-case unit nouns after a unit's capitalised name ("… Organized Crime section") */
const UNIT_NOUN_AFTER = new Set(['section', 'unit', 'team', 'squad', 'division', 'branch', 'department', 'bureau', 'cell', 'desk', 'centre', 'center', 'command', 'directorate', 'detachment', 'taskforce']);

/**
 * "the RCMP's Federal Serious and Organized Crime section": after "<Agency>'s", a capitalised name that
 * holds an agency word, then a lower-case unit noun, is a unit of the agency (labelled by the name, the
 * noun kept in an alias). Places inside the name give way to it; a body already found there stays.
 */
function possessiveNamedUnits(ctx: Ctx, f: Frame): void {
  const t = f.tokens;
  for (let k = 0; k < f.mentions.length; k++) {
    const ms = f.mentions;
    const a = ms[k];
    if (a.type !== 'Agency' || (t[a.to]?.text !== "'s" && t[a.to]?.text !== '\u2019s')) continue;
    const from = a.to + 1;
    let end = from;
    for (let j = from; j < t.length && t[j].word; j++) {
      if (t[j].cap) end = j + 1;
      else if (!(end > from && (t[j].norm === 'and' || t[j].norm === 'of') && t[j + 1]?.cap)) break;
    }
    const noun = t[end];
    if (end === from || !noun || noun.cap || !UNIT_NOUN_AFTER.has(noun.norm)) continue;
    const name = span(f, from, end);
    if (!has(ctx.v.agencyKeywords, name) || ms.some((m) => m.type === 'Agency' && m.from < end && m.to > from)) continue;
    const titled = noun.text.charAt(0).toUpperCase() + noun.text.slice(1);
    const unit = mk(f, from, end, { key: `agency:${slug(name)}`, type: 'Agency', label: name, aliases: [`${name} ${noun.text}`, `${name} ${titled}`], fromGazetteer: false, parentKey: a.key });
    // (the unit goes right after its agency, where the scan goes on: an agency, no possessive after it)
    f.mentions = ms.filter((m) => m.to <= from || m.from >= end);
    f.mentions.splice(f.mentions.indexOf(a) + 1, 0, unit);
  }
}

/**
 * "the Regional Prosecutor's Office in Rzeszów", "the Central Criminal Investigation Department in Oldenburg":
 * a body with a generic name (no place in it, not in the gazetteer) is known by the city after it, which
 * becomes part of its name (the bare name stays an alias); the city stays a place of its own too.
 */
function agenciesInPlaces(ctx: Ctx, f: Frame): void {
  const ms = f.mentions;
  const base = f.sentence.start;
  for (let k = 0; k + 1 < ms.length; k++) {
    const a = ms[k];
    const place = ms[k + 1];
    if (a.type !== 'Agency' || a.fromGazetteer || a.parentKey || place.type !== 'Location' || !/^\s+in\s+$/.test(f.sentence.text.slice(a.end - base, place.start - base))) continue;
    // a name that already holds a place or a nationality ("Leipzig Police Directorate") needs none
    let placed = false;
    for (let j = a.from; j < a.to && !placed; j++) {
      const g = f.tokens[j].cap ? matchAt(ctx.lex.root, f.tokens, j) : undefined;
      placed = ctx.lex.demonyms.has(f.tokens[j].norm) || !!g?.forms.some((y) => (y.entry.type === 'Location' || y.entry.type === 'Country') && !y.ambiguous);
    }
    if (placed) continue;
    if (!/\b(?:office|department|directorate|headquarters|command|prosecutor|prosecution|court|unit|inspectorate|division|bureau|service)\b/i.test(a.label)) continue;
    const label = `${a.label} in ${place.text}`;
    // keyed as "Graz Public Prosecutor's Office" is, the same body named the other way round
    const placeFirst = `${place.text} ${a.label.replace(/^the\s+/i, '')}`;
    ms[k] = mk(f, a.from, place.to, { key: `agency:${slug(placeFirst)}`, type: 'Agency', label, aliases: [...new Set([a.label, ...a.aliases, placeFirst])], fromGazetteer: false });
  }
}

/** Words of a body's name that name no body of their own ("Judicial Police", "National Unit") */
const GENERIC_BODY_WORDS = new Set(['judicial', 'judiciary', 'criminal', 'national', 'federal', 'state', 'central', 'regional', 'local', 'provincial', 'municipal', 'special', 'general', 'public', 'technical', 'operational', 'investigation', 'investigations', 'investigative', 'security', 'civil', 'military', 'economic', 'financial']);
/** US states that share a country's name, by that name ("Georgia" -> "Georgia (U.S. state)"), per lexicon. */
const statesByName = new WeakMap<Lexicon, Map<string, LexEntry>>();
/**
 * A country named like a US state ("Georgia") in an article about the United States, with no sign of the
 * country: the state ("a Georgia man", "died in Georgia", "U.S. authorities … Georgia"). A sentence that names
 * the United States reads it as the state; one that names other countries reads a list of countries. Signs of
 * the country are its people ("Georgian") or a place of it ("Tbilisi") anywhere in the article.
 */
function inUsContext(ctx: Ctx, f: Frame, country: LexEntry): boolean {
  if (!country.country || !usStateNamed(ctx.lex, country.label)) return false;
  const here = sentenceCountries(ctx, f);
  for (const c of here) if (c !== 'US' && c !== country.country) return false;
  if (!here.has('US') && !docCountries(ctx).has('US')) return false;
  return !countrySigns(ctx, country);
}

/** Whether the article names the people of a country or a place in it. */
function countrySigns(ctx: Ctx, country: LexEntry): boolean {
  for (const f of ctx.frames) {
    const t = f.tokens;
    for (let i = 0; i < t.length; i++) {
      if (!t[i].cap) continue;
      if (ctx.lex.demonyms.get(t[i].norm) === country.key) return true;
      const g = matchAt(ctx.lex.root, t, i);
      if (g && g.forms.some((x) => x.entry.type === 'Location' && x.entry.country === country.country)) return true;
    }
  }
  return false;
}

function usStateNamed(lex: Lexicon, name: string): LexEntry | undefined {
  let m = statesByName.get(lex);
  if (!m) {
    m = new Map();
    for (const e of lex.entries.values()) {
      const q = / \(U\.S\. state\)$/.exec(e.label);
      if (q && e.type === 'Location') m.set(e.label.slice(0, q.index), e);
    }
    statesByName.set(lex, m);
  }
  return m.get(name);
}

/** Days and months, which may open a capitalised run before a name ("Monday the U.S. Attorney's Office") */
const DAY_OR_MONTH = new Set([...DAYS, ...MONTHS.filter((m) => m !== 'may')]); // ("May" is also a name)
/** Words of a newsroom's or press office's name */
const MEDIA_WORDS = new Set(['news', 'press', 'media', 'communications', 'newsroom', 'editorial', 'wire']);
/** A sentence about police work, where "Project X" is an investigation's name */
const PROJECT_CONTEXT = /\b(?:police|investigation|investigators|officers|arrest(?:s|ed)?|charges|charged|seized|seizures?|RCMP|OPP|SQ|drugs?)\b/i;
/** Plural nouns for the people or parts of a body, before "of": "Units of the …", "Members of the …" */
const MEMBERS_OF = new Set(['units', 'officers', 'members', 'agents', 'officials', 'investigators', 'detectives', 'representatives', 'experts', 'specialists', 'staff', 'teams', 'personnel', 'analysts', 'prosecutors', 'colleagues', 'elements', 'branches', 'divisions', 'sections', 'departments']);

/** Words that name a part of a place before its name. */
const COMPASS = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'northeast', 'northwest', 'southeast', 'southwest', 'north-east', 'north-west', 'south-east', 'south-west', 'upper', 'lower', 'greater', 'mid']);

/** Words that make no name of a place before a head noun ("Federal Prison", "State Prison"). */
const GENERIC_MODIFIERS = new Set(['federal', 'state', 'national', 'local', 'regional', 'international', 'main', 'new', 'old', 'county', 'city', 'the']);
const LAW_NAME = /\bAct(?:\s+(?:of\s+)?\d{4})?$/;

const LOCATION_HEADS = new Set(['county', 'district', 'borough', 'province', 'parish', 'township', 'airport', 'port', 'harbour', 'harbor', 'island', 'islands', 'prison', 'region', 'area', 'oblast', 'prefecture', 'canton', 'municipality']);

/** [from, to) is a short run of agency words ending in an agency head ("Investigation Service"), no proper name. */
function genericAgencyWords(v: Vocab, t: Token[], from: number, to: number): boolean {
  if (to - from < 1 || to - from > 3 || !v.agencyHeads.has(t[to - 1].norm)) return false;
  for (let k = from; k < to - 1; k++) if (!v.agencyHeads.has(t[k].norm) && !has(v.agencyKeywords, t[k].text)) return false;
  return true;
}

function headIsName(v: Vocab, t: Token[], from: number, to: number): boolean {
  return to > from && (v.agencyHeads.has(t[to - 1].norm) || v.marketHeads.has(t[to - 1].norm) || t[to - 1].upper);
}

function operationMention(f: Frame, from: number, to: number, name: string): Mention {
  const clean = name.replace(/^[“"‘']|[”"’']$/g, '');
  return mk(f, from, to, {
    key: `operation:${slug(clean.replace(/\s+/g, ''))}`,
    type: 'Operation',
    label: clean,
    aliases: [`Operation ${clean}`],
    fromGazetteer: false,
  });
}

// ------------------------------------------------------------------ people ----

/** Two or more people's names in [from, to), joined by commas and "and" ("John Smith, Ann Lee and Mary Jones"): their spans. */
function nameList(ctx: Ctx, t: Token[], from: number, to: number): Array<[number, number]> | undefined {
  const names: Array<[number, number]> = [];
  for (let a = from, k = from; k <= to; k++) {
    if (k < to && t[k].text !== ',' && t[k].norm !== 'and') continue;
    if (!validNameTokens(ctx, t, a, k)) return undefined;
    names.push([a, k]);
    a = k + 1;
  }
  return names.length >= 2 ? names : undefined;
}

function validNameTokens(ctx: Ctx, t: Token[], from: number, to: number, capsOk = false): boolean {
  const { v, lex } = ctx;
  const words = t.slice(from, to);
  const caps = words.filter((x) => x.cap);
  if (caps.length < 2 || words.length > 5) return false;
  if (!words[0].cap || !words[words.length - 1].cap) return false;
  for (const w of words) {
    if (!w.word) return false;
    if (!w.cap && !v.nameParticles.has(w.norm)) return false;
    const initial = /^\p{Lu}\.$/u.test(w.text);
    if (w.cap && !initial && (v.agencyHeads.has(w.norm) || v.marketHeads.has(w.norm) || v.determiners.has(w.norm) || v.organizationHeads.has(w.norm) || v.nonNameWords.has(w.norm))) return false;
    if (w.upper && w.text.length > 1 && !capsOk && !allCapsName(lex, words)) return false;
    if (/\d/.test(w.text)) return false;
  }
  // not a known place/country/agency as a whole
  const g = matchAt(lex.root, t, from);
  if (g && g.to === to) return false;
  // "Paris Hilton"-like pairs starting with a place need a given name, or a context that says it is a person
  // ("Edison Babu, a native of …": capsOk is that context)
  if (g && g.to === from + 1 && ['Country', 'Location'].includes(g.forms[0].entry.type) && to - from === 2 && !isGivenName(lex, t[from]) && !(capsOk && g.forms[0].entry.type === 'Location')) return false;
  return true;
}

/** "THOMAS PAVEY": a name in capitals, as US court documents write defendants, starting with a given name. */
function allCapsName(lex: Lexicon, words: Token[]): boolean {
  return words.length >= 2 && words.every((w) => w.upper || !w.cap) && lex.givenNames.has(words[0].text.toLowerCase());
}

function titleCase(name: string): string {
  return name.replace(/\p{L}+/gu, (w) => (w === w.toUpperCase() && w.length > 1 ? w[0] + w.slice(1).toLowerCase() : w));
}

function personMention(ctx: Ctx, f: Frame, from: number, to: number, role?: string, roleAgencyKey?: string): Mention {
  const raw = span(f, from, to);
  const name = raw === raw.toUpperCase() ? titleCase(raw) : raw;
  // (a given name alone names a person of this article only: every article's "Robert" is not one node)
  const key = to - from === 1 ? `person:${slug(name)}-${ctx.doc.id.slice(0, 8)}` : `person:${slug(name)}`;
  const m = mk(f, from, to, { key, type: 'Person', label: name, aliases: raw !== name ? [raw] : [], fromGazetteer: false, role, roleAgencyKey });
  // remember the surname (and particles) for later short references
  const t = f.tokens;
  // ("Carl Mark Force IV" is "Force" later on)
  const end = to - from >= 3 && GENERATION.test(t[to - 1].text) ? to - 1 : to;
  let s = end - 1;
  while (s - 1 > from && ctx.v.nameParticles.has(t[s - 1].norm)) s--;
  const surname = normsOf(t, s, end);
  // (not the initial of "Jonathan K.": a lone capital is no name)
  if (!ctx.aliases.has(surname) && t[end - 1].text.length > 1) ctx.aliases.set(surname, m);
  // (a double surname: "Ariana Fajardo Orshan" is "Fajardo Orshan" later on; not a middle initial's "K. Smith")
  if (s === end - 1 && end - from >= 3 && t[s - 1].cap && t[s - 1].word && t[s - 1].text.length > 1 && t[s].text.length > 1) {
    const both = normsOf(t, s - 1, end);
    if (!ctx.aliases.has(both)) ctx.aliases.set(both, m);
  }
  ctx.aliases.set(normsOf(t, from, to), m);
  return m;
}

/** A title that ends exactly at token `end` (looking back up to 6 tokens); returns its start or -1. */
function titleEndingAt(ctx: Ctx, t: Token[], end: number): number {
  // "Deputy Director General (Northern Region) Gyaneshwar Singh": the title's region in brackets before the name
  if (t[end - 1]?.text === ')') {
    for (let k = end - 2; k >= Math.max(0, end - 6); k--) {
      if (t[k].text !== '(') continue;
      for (let j = Math.max(0, k - 6); j < k; j++) if (matchTitle(ctx.lex, t, j) === k) return j;
      break;
    }
  }
  for (let j = Math.max(0, end - 6); j < end; j++) if (matchTitle(ctx.lex, t, j) === end) return j;
  return -1;
}

/**
 * End of a person's name inside the capitalised phrase [from, to): before "of"/"for"/"and" when the whole
 * phrase is no name ("Jarod Forget of the Drug Enforcement Administration"), and before post-nominal
 * letters ("Thomas Teague QC").
 */
function nameEnd(ctx: Ctx, t: Token[], from: number, to: number): number {
  if (!validNameTokens(ctx, t, from, to)) {
    const k = connectorAfterName(t, from, to);
    if (k > 0) to = k;
  }
  while (to - from > 2 && POST_NOMINALS.has(t[to - 1].norm)) to--;
  return to;
}
/** The first "and" / "of" / "for" in [from, to) after at least two words ("Christopher Wray and DEA …"); -1 if none. */
function connectorAfterName(t: Token[], from: number, to: number): number {
  for (let k = from + 2; k < to; k++) if (t[k].norm === 'and' || t[k].norm === 'of' || t[k].norm === 'for') return k;
  return -1;
}

/** Letters after a name that are no part of it. */
const POST_NOMINALS = new Set(['qc', 'kc', 'jr', 'sr', 'ii', 'iii', 'iv', 'sc', 'mp', 'mbe', 'obe', 'cbe', 'phd', 'esq']);

/** "Detective Inspector Rob Bryant", "FBI Deputy Director Paul Abbate", "U.S. Deputy Attorney General Lisa Monaco" */
function personInChunk(ctx: Ctx, f: Frame, from: number, to: number): Mention[] {
  const t = f.tokens;
  const out: Mention[] = [];
  let i = from;
  const pre = matchAt(ctx.lex.root, t, i);
  let agencyKey: string | undefined;
  if (pre && pre.to < to && ['Agency', 'Country'].includes(pre.forms[0].entry.type)) {
    const m = pickForm(f, pre.from, pre.to, pre.forms.map((x) => x.entry));
    if (matchTitle(ctx.lex, t, pre.to) > pre.to) {
      out.push(m);
      if (m.type === 'Agency') agencyKey = m.key;
      i = pre.to;
    }
  }
  const te = matchTitle(ctx.lex, t, i);
  if (te <= i || te >= to) return [];
  let nameFrom = te;
  // titles can stack: "Deputy Director", "Acting Administrator"
  for (let again = matchTitle(ctx.lex, t, nameFrom); again > nameFrom && again < to; again = matchTitle(ctx.lex, t, nameFrom)) nameFrom = again;
  // "AFP Commander Cybercrime Operations Chris Goldsmid": a unit between the title and the name
  let unitFrom = -1;
  // "U.S. Attorney for the District of Arizona Gary M. Restaino": the title goes on with "for"/"of", no unit
  let roleEnd = -1;
  if (to - nameFrom > 2 && (t[nameFrom].norm === 'for' || t[nameFrom].norm === 'of')) {
    for (let k = nameFrom + 2; k <= to - 2; k++) {
      if (t[k].norm === 'and' || t[k].norm === '&') break;
      if (isGivenName(ctx.lex, t[k]) && validNameTokens(ctx, t, k, to)) {
        roleEnd = nameFrom = k;
        break;
      }
    }
  } else if (to - nameFrom > 2) {
    for (let k = nameFrom + 1; k <= to - 2; k++) {
      // the unit between the title and the name is a name of its own, not a list ("Rod Rosenstein and FBI Director")
      if (t.slice(nameFrom, k).some((x) => x.norm === 'and' || x.norm === '&') || isGivenName(ctx.lex, t[nameFrom])) break;
      if (isGivenName(ctx.lex, t[k]) && validNameTokens(ctx, t, k, to)) {
        unitFrom = nameFrom;
        nameFrom = k;
        break;
      }
    }
  }
  while (to - nameFrom > 2 && POST_NOMINALS.has(t[to - 1].norm)) to--;
  if (!validNameTokens(ctx, t, nameFrom, to)) return [];
  let unitKey: string | undefined;
  if (unitFrom >= 0) {
    const unitText = span(f, unitFrom, nameFrom);
    const unit = mk(f, unitFrom, nameFrom, { key: `agency:${slug(unitText)}`, type: 'Agency', label: unitText, aliases: [], fromGazetteer: false, parentKey: agencyKey });
    out.push(unit);
    unitKey = unit.key;
  }
  out.push(personMention(ctx, f, nameFrom, to, span(f, i, unitFrom >= 0 ? unitFrom : roleEnd >= 0 ? roleEnd : nameFrom), unitKey ?? agencyKey));
  return out;
}

export function isGivenName(lex: Lexicon, tok: Token): boolean {
  // (a plain ASCII word's norm is its lower-cased text: no second string to make or look up)
  const low = plainAscii(tok.text) ? tok.norm : tok.text.toLowerCase();
  // "Tomáš" as well as "Tomas": the norm folds accents
  if (lex.givenNames.has(tok.norm) || (low !== tok.norm && lex.givenNames.has(low))) return true;
  // "Jean-Pierre": the first part
  const hyphen = low.indexOf('-');
  return hyphen >= 0 && lex.givenNames.has(low.slice(0, hyphen));
}

/** ASCII without a full stop: what tokenize lower-cases as the norm and nothing more. */
function plainAscii(s: string): boolean {
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c > 127 || c === 46) return false;
  }
  return true;
}

/**
 * An apposition that gives a role: ", head of the European Cybercrime Centre", ", Europol's executive
 * director", ", a spokesman for the NCA", ", the U.S. Attorney in Manhattan".
 */
function appositiveRole(ctx: Ctx, f: Frame, k: number): boolean {
  const t = f.tokens;
  while (t[k] && ['the', 'a', 'an', 'its', 'their', 'his', 'her', 'then', 'former', 'acting', 'deputy'].includes(t[k].norm) && matchTitle(ctx.lex, t, k) <= k) k++;
  // "European Commissioner for …", "a French prosecutor": a qualifier before the title
  // ("a civil police officer", "a veteran detective": a word in lower case)
  if (t[k]?.word && matchTitle(ctx.lex, t, k) <= k && matchTitle(ctx.lex, t, k + 1) > k + 1) k++;
  const te = matchTitle(ctx.lex, t, k);
  if (te > k) return true;
  // an agency, a possessive, then a title
  const g = matchAt(ctx.lex.root, t, k);
  const end = g ? g.to : t[k]?.upper ? k + 1 : -1;
  if (end < 0) return false;
  let j = end;
  if (t[j] && (t[j].text === "'s" || t[j].text === '\u2019s')) j++;
  // ("NCA regional head of investigations": a qualifier in lower case before the title)
  if (t[j]?.word && !t[j].cap && matchTitle(ctx.lex, t, j) <= j && matchTitle(ctx.lex, t, j + 1) > j + 1) j++;
  return matchTitle(ctx.lex, t, j) > j;
}

const AGE_WORD = /^\d{1,2}-year-old$/;
/** demonyms that are nouns for a person ("Dutchman", "Briton", "Frenchwoman"), not adjectives ("Dutch") */
const DEMONYM_NOUN = /(?:man|woman|men|women|ton|der|ner|an|ese|ish|ite|ard|iot|ot|i)$/i;
/** Singular nouns for a person, before an apposition ("a second man, X,") or after a place ("a Kelowna man"). */
const PERSON_NOUN = new Set(['man', 'woman', 'men', 'women', 'suspect', 'defendant', 'accused', 'vendor', 'dealer', 'administrator', 'teenager', 'resident', 'residents', 'national', 'boy', 'girl', 'couple', 'son', 'daughter', 'brothers', 'sisters', 'siblings', 'twins', 'cousins', 'pair', 'cousin', 'co-defendant', 'co-defendants', 'co-conspirator', 'co-conspirators', 'associate', 'associates', 'accomplice', 'accomplices', 'lawyer', 'lawyers', 'attorneys', 'father', 'mother', 'brother', 'sister', 'wife', 'husband']);
const STRONG_PERSON_CONTEXT = /^(?:,\s+(?:an?\s+|both\s+|all\s+|each\s+|(?:both|all)\s+aged\s+)?\d{1,2}(?:-year-old)?\b|,\s+(?:the|its)\s+(?:(?:alleged|suspected|former|\p{Lu}\p{Ll}+)\s+)*(?:co-)?(?:founders?|administrators?|operators?|creators?)\s+of\b|,\s+an?\s+(?:native|resident|citizen)\s+of\b|,\s+(?:also\s+)?known\s+as\b|,\s+(?:a\/k\/a|a\.k\.a\.|aka)\s|,\s+(?:an?|the)\s+(?:\d{1,2}-year-old\s+)?\p{Lu}\p{L}+\s+(?:national|citizen|man|woman)\b|,\s+(?:both|all)\s+(?:\p{Lu}[\p{L}-]+\s+){1,2}(?:nationals|citizens)\b|\s+(?:(?:are|is|were|was)\s+(?:the|an?)\s+(?:(?:key|main|prime|chief|principal|other)\s+)?(?:accused|suspects?|defendants?)\b|(?:was|is|are|has\s+been|have\s+been|had\s+been|were)\s+(?:\w+\s+)?(?:charged|arrested|sentenced|convicted|extradited|indicted|detained|accused|jailed|apprehended|named|identified)|(?:had\s+|has\s+|have\s+)?(?:pleaded|pled|admitted)|faces|remains\s+at\s+large|(?:ran|operated|opened|had|set\s+up)\s+(?:a|an|his|her)\s+(?:(?:vendor|seller)\s+)?(?:shop|store|storefront|account|profile)\s+on\b)|,\s+(?:was|were)\s+(?:\w+\s+)?(?:charged|arrested|sentenced|convicted|jailed|extradited|indicted)\b|,\s+(?:pleaded|pled)\s+guilty|['\u2019]s?\s+(?:(?:[\p{Ll}-]+\s+){0,2}(?:home|house|flat|apartment|residence|bedroom|wife|husband|girlfriend|boyfriend|partner|mother|father|brother|sister|son|daughter|lawyer|barrister|solicitor|attorney|defence|defense|trial|sentencing|arrest|conviction|extradition)\b))/u;

/**
 * The 60 characters after offset `end`, for the context patterns. Emphasis removed from Markdown or HTML
 * ("**Jane Roe**, a 34-year-old") leaves spaces before a comma; they are dropped.
 */
function textAfter(f: Frame, end: number): string {
  const from = end - f.sentence.start;
  const after = f.sentence.text.slice(from, from + 60);
  return after.charCodeAt(0) === 32 && /^\s+,/.test(after) ? after.replace(/^\s+/, '') : after;
}

/** Up to 60 characters of the sentence before offset `start` */
function textBefore(f: Frame, start: number): string {
  return f.sentence.text.slice(Math.max(0, start - f.sentence.start - 60), start - f.sentence.start);
}

/** A person name at token i given the context around it (title before, speech verb, apposition). */
function personAt(ctx: Ctx, f: Frame, i: number, chunkEnd: number, titleEnd: number): Mention[] {
  const { v } = ctx;
  const t = f.tokens;
  if (chunkEnd <= i + 1) {
    // a given name alone in a counted list with ages: "three Swedish nationals - Robert, 47, Daniel, 39, and John, 33"
    if (chunkEnd === i + 1 && ((t[i + 1]?.text === ',' && /^\d{1,2}$/.test(t[i + 2]?.text ?? '')) || parenAgeAt(t, i + 1)) && listedAfterPeopleCue(ctx, t, i, i + 1)) return [personMention(ctx, f, i, i + 1)];
    // a given name alone that the text says is all it gives: "a Latvian national identified by his first name as Jevgenijs"
    // (the regex only after "as", as it must end: most single capitalised words have no "as" before them)
    const asBefore = t[i - 1]?.norm === 'as' || (QUOTE_CHARS.has(t[i - 1]?.text ?? '') && t[i - 2]?.norm === 'as');
    if (asBefore && chunkEnd === i + 1 && t[i].cap && t[i].word && !t[i].upper && FIRST_NAME_ONLY.test(textBefore(f, t[i].start))) return [personMention(ctx, f, i, i + 1)];
    return NO_MENTIONS;
  }
  // "Dutchman Herman Johan X.": the demonym is who the person is, the name starts after it
  if (chunkEnd - i >= 3 && ctx.lex.demonyms.has(t[i].norm) && DEMONYM_NOUN.test(t[i].text)) return [];
  // "Theresa Tetley, 50, of Marina del Rey, was sentenced": where the person lives, not a person
  if (t[i - 1]?.norm === 'of' && t[i - 2]?.text === ',' && /^\d{1,3}$/.test(t[i - 3]?.text ?? '') && t[i - 4]?.text === ',') return [];
  const known = matchAt(ctx.lex.root, t, i);
  if (known && known.to >= chunkEnd && acceptForms(ctx, f, i, known.to, known.forms).length) return [];
  // "said Superintendent Jirius Ahmed": the title is no part of the name; the name, read next, finds it
  if (titleEnd > i && titleEnd < chunkEnd - 1 && t[titleEnd].cap && t[titleEnd].word) return [];
  let to = chunkEnd;
  const afterChunk = textAfter(f, t[to - 1].end);
  // the title that ends right before the name, worked out when first asked for
  let titleStart: number | undefined;
  const titleBefore = () => (titleStart ??= titleEndingAt(ctx, t, i));
  // (a title before the name says it is a person's, as a strong context after it does: "Pol Gen Anan Sirichai")
  if (!validNameTokens(ctx, t, i, to, STRONG_PERSON_CONTEXT.test(afterChunk)) && !(i > 0 && titleBefore() >= 0 && validNameTokens(ctx, t, i, to, true))) {
    // "Christopher Wray and DEA …": the name ends before a connector
    const k = connectorAfterName(t, i, to);
    if (k < 0 || !validNameTokens(ctx, t, i, k)) return [];
    to = k;
  }
  const ts = titleBefore();
  // a headline in title case ("U.S. Attorney Announces Historic Seizure"): only a known given name follows a title
  if (ts >= 0 && !isGivenName(ctx.lex, t[i]) && titleCased(t)) return [];
  if (ts >= 0) {
    const role = span(f, ts, i);
    return [personMention(ctx, f, i, to, role)];
  }
  const prev = t[i - 1];
  const next = t[to];
  const next2 = t[to + 1];
  // a later name of a list whose first is a person, the list ending in a context that says person ("A, V Nikhil
  // Shet and B are the key accused")
  if (prev?.text === ',' && f.mentions.some((m) => m.type === 'Person' && m.to === i - 1) && listedBeforeStrong(f, to)) return [personMention(ctx, f, i, to)];
  // the second of two people: "Michael Gadd and Vernon Stejskal"
  // (or of one family: "Ivan Volovod and Mikhayla Volovod")
  // (or a list that a person's act ends: "Kevin Omari, Eric Rusk and Winrose Ndeti used bitcoin")
  if (prev?.norm === 'and' && f.mentions.some((m) => m.type === 'Person' && m.to === i - 1 && (isGivenName(ctx.lex, t[i]) || (to - i === 2 && t[m.to - 1].norm === t[to - 1].norm) || (to - i === 2 && actorVerbAt(t, to))))) {
    return [personMention(ctx, f, i, to)];
  }
  const speech =
    (prev && v.speechVerbs.has(prev.norm)) ||
    (next && v.speechVerbs.has(next.norm)) ||
    // ("Freddy Pratama, Indonesia's most wanted drug lord": a possessive apposition)
    (next?.text === ',' && next2 && (v.speechVerbs.has(next2.norm) || (next2.cap && POSSESSIVE_S.has(t[to + 2]?.text ?? '')) || (['who', 'a', 'an', 'the', 'from', 'aged', 'of'].includes(next2.norm) || (THEN_WORDS.has(next2.norm) && ['a', 'an', 'the'].includes(t[to + 2]?.norm ?? ''))) || matchTitle(ctx.lex, t, to + 1) > to + 1 || /^\d+$/.test(next2.text))) ||
    (next?.text === ':' && i === 0) ||
    // "Jari Liukku of Europol said"
    (next?.norm === 'of' && NAME_OF_BODY_SAID.test(textAfter(f, t[to - 1].end))) ||
    // "David Jackson, prosecuting, said"
    (next?.text === ',' && !!next2?.word && !next2.cap && t[to + 2]?.text === ',' && v.speechVerbs.has(t[to + 3]?.norm ?? ''));
  // without a title, a name must start with a known given name unless the context leaves no doubt:
  // a speech verb before it, an age or nationality after it, or a court verb ("X was charged")
  const introduced = prev && (v.speechVerbs.has(prev.norm) || (prev.norm === 'to' && t[i - 2]?.norm === 'according'));
  const after = textAfter(f, t[to - 1].end);
  // "a 62-year-old Dutchman Herman Johan X.", "the 34-year-old Jordan Keller": who the name is comes before it
  // ("a 31-year-old Port Neill man" is where he lives); "a second man, Arun Thomas,": a person noun and a comma
  const described =
    !!prev &&
    !PERSON_NOUN.has(next?.norm ?? '') &&
    (AGE_WORD.test(prev.text) ||
      (prev.cap && ctx.lex.demonyms.has(prev.norm) && DEMONYM_NOUN.test(prev.text)) ||
      // ("a Chinese father and son, A and B,": the first of a list of two, by a known given name)
      (prev.text === ',' && PERSON_NOUN.has(t[i - 2]?.norm ?? '') && (next?.text === ',' || (next?.norm === 'and' && isGivenName(ctx.lex, t[i])))));
  // "Dr. Christoph Hebbecker", "Mr Smith": an honorific before the name
  // (not a quoted handle: the vendor "Dr. Feel Well")
  const h = prev && HONORIFICS.has(prev.norm) ? i - 1 : prev?.text === '.' && HONORIFICS.has(t[i - 2]?.norm ?? '') ? i - 2 : -1;
  const honorific = h >= 0 && !QUOTE_CHARS.has(t[h - 1]?.text ?? '');
  const strong = described || honorific || STRONG_PERSON_CONTEXT.test(after) || (next?.text === ',' && appositiveRole(ctx, f, to + 1)) || (isGivenName(ctx.lex, t[i]) && listedBeforeStrong(f, to));
  // "police arrested Alex Ulbricht", "its founder, Ross Ulbricht,": a given name right after a verb done to
  // people, or after a role noun and a comma
  // "police attorney Richard Beck Pedersen", "cantonal police spokesman Bernhard Graser": a role noun in lower case
  // ("Zarbon Market, run by Lucas Moreau": the agent of a verb of making or running a site)
  // ("the official representative of the Ministry of Internal Affairs of Russia Irina Volk": a role of the body just named)
  const body = f.mentions[f.mentions.length - 1];
  const roleOfBody = !!body && body.type === 'Agency' && body.to === i && isGivenName(ctx.lex, t[i]) && ROLE_OF_BEFORE.test(textBefore(f, body.start).slice(-40));
  if (roleOfBody) return [personMention(ctx, f, i, to)];
  const acted =
    !!prev &&
    isGivenName(ctx.lex, t[i]) &&
    (PERSON_OBJECT_VERBS.has(prev.norm) || (prev.norm === 'of' && ACT_ON_PERSON_NOUNS.has(t[i - 2]?.norm ?? '')) || (prev.text === ',' && ROLE_NOUNS.has(t[i - 2]?.norm ?? '')) || (!prev.cap && ROLE_BEFORE_NAME.has(prev.norm)) || (prev.norm === 'by' && RUN_BY_VERBS.has(t[i - 2]?.norm ?? '')));
  // "Mark Ellison ran the site", "Ross Ulbricht allegedly created Silk Road": a known given name and a surname,
  // then a verb of what a person does, in the past tense (a name in a headline is in title case: no verb in lower case)
  // ("Vendors on Velvet Crate sold heroin", after "the darknet marketplace Velvet Crate": the market again)
  const actor = to - i >= 2 && actorVerbAt(t, to) && isGivenName(ctx.lex, t[i]) && !FEATURE_WORDS.has(t[to - 1].norm) && !namedBefore(ctx, f, span(f, i, to));
  if ((speech || strong || acted || actor) && (introduced || strong || isGivenName(ctx.lex, t[i]))) return [personMention(ctx, f, i, to)];
  if (to - i === 2 && speaksForBody(ctx, t, to) && validNameTokens(ctx, t, i, to)) return [personMention(ctx, f, i, to)];
  if (initialedName(t, i, to) && (isGivenName(ctx.lex, t[i]) || listedAfterInitialedPerson(f, i))) return [personMention(ctx, f, i, to)];
  if (listedAfterPeopleCue(ctx, t, i, to)) return [personMention(ctx, f, i, to)];
  return [];
}

/** Departments a title names after it ("Operations Manager Investigations"), no one's name */
const DEPARTMENT_WORDS = new Set(['investigations', 'operations', 'intelligence', 'enforcement', 'prosecutions', 'communications', 'services', 'affairs', 'security', 'narcotics', 'finance', 'media', 'compliance', 'cybercrime', 'fraud']);

/** Words after a name alone that a title put before it: the name ends there ("…, a head of", "… said", "… of the Met") */
const AFTER_SINGLE_NAME = new Set([',', 'said', 'says', 'told', 'added', 'explained', 'of', 'from', 'at', 'with', ')', '.', ':', ';']);

/**
 * A title [i, te), then one capitalised word that no gazetteer names and no body's head noun is, then the end of
 * the name: the person of that one name, with the title as role ("said Senior Commissioner Suhermanto"; many
 * Indonesians have one name, and releases write "Commissioner Smith" for a surname). A surname the article has
 * given in full is that person. Undefined when the words do not fit.
 */
function titledSingleName(ctx: Ctx, f: Frame, i: number, te: number): Mention | undefined {
  const t = f.tokens;
  const w = t[te];
  // (a title in capitals only: "di" of "Politecnico di Torino" is no "DI"; the word after it no title of its own: "spokesperson Cpl.")
  if (!t[i].cap || !w || !w.cap || !w.word || w.upper || w.text.length < 3 || matchTitle(ctx.lex, t, te) > te) return undefined;
  const next = t[te + 1];
  if (next && !AFTER_SINGLE_NAME.has(next.norm) && !AFTER_SINGLE_NAME.has(next.text)) return undefined;
  const { v, lex } = ctx;
  if (matchAt(lex.root, t, te) || v.agencyHeads.has(w.norm) || v.marketHeads.has(w.norm) || v.organizationHeads.has(w.norm) || v.determiners.has(w.norm) || v.nonNameWords.has(w.norm) || lex.demonyms.has(w.norm) || DEPARTMENT_WORDS.has(w.norm)) return undefined;
  // (the title is no part of a body's name: "Commissioner of Police")
  if (/^(?:of|for)$/i.test(t[te - 1]?.norm ?? '')) return undefined;
  const local = docAlias(ctx, f, te);
  if (local) return local.type === 'Person' && local.to === te + 1 ? local : undefined;
  return personMention(ctx, f, te, te + 1, span(f, i, te));
}

/** After a name: "of <a body's name> said" ("Jari Liukku of Europol said"; relations read the employer from it) */
export const NAME_OF_BODY_SAID = /^\s+of\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’.-]*\s+){0,6}?\p{Lu}[\p{L}'’.-]*\s*(?:\([^()]{1,20}\)\s*)?,?\s+(?:said|says|added|explained|noted|warned|told|described|confirmed|stressed|emphasi[sz]ed|urged)\b/u;

/** Before a body's name: a person's role of it ("the official representative of the", "head of") */
export const ROLE_OF_BEFORE = /\b(?:representative|spokes(?:person|man|woman)|head|chief|director|commander|minister)\s+of\s+(?:the\s+)?$/i;
/** The possessive ending as the tokenizer cuts it */
export const POSSESSIVE_S = new Set(["'s", '\u2019s']);
/** Before a given name given alone: "identified by his first name as ", "named only as ", "identified only as " (not "known as": a handle) */
export const FIRST_NAME_ONLY = /\b(?:identified|named|referred\s+to)\s+(?:only\s+(?:by\s+(?:his|her|their)\s+first\s+names?\s+)?|by\s+(?:his|her|their)\s+first\s+names?\s+(?:only\s+)?)as\s+["'\u2018\u201c]?$/i;
/** Adverbs of time before an apposition's role: "X, then a detective with …", "Y, now the head of …" */
const THEN_WORDS = new Set(['then', 'now', 'formerly', 'currently', 'previously', 'later']);

/** Plural person nouns a count introduces a list of names with ("three men — A, B and C"). */
const COUNTED_PEOPLE = new Set(['men', 'women', 'people', 'persons', 'suspects', 'individuals', 'defendants', 'accused', 'brothers', 'friends', 'teenagers', 'nationals', 'citizens']);
const LIST_DASHES = new Set(['\u2014', '\u2013', '-', '--', ',', ':']);

/** The list of names starting at token s: [from, to) of each, capitalised runs of two to four words. */
function nameListAt(ctx: Ctx, t: Token[], s: number): Array<[number, number]> {
  const items: Array<[number, number]> = [];
  let p = s;
  while (items.length < 12) {
    let q = p;
    while (q < t.length && t[q].word && t[q].cap) q++;
    // ("Robert, 47, Daniel, 39, and John, 33": a given name alone, with an age, as releases that withhold surnames write)
    const aged = q - p === 1 && t[q]?.text === ',' && /^\d{1,2}$/.test(t[q + 1]?.text ?? '') && isGivenName(ctx.lex, t[p]);
    // ("Sarthak Arya (31), Nithin (24), …": ages in brackets, as Indian police lists write them; a name alone after the first)
    const bracketAge = parenAgeAt(t, q);
    const single = q - p === 1 && bracketAge && items.length > 0 && !t[p].upper && !ctx.v.determiners.has(t[p].norm) && !ctx.v.agencyHeads.has(t[p].norm) && !matchAt(ctx.lex.root, t, p);
    if (!aged && !single && (q - p < 2 || q - p > 4 || !validNameTokens(ctx, t, p, q, true))) break;
    items.push([p, q]);
    if (bracketAge) q += 3;
    else if (aged || (t[q]?.text === ',' && /^\d{1,2}$/.test(t[q + 1]?.text ?? '') && t[q + 2]?.text === ',')) q += 2;
    if (t[q]?.text === ',' && t[q + 1]?.norm === 'and') p = q + 2;
    else if (t[q]?.text === ',' || t[q]?.norm === 'and') p = q + 1;
    else break;
  }
  return items;
}

/**
 * "FSOC officers arrested three men — Kien Trung Pham, Gordon Brooks and Kerry Chang —", "charged the
 * suspects, A and B": a list of two or more full names right after a verb done to people or a counted person
 * noun, one of them starting with a known given name, is a list of people (each name of it, known or not).
 */
/** "the", "both" or a number: what counts the people a list then names ("three men — A, B and C") */
const countWord = (x: Token | undefined) => !!x && (x.norm === 'the' || x.norm === 'both' || parseNumber(x.norm) !== undefined);

/** Words between a cue and the list of names it introduces: "The arrested are …", "… detained were:" */
const LIST_OPENERS = new Set(['are', 'were', 'include', 'included', 'includes', ':']);

/** "(31)": an age in brackets at token k */
function parenAgeAt(t: Token[], k: number): boolean {
  return t[k]?.text === '(' && /^\d{1,2}$/.test(t[k + 1]?.text ?? '') && t[k + 2]?.text === ')';
}

function listedAfterPeopleCue(ctx: Ctx, t: Token[], i: number, to: number): boolean {
  // (a long list: "The arrested are" ten names with their ages)
  for (let c = i - 1; c >= 0 && c >= i - 72; c--) {
    const x = t[c];
    const cue =
      PERSON_OBJECT_VERBS.has(x.norm) ||
      (LIST_DASHES.has(x.text) && COUNTED_PEOPLE.has(t[c - 1]?.norm ?? '') && (countWord(t[c - 2]) || (!!t[c - 2] && ctx.lex.demonyms.has(t[c - 2].norm) && countWord(t[c - 3]))));
    if (!cue) continue;
    // ("The arrested are A (31), B (24) …": a verb or a colon between the cue and the list)
    const start = c + 1 + (LIST_OPENERS.has(t[c + 1]?.norm ?? '') ? 1 : 0);
    const items = nameListAt(ctx, t, start);
    return items.length >= 2 && items.some(([a, b]) => a === i && b === to) && items.some(([a]) => isGivenName(ctx.lex, t[a]));
  }
  return false;
}

/**
 * "Colin McCabe, Robert Price and Toby Woods were sentenced": the name at `to` is followed by a list of
 * capitalised names of two or three words that ends in a context saying person.
 */
function listedBeforeStrong(f: Frame, to: number): boolean {
  const t = f.tokens;
  let j = to;
  let items = 0;
  let last = to;
  while (items < 5) {
    if (t[j]?.text === ',') j++;
    if (t[j]?.norm === 'and') j++;
    if (j === to || !t[j]?.cap) break;
    let end = j;
    while (end < t.length && t[end].cap && t[end].word) end++;
    if (end - j < 2 || end - j > 3) break;
    j = last = end;
    items++;
    if (t[j]?.text !== ',' && t[j]?.norm !== 'and') break;
  }
  // (the context follows the last name: "A, B and C, both Dutch nationals"; "A, B and C used bitcoin")
  return items > 0 && (STRONG_PERSON_CONTEXT.test(textAfter(f, t[last - 1].end)) || actorVerbAt(t, last));
}

/**
 * "Nino Kirnbauer of the Vienna LKA described …", "… of Finnish Customs said": a known body after "of (the)",
 * then a verb in lower case of what a person says or does; the two words before are a person's name.
 */
function speaksForBody(ctx: Ctx, t: Token[], k: number): boolean {
  if (t[k]?.norm !== 'of') return false;
  const from = t[k + 1]?.norm === 'the' ? k + 2 : k + 1;
  const body = matchAt(ctx.lex.root, t, from);
  if (!body || !body.forms.every((x) => x.entry.type === 'Agency')) return false;
  const verb = t[body.to];
  return !!verb && !verb.cap && (ctx.v.speechVerbs.has(verb.norm) || actorVerbAt(t, body.to) || SPOKE_VERBS.has(verb.norm));
}

/** Verbs of describing, after a speaker's body ("… of the Vienna LKA described it as …") */
const SPOKE_VERBS = new Set(['described', 'called', 'warned', 'stressed', 'confirmed', 'noted', 'explained', 'emphasised', 'emphasized', 'urged']);

/** Has the article named something other than a person by this name before frame `f` (or earlier in it)? */
function namedBefore(ctx: Ctx, f: Frame, text: string): boolean {
  for (const g of ctx.frames) {
    if (g.mentions.some((m) => m.type !== 'Person' && m.text === text)) return true;
    if (g === f) break;
  }
  return false;
}

/** Is token k (or the one after an adverb there) a past-tense verb of what a person does, in lower case? */
function actorVerbAt(t: Token[], k: number): boolean {
  const verb = t[k] && ACTOR_ADVERBS.has(t[k].norm) ? t[k + 1] : t[k];
  return !!verb && !verb.cap && ACTOR_VERBS.has(verb.norm);
}

/**
 * "Jonathan K.", "Klaus-Martin F.": a given name and the initial of the surname, as German, Swiss, Dutch and
 * Austrian reports name suspects. The shape alone says person when the first word is a known given name.
 */
function initialedName(t: Token[], from: number, to: number): boolean {
  return to - from === 2 && t[to]?.text === '.' && t[from + 1].text.length === 1 && t[from + 1].cap && t[from].text.length > 2 && !t[from].upper;
}

/** "Jonathan K., Klaus-Martin F. and Tibo L.": the name before the comma or "and" is one of the same shape. */
function listedAfterInitialedPerson(f: Frame, i: number): boolean {
  const t = f.tokens;
  const sep = t[i - 1];
  if (!sep || (sep.text !== ',' && sep.norm !== 'and')) return false;
  const before = f.mentions.find((m) => m.type === 'Person' && m.to + 1 === i - 1 && t[m.to]?.text === '.');
  return !!before && initialedName(t, before.from, before.to);
}

/** Verbs whose object is a person ("arrested X", "charged X"). */
const PERSON_OBJECT_VERBS = new Set(['arrested', 'found', 'charged', 'indicted', 'sentenced', 'convicted', 'extradited', 'detained', 'jailed', 'apprehended', 'prosecuted', 'arresting', 'charging', 'indicting', 'sentencing', 'extraditing', 'detaining', 'jailing', 'convicting', 'arrest', 'extradite', 'charge', 'sentence', 'defendant', 'defendants', 'suspect', 'accused', 'captured', 'capturing', 'nabbed', 'deported', 'expelled']);
/** Verbs in the past tense that a person (not a body or a place) does, after a name ("Mark Ellison ran the site") */
const ACTOR_VERBS = new Set(['ran', 'operated', 'created', 'founded', 'co-founded', 'launched', 'sold', 'shipped', 'mailed', 'posted', 'bought', 'purchased', 'ordered', 'admitted', 'confessed', 'laundered', 'distributed', 'supplied', 'imported', 'smuggled', 'trafficked', 'advertised', 'administered', 'moderated', 'manufactured', 'pressed', 'packaged', 'conspired', 'fled', 'denied', 'pleaded', 'pled', 'faces', 'faced', 'allegedly', 'used', 'received', 'accepted', 'earned', 'dealt', 'traded', 'possessed', 'stored', 'hid', 'rented', 'travelled', 'traveled', 'appeared', 'testified', 'wrote', 'lived', 'worked']);
/** Last words of the names of places and buildings that start like a given name ("Jordan Valley", "Grace Church") */
const FEATURE_WORDS = new Set(['valley', 'church', 'chapel', 'cathedral', 'street', 'road', 'avenue', 'lane', 'hall', 'park', 'bridge', 'river', 'lake', 'hill', 'hills', 'mountain', 'island', 'islands', 'bay', 'beach', 'station', 'airport', 'hospital', 'school', 'college', 'university', 'centre', 'center', 'square', 'house', 'tower', 'harbour', 'harbor', 'port', 'county', 'city', 'town', 'village', 'district', 'heights', 'gardens', 'estate', 'foundation', 'trust', 'fund', 'group', 'holdings', 'partners', 'media', 'news', 'times', 'post', 'herald', 'tribune', 'gazette', 'journal']);
/** Adverbs between such a name and its verb ("Ross Ulbricht allegedly created") */
const ACTOR_ADVERBS = new Set(['allegedly', 'also', 'then', 'later', 'previously', 'reportedly', 'had', 'has', 'personally']);
/** Nouns of what is done to a person, before "of" and the name ("announced the arrest of Matthew Jones") */
const ACT_ON_PERSON_NOUNS = new Set(['arrest', 'arrests', 'extradition', 'conviction', 'sentencing', 'indictment', 'detention', 'prosecution', 'guilty']);
/** Verbs of making or running something whose agent follows "by" ("run by X", "founded by X", "set up by X") */
const RUN_BY_VERBS = new Set(['run', 'operated', 'founded', 'co-founded', 'created', 'administered', 'managed', 'launched', 'owned', 'controlled', 'moderated', 'established', 'developed', 'up']);
/** Honorifics before a person's name (the relation rules skip them too). */
export const HONORIFICS = new Set(['dr', 'mr', 'mrs', 'ms', 'prof', 'professor', 'sir', 'dame', 'herr', 'frau', 'mme', 'mlle', 'monsieur', 'madame', 'senor', 'señor', 'senora', 'señora']);
/** Role nouns in lower case right before a name ("police attorney X", "spokesman X"). */
const ROLE_BEFORE_NAME = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'attorney', 'prosecutor', 'inspector', 'detective', 'investigator', 'commissioner', 'superintendent', 'lawyer', 'judge', 'sergeant', 'constable', 'co-defendant', 'co-defendants', 'co-conspirator', 'co-conspirators', 'accomplice', 'accomplices', 'associate', 'twins', 'brothers', 'sisters', 'siblings', 'cousins', 'national', 'citizen']);
/** Role nouns of a market's or a gang's people before an appositive name ("its founder, X,"). */
const ROLE_NOUNS = new Set(['co-accused', 'founder', 'co-founder', 'administrator', 'admin', 'operator', 'creator', 'owner', 'moderator', 'mastermind', 'leader', 'ringleader', 'boss', 'vendor', 'seller', 'suspect', 'defendant', 'accused', 'developer', 'programmer', 'courier', 'wife', 'husband', 'brother', 'sister', 'son', 'daughter', 'partner', 'girlfriend', 'boyfriend', 'accomplice', 'associate', 'co-conspirator', 'agent', 'officer', 'detective', 'investigator', 'official', 'employee']);

/** A line in title case: most of its words of four letters or more are capitalised, and it has no full stop. */
function titleCased(t: Token[]): boolean {
  let words = 0;
  let caps = 0;
  for (const x of t) {
    if (x.text === '.') return false;
    if (!x.word || x.text.length < 4) continue;
    words++;
    if (x.cap) caps++;
  }
  return words >= 4 && caps / words >= 0.75;
}

/** Short references to people already named: "Van de Coevering:", "said Garland". */
function surnameMentions(ctx: Ctx, frames: Frame[]): void {
  // the short forms (a surname, "van de Coevering") by their first word, in the order they were learnt
  const byFirst = new Map<string, Array<{ parts: string[]; alias: string; m: Mention }>>();
  for (const [alias, m] of ctx.aliases) {
    if (m.type !== 'Person') continue;
    const parts = alias.split(' ');
    // full names are found by the scan, once known; an initialled name ("Tibo L.") may be known only from a later sentence
    if (parts.length >= 2 && m.label.split(/\s+/).length === parts.length && parts[parts.length - 1].length > 1) continue;
    let list = byFirst.get(parts[0]);
    if (!list) byFirst.set(parts[0], (list = []));
    list.push({ parts, alias, m });
  }
  if (!byFirst.size) return;
  for (const f of frames) {
    const t = f.tokens;
    for (let i = 0; i < t.length; i++) {
      if (!t[i].cap) continue;
      const candidates = byFirst.get(t[i].norm);
      if (!candidates) continue;
      if (f.mentions.some((m) => i >= m.from && i < m.to)) continue;
      for (const { parts, alias, m } of candidates) {
        const n = parts.length;
        if (n > 1 && normsOf(t, i, i + n) !== alias) continue;
        if (t[i + n]?.cap) continue;
        // ("Suadia Monson" is not Jabari Monson: a capitalised word before the surname is another given name,
        // unless it is an honorific or ends a title: "Mr Monson", "Detective Monson")
        const before = t[i - 1];
        if (n === 1 && i > 1 && before?.cap && before.word && !HONORIFICS.has(before.norm) && titleEndingAt(ctx, t, i) < 0) continue;
        f.mentions.push(movedTo(m, i, i + n, t[i].start, t[i + n - 1].end, span(f, i, i + n), m.aliases, undefined, undefined));
        i += n - 1;
        break;
      }
    }
  }
}

// ------------------------------------------------------------- X called Y ----

const CALLED = /\b(called|named|known as|dubbed|codenamed|code-named|code named|nicknamed|titled|operation|investigation|(?:marketplace|market|platform|site|shop|group|gang|network)s?)\s*,?\s*(?=[“"‘']\p{Lu})|\b(called|named|known as|dubbed|codenamed|code-named|code named|nicknamed|titled)\s*,?\s*/giu;

/** Can CALLED match in this sentence? A naming word, or a quote mark right before a capital letter. */
function mayCall(f: Frame): boolean {
  if (CALLED_WORD.test(f.lower)) return true;
  const text = f.sentence.text;
  for (let k = 0; k < text.length - 1; k++) {
    const c = text.charCodeAt(k);
    const quote = c === 34 || c === 39 || c === 0xab || c === 0xbb || (c >= 0x2018 && c <= 0x201d && c !== 0x201a && c !== 0x201b);
    if (quote && UPPER_START.test(text.slice(k + 1, k + 3))) return true;
  }
  return false;
}
const CALLED_WORD = /called|named|known as|dubbed|titled/;
const UPPER_START = /^\p{Lu}/u;

/** "a group called ‘Weedzy’", "an operation, called SpecTor", "a marketplace known as X". */
function calledFrames(ctx: Ctx, f: Frame): void {
  if (!mayCall(f)) return;
  const t = f.tokens;
  const { v } = ctx;
  CALLED.lastIndex = 0;
  for (let m = CALLED.exec(f.sentence.text); m; m = CALLED.exec(f.sentence.text)) {
    const after = f.sentence.start + m.index + m[0].length;
    let i = t.findIndex((x) => x.start >= after);
    if (i < 0) continue;
    const quoted = QUOTE_CHARS.has(t[i].text);
    if (quoted) i++;
    if (!t[i]?.cap) continue;
    // the noun before the trigger (or the trigger itself: operation "X") decides the class
    const before = f.lower.slice(0, m.index + (m[1] ? m[1].length : 0)).split(/[^\p{L}-]+/u).filter(Boolean);
    const noun = before.slice(-3).reverse().find((w) => /operation|investigation|probe|crackdown|action|market|marketplace|site|shop|platform|forum|group|gang|network|cartel|syndicate|vendor|organi[sz]ation|crew|ring/.test(w));
    // (a place's name given to an investigation is its code name: "the investigation, codenamed Ringwood")
    const taken = f.mentions.find((x) => i >= x.from && i < x.to);
    if (taken && !(OPERATION_NOUN.test(noun ?? '') && taken.from === i && (taken.type === 'Location' || taken.type === 'Country'))) continue;
    let end = quoted ? quotedEnd(t, i) : chunk(v, t, i);
    if (end <= i) continue;
    for (;;) {
      calledName(ctx, f, i, end, noun);
      // a list of quoted names after a plural noun: two platforms, "A" and "B"
      let k = end + 1;
      if (!quoted || !QUOTE_CHARS.has(t[end]?.text ?? '')) break;
      if (t[k]?.text === ',') k++;
      if (t[k]?.norm === 'and' || t[k]?.norm === 'or') k++;
      if (k === end + 1 || !QUOTE_CHARS.has(t[k]?.text ?? '') || !t[k + 1]?.cap) break;
      i = k + 1;
      end = quotedEnd(t, i);
      if (!QUOTE_CHARS.has(t[end]?.text ?? '') || f.mentions.some((x) => x.type !== 'Marketplace' && x.from >= i && x.from < end)) break;
    }
  }
}

/** Nouns of an investigation, before the name it is called by */
const OPERATION_NOUN = /operation|investigation|probe|crackdown|action/;

/** End of a quoted name that starts at i: the closing quote mark, or six words on. */
function quotedEnd(t: Token[], i: number): number {
  let end = i;
  while (end < t.length && !QUOTE_CHARS.has(t[end].text) && end - i < 6) end++;
  return end;
}

/** The name [i, end) read by calledFrames, of the class the noun before it says. */
function calledName(ctx: Ctx, f: Frame, i: number, end: number, noun: string | undefined): void {
  const t = f.tokens;
  const name = span(f, i, end);
  let mention: Mention | undefined;
  if (/^operation\b/i.test(name)) mention = operationMention(f, i + 1 <= end - 1 ? i + 1 : i, end, name.replace(/^operation\s+/i, ''));
  else if (!noun) return;
  else if (OPERATION_NOUN.test(noun)) mention = operationMention(f, i, end, name);
  else if (/market|site|shop|platform|forum/.test(noun)) mention = mk(f, i, end, { key: `marketplace:${slug(name)}`, type: 'Marketplace', label: name, aliases: [], fromGazetteer: false });
  else mention = mk(f, i, end, { key: `criminalgroup:${slug(name)}`, type: 'CriminalGroup', label: name, aliases: [], fromGazetteer: false });
  const known = matchAt(ctx.lex.root, t, i);
  if (known && known.to === end && !(mention.type === 'Operation' && known.forms.every((x) => x.entry.type === 'Location' || x.entry.type === 'Country'))) mention = pickForm(f, i, end, known.forms.map((x) => x.entry));
  f.mentions = f.mentions.filter((x) => x.to <= mention!.from || x.from >= mention!.to);
  f.mentions.push(mention);
  ctx.aliases.set(normsOf(t, i, end), mention);
}

// ----------------------------------------------- markets and groups by apposition ----

/** Words that make a market noun a dark-web market's: "darknet", "hidden", "Tor-based", "Russian-language" */
const MARKET_QUALIFIER = String.raw`dark ?web|darknet|dark net|online|underground|illicit|illegal|cryptomarket|drugs?|hidden|anonymous|encrypted|clandestine|tor|onion|cryptocurrency|[\p{L}]+-(?:language|speaking|based)`;
const MARKET_NOUN = new RegExp(String.raw`\b(?:(?:${MARKET_QUALIFIER}|criminal)\s+)+(?:market(?:place)?|site|platform|shop|store|forum|bazaar)s?\s*,?\s+$`, 'iu');
/** words that make a handle some person's, not a vendor group's ("the men", "the women": several people, whose one name is a group's) */
const PERSON_WORDS = /\b(?:man|woman|defendants?|suspects?|he|she|him|his|her|himself|herself|founder|administrator|operator|boy|girl|teenager)\b/i;
/** "traded on the AlphaBay marketplace as ", "sold drugs on Dream Market as ": a vendor's name follows */
const MARKET_AS = /\b(?:traded|trading|sold|selling|operated|operating|dealt|dealing|advertised|posted)\s+(?:[\p{L}-]+\s+){0,3}?on\s+(?:the\s+)?(?:[\p{L}\p{N}.-]+\s+){1,4}?as\s+$/iu;
const MARKET_AFTER = /^\s+(marketplace|market|site|forum|shop|platform|bazaar)\b/i;
const VENDOR_NAME = /\b(?:under|using|with)\s+the\s+(?:vendor\s+|online\s+|user\s?|trading\s+)?(?:names?|monikers?|handles?|alias(?:es)?|pseudonyms?|usernames?)\s+$/i;
const A_MARKET = new RegExp(String.raw`^\s*,\s*(?:an?|the|one of the)\s+(?:(?:[\p{L}-]+\s+){0,4}?(?:${MARKET_QUALIFIER})\s+(?:[\p{L}-]+\s+){0,2}?(?:market(?:place)?|site|platform|shop|forum|bazaar)\b|(?:[\p{L}-]+\s+){0,4}?(?:market(?:place)?|site|platform|shop|forum|bazaar)s?\s+(?:on|of)\s+the\s+(?:dark ?web|darknet|dark net)\b)`, 'iu');
/** A plural market noun and "such as", "including" or "like" before the first of its examples */
const MARKET_EXAMPLES = new RegExp(String.raw`\b(?:(?:${MARKET_QUALIFIER}|criminal)\s+)+(?:market(?:place)?s|sites|websites|platforms|shops|stores|forums)\s*,?\s+(?:such\s+as|including|like)\s+`, 'giu');

/**
 * "darknet websites such as Empire Market, Silk Route and Drug Board": each capitalised name listed after a plural
 * market noun and "such as" is a market (a known one stays what it is).
 */
function marketExamples(ctx: Ctx, f: Frame): void {
  if (!ctx.darkweb || !/\b(?:such as|including|like)\s+\p{Lu}/u.test(f.sentence.text)) return;
  const t = f.tokens;
  MARKET_EXAMPLES.lastIndex = 0;
  for (const x of f.sentence.text.matchAll(MARKET_EXAMPLES)) {
    let i = t.findIndex((y) => y.start >= f.sentence.start + (x.index ?? 0) + x[0].length);
    for (let n = 0; i >= 0 && i < t.length && n < 8; n++) {
      const known = f.mentions.find((m) => m.from === i);
      let end = i;
      if (known) end = known.to;
      else while (end < t.length && t[end].cap && t[end].word && !ctx.v.determiners.has(t[end].norm)) end++;
      if (end === i || (!known && f.mentions.some((m) => m.from < end && m.to > i))) break;
      if (!known) {
        const name = span(f, i, end);
        const m = mk(f, i, end, { key: `marketplace:${slug(name)}`, type: 'Marketplace', label: name, aliases: [], fromGazetteer: false });
        const at = f.mentions.findIndex((y) => y.from > i);
        f.mentions.splice(at < 0 ? f.mentions.length : at, 0, m);
      }
      // the next item after ", ", " and ", ", and ", " or "
      let k = end;
      if (t[k]?.text === ',') k++;
      if (t[k]?.norm === 'and' || t[k]?.norm === 'or') k++;
      if (k === end || !t[k]?.cap) break;
      i = k;
    }
  }
}
/** Last words MARKET_NOUN and VENDOR_NAME can end with (lower case; a plural's "s" dropped for markets). */
const MARKET_NOUNS = new Set(['market', 'marketplace', 'site', 'platform', 'shop', 'store', 'forum', 'bazaar', 'markets', 'marketplaces', 'sites', 'platforms', 'shops', 'stores', 'forums', 'bazaars']);
const VENDOR_WORDS = new Set(['name', 'moniker', 'handle', 'alias', 'pseudonym', 'username', 'names', 'monikers', 'handles', 'aliases', 'pseudonyms', 'usernames']);

/** The last character of `s` that is not white space ('' if none). */
function lastChar(s: string): string {
  let e = s.length;
  while (e > 0 && /\s/.test(s[e - 1])) e--;
  return e > 0 ? s[e - 1] : '';
}

/** The run of ASCII letters before the trailing white space and one optional comma, lower-cased: "… web market, " -> "market". */
function lastWord(s: string): string {
  let e = s.length;
  while (e > 0 && /\s/.test(s[e - 1])) e--;
  if (s[e - 1] === ',') e--;
  while (e > 0 && /\s/.test(s[e - 1])) e--;
  let b = e;
  while (b > 0 && /[A-Za-z]/.test(s[b - 1])) b--;
  return s.slice(b, e).toLowerCase();
}
/** nouns that make "the X group" a criminal group only in a dark-web article */
const WEAK_GROUP_NOUN = /^\s+(group|network|crew|vendor\s+group|drug\s+network)\b(?!\s+of\b)/i;
const GROUP_NOUN = /^\s+(cartel|gang|syndicate|mafia|crime family|crime group|organised crime group|organized crime group|crime ring|drug ring|trafficking ring)\b/i;

/**
 * "the darknet marketplace Foo", "Foo, an illegal dark web market": a capitalised name in apposition to a
 * market noun is a marketplace; "the Foo cartel" is a criminal group.
 */
function appositionFrames(ctx: Ctx, f: Frame): void {
  const t = f.tokens;
  const { v } = ctx;
  // a pattern-typed organisation or a place can be re-read as a market or group ("Foo Exchange, a dark web market")
  const weak = (m: Mention) => (!m.fromGazetteer && m.type === 'Organization') || m.type === 'Location';
  const covered = (i: number) => f.mentions.some((m) => i >= m.from && i < m.to && !weak(m));
  const coveredIn = (from: number, to: number) => {
    for (let k = from; k < to; k++) if (covered(k)) return true;
    return false;
  };
  for (let i = 0; i < t.length; i++) {
    if (!t[i].cap || covered(i) || v.determiners.has(t[i].norm)) continue;
    const end = chunk(v, t, i);
    if (end <= i || coveredIn(i, end)) continue;
    // the name proper is what follows the last connector ("Members of the Sinaloa" -> "Sinaloa")
    for (let k = end - 1; k > i; k--) {
      if (!t[k].cap) {
        i = k + 1;
        break;
      }
    }
    const name = span(f, i, end);
    const before = f.sentence.text.slice(0, t[i].start - f.sentence.start);
    const after = f.sentence.text.slice(t[end - 1].end - f.sentence.start);
    let m: Mention | undefined;
    const quoteBefore = QUOTE_CHARS.has(lastChar(before)) && /[“"‘']\s*$/.test(before);
    const beforeName = quoteBefore ? before.replace(/[“"‘']\s*$/, '') : before;
    // the end-anchored patterns are tried only when the word before the name is one they end with
    const wordBefore = lastWord(beforeName);
    const afterNoun = ctx.darkweb && MARKET_NOUNS.has(wordBefore) && MARKET_NOUN.test(beforeName);
    let plural = false;
    let vendors = false;
    if (ctx.darkweb && (afterNoun || A_MARKET.test(after) || (MARKET_AFTER.test(after) && /\bthe\s+$/i.test(before)))) {
      m = mk(f, i, end, { key: `marketplace:${slug(name)}`, type: 'Marketplace', label: name, aliases: [], fromGazetteer: false });
      plural = afterNoun && wordBefore.endsWith('s');
    } else if (
      ctx.darkweb &&
      ((VENDOR_WORDS.has(wordBefore) && VENDOR_NAME.test(beforeName)) || (wordBefore === 'as' && MARKET_AS.test(beforeName))) &&
      !f.mentions.some((x) => x.type === 'Person' && x.start > t[i].start) &&
      // (several names of people no sentence named: "two men … under the vendor names "A" and "B"")
      ((wordBefore.endsWith('s') && !f.mentions.some((x) => x.type === 'Person')) || (f.mentions.filter((x) => x.type === 'Person' && x.end <= t[i].start).length !== 1 && !PERSON_WORDS.test(f.sentence.text)))
    ) {
      // 'advertised under the vendor name "Pharma-Master"', 'A and B operated under the name MH4Life': the
      // vendor's name, a group (one person's name, "X ran the site under the pseudonym Defcon", is that person's)
      m = mk(f, i, end, { key: `criminalgroup:${slug(name)}`, type: 'CriminalGroup', label: name, aliases: [], fromGazetteer: false });
      vendors = wordBefore.endsWith('s');
    } else {
      // ("the Chemical Revolution group": a weaker noun, after "the" in a dark-web article)
      const g = GROUP_NOUN.exec(after) ?? (ctx.darkweb && /\bthe\s+$/i.test(before) ? WEAK_GROUP_NOUN.exec(after) : null);
      // ("A British organised crime group": a nationality describes a group, it does not name one)
      if (g && !(t[end] && t[end].cap) && !(end - i === 1 && ctx.lex.demonyms.has(t[i].norm))) {
        const noun = g[1].replace(/\b\p{L}/gu, (c) => c.toUpperCase());
        const nounEnd = t.findIndex((x) => x.start >= t[end - 1].end + g[0].length - 1) ;
        const to = nounEnd > 0 ? nounEnd : end;
        m = mk(f, i, to, { key: `criminalgroup:${slug(name + ' ' + g[1])}`, type: 'CriminalGroup', label: `${name} ${noun}`, aliases: [`${name} ${g[1]}`, name], fromGazetteer: false });
      }
    }
    if (!m) {
      i = end - 1;
      continue;
    }
    {
      const mm = m;
      f.mentions = f.mentions.filter((x) => x.to <= mm.from || x.from >= mm.to);
      f.mentions.push(m);
      ctx.aliases.set(normsOf(t, i, end), m);
      i = m.to - 1;
      // ("the darknet platforms Mupparna, Drugify and ApotekDirekt": every name listed after a plural market noun)
      if (plural || vendors) i = nameListAfter(ctx, f, m, plural ? 'Marketplace' : 'CriminalGroup') - 1;
    }
  }
}

/** The names listed after `first` (", B and C"), each of its class unless already something else; returns the token after the list. */
function nameListAfter(ctx: Ctx, f: Frame, first: Mention, type: 'Marketplace' | 'CriminalGroup'): number {
  const t = f.tokens;
  let k = first.to;
  for (;;) {
    let s = k;
    // (a quoted name's closing quote)
    if (t[s] && QUOTE_CHARS.has(t[s].text) && s === first.to) s++;
    if (t[s]?.text === ',') s++;
    if (t[s]?.norm === 'and' || t[s]?.norm === 'or') s++;
    if (s === k || (s === k + 1 && QUOTE_CHARS.has(t[k].text))) return k;
    if (t[s] && QUOTE_CHARS.has(t[s].text)) s++;
    if (!t[s]?.cap || !t[s].word || ctx.v.determiners.has(t[s].norm)) return k;
    let e = s + 1;
    while (e < t.length && t[e].cap && t[e].word && e - s < 4) e++;
    const known = f.mentions.find((x) => x.from < e && x.to > s);
    if (known && (known.type !== type || known.from !== s)) {
      if (known.fromGazetteer || known.type !== 'Organization') return k;
    } else if (known) {
      // (a market the gazetteer knows: kept, and the list goes on after it)
      k = known.to < t.length && QUOTE_CHARS.has(t[known.to].text) ? known.to + 1 : known.to;
      continue;
    }
    const name = span(f, s, e);
    const m = mk(f, s, e, { key: `${type.toLowerCase()}:${slug(name)}`, type, label: name, aliases: [], fromGazetteer: false });
    f.mentions = f.mentions.filter((x) => x.to <= s || x.from >= e);
    f.mentions.push(m);
    ctx.aliases.set(normsOf(t, s, e), m);
    k = e < t.length && QUOTE_CHARS.has(t[e].text) ? e + 1 : e;
  }
}

/** A known name followed by another name of the same entity in parentheses is one mention. */
function foldParenthesisedNames(f: Frame): void {
  const ms = f.mentions.sort((a, b) => a.from - b.from || b.to - a.to);
  for (let k = ms.length - 1; k > 0; k--) {
    const a = ms[k - 1];
    const b = ms[k];
    if (b.from !== a.to + 1 || f.tokens[a.to]?.text !== '(' || f.tokens[b.to]?.text !== ')') continue;
    // the same entity twice, or a name of our own making glossed by a known one: "National Police (Politie)"
    const same = a.key === b.key;
    const glossed = !a.fromGazetteer && b.fromGazetteer && a.type === b.type;
    if (!same && !glossed) continue;
    const end = f.tokens[b.to];
    const into = same ? a : b;
    const aliases = same ? [...a.aliases, b.text] : [...b.aliases, a.text, b.text];
    ms[k - 1] = movedTo(into, a.from, b.to + 1, a.start, end.end, f.sentence.text.slice(a.start - f.sentence.start, end.end - f.sentence.start), aliases, into.role, into.roleAgencyKey);
    ms.splice(k, 1);
  }
}

function acronymInsideBody(f: Frame): void {
  const ms = f.mentions;
  const t = f.tokens;
  for (let k = 0; k + 1 < ms.length; k++) {
    const a = ms[k];
    const b = ms[k + 1];
    if (a.fromGazetteer || !['Location', 'Organization', 'Agency'].includes(a.type) || b.type !== 'Agency' || b.fromGazetteer) continue;
    // "(HIDTA)" between: an acronym of the first name's initials
    if (b.from !== a.to + 3 || t[a.to].text !== '(' || t[a.to + 2].text !== ')' || !t[a.to + 1].upper) continue;
    const acronym = t[a.to + 1].text;
    const initials = t.slice(a.from, a.to).filter((x) => x.cap).map((x) => x.text[0]).join('');
    if (!initials.includes(acronym[0]) || !initials.endsWith(acronym.slice(-1))) continue;
    const label = span(f, a.from, b.to);
    // the acronym stands for the name's last words, one capitalised word a letter ("Portland" + "HIDTA"); a name
    // with other words among them ("Bureau of Investigation (BI)") keeps its words
    const spelled = a.to - acronym.length;
    const short = spelled >= a.from && t.slice(spelled, a.to).every((x) => x.cap) ? [...(spelled > a.from ? [span(f, a.from, spelled)] : []), acronym, b.text].join(' ') : `${a.text} ${b.text}`;
    ms.splice(k, 2, mk(f, a.from, b.to, { key: `agency:${slug(short)}`, type: 'Agency', label: short, aliases: [label, `${a.text} ${b.text}`], fromGazetteer: false }));
  }
}

const DISTRICT_LINE = /^(?:(?:Northern|Southern|Eastern|Western|Central|Middle)\s+)?District\s+of\s+\p{Lu}[\p{L} .]+$/u;
const OFFICE_LINE = /^(?:U\.?S\.?|United States)\s+Attorney['\u2019]s\s+Office$/i;

/** "…, Western District of Pennsylvania" after "U.S. Attorney's Office": group 1 is the district */
const COMMA_DISTRICT = /^,\s+((?:(?:Northern|Southern|Eastern|Western|Central|Middle)\s+)?District\s+of\s+(?:the\s+)?\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)*)/u;

/** The U.S. Attorney's Office of the district named after a comma (the byline of DOJ releases): one mention. */
function officeCommaDistrict(ctx: Ctx, f: Frame): void {
  for (let k = 0; k < f.mentions.length; k++) {
    const m = f.mentions[k];
    if (m.type !== 'Agency' || !OFFICE_LINE.test(m.text.replace(/^the\s+/i, ''))) continue;
    const after = COMMA_DISTRICT.exec(f.sentence.text.slice(m.end - f.sentence.start));
    if (!after) continue;
    // the longest district the gazetteer knows ("District of Columbia", not "District of Columbia Superior")
    const toks = tokenize(`U.S. Attorney's Office for the ${after[1]}`);
    const g = matchAt(ctx.lex.root, toks, 0);
    if (!g || g.forms[0].entry.type !== 'Agency') continue;
    const lastWord = toks[g.to - 1].text;
    const endAt = m.end + after[0].indexOf(lastWord, after[0].length - after[1].length) + lastWord.length;
    let to = m.to;
    while (to < f.tokens.length && f.tokens[to].end <= endAt) to++;
    if (f.tokens[to - 1].end !== endAt) continue;
    const e = g.forms[0].entry;
    f.mentions[k] = fromEntry(f, m.from, to, e);
    // whatever was read inside the district's name ("Pennsylvania") is part of the office's name
    f.mentions = f.mentions.filter((x, i) => i === k || x.to <= m.from || x.from >= to);
  }
}

function joinOfficeHeader(ctx: Ctx, office: Frame, district: Frame): void {
  if (!OFFICE_LINE.test(office.sentence.text.trim()) || !DISTRICT_LINE.test(district.sentence.text.trim())) return;
  const toks = tokenize(`U.S. Attorney's Office for the ${district.sentence.text.trim()}`);
  const g = matchAt(ctx.lex.root, toks, 0);
  if (!g || g.to !== toks.length) return;
  const e = g.forms[0].entry;
  office.mentions = [fromEntry(office, 0, office.tokens.length, e)];
  district.mentions = [];
}
