/**
 * darkweb-kg: counted facts. Arrest counts ("arrested 65 people in the United States", "121 in the US,
 * two in Canada", "the United States (153)", "Other arrests took place in Australia, Bulgaria") and
 * seizures ("€50.8 million", "$6.5 million (£5 million)", "850 kg of drugs", "117 firearms", "200,000
 * ecstasy pills") read from sentences that speak of arrests or seizures. Figures restated in one document
 * are kept once, and a rounded restatement ("more than 50 million euros") gives way to the precise one.
 */
import type { ArrestFact, Evidence, SeizureFact, SeizureUnit } from '../types';
import type { Frame, Mention } from './mentions';
import { NUMBER_SOURCE, parseNumber } from './numbers';
import { has, vocab } from './vocab';

const N = NUMBER_SOURCE;
const QUAL = '(?:(?:a total of|in total|more than|over|at least|some|about|around|nearly|almost|approximately|roughly|up to|another|a further)\\s+)?';
const PEOPLE = '(?:people|persons|suspects?|individuals?|men|women|man|woman|person|defendants|vendors|sellers|buyers|dealers|traffickers|administrators|moderators|operators|couriers|accomplices|users|customers|offenders|criminals|members|participants|residents|nationals|teenagers|youths|others|more|alleged [a-z]+|[a-z]+ suspects)';
/** What the people are members of: "of the group", "of the drug syndicate", "of the scheme" */
const OF_GROUP = '(?:of\\s+(?:the|a|an)\\s+(?:[a-z-]+\\s+){0,2}?(?:group|gang|network|ring|organi[sz]ation|cartel|syndicate|scheme|enterprise|conspiracy|cell|clan|crew|band))';
/** An age apposition: ", aged 19, 26 and 27," */
const AGES = '(?:,\\s*aged\\s+\\d{1,2}(?:\\s*(?:,|and|to|-)\\s*\\d{1,2})*\\s*,)';

/**
 * The passive forms of an arrest: "arrested", "detained", "taken into (police) custody", "placed in custody",
 * "placed under arrest" (press releases in translation say "placed in police custody" for a garde à vue).
 */
const WERE_ARRESTED = '(?:arrested|detained|apprehended|taken\\s+into\\s+(?:police\\s+)?custody|placed\\s+(?:in(?:to)?\\s+(?:police\\s+)?custody|under\\s+arrest)|put\\s+under\\s+arrest|(?<=(?:are|were)\\s+(?:now\\s+)?)in\\s+(?:police\\s+)?custody)';

const RE = {
  countIn: new RegExp(`(?<![\\w.,])(${N})\\s+(?:(?:of\\s+(?:the|these|those)\\s+)?(?:(?:earlier|further|other|previous|additional|more)\\s+)?(?:arrests?|people|persons|suspects|individuals)\\s+)?(?:(?:were|was|have\\s+been|had\\s+been)\\s+)?(?:(?:arrested|made|carried\\s+out|held|detained)\\s+)?(?:in|across|throughout)\\s+(?:the\\s+)?$`, 'iu'),
  // ("detained and charged seven people")
  arrestedN: new RegExp(`\\b(?:arrested|detained|apprehended|arresting|detaining|caught)(?:\\s+and\\s+(?:charged|charging|questioned|prosecuted|indicted|interrogated))?\\s+${QUAL}(${N})\\s+(?:(?:[a-z-]+|\\d{1,2}-year-old)\\s+){0,2}?${PEOPLE}\\b`, 'giu'),
  /** "ordered the 24-hour detention of 13 suspects", "led to the arrest of 13 people" */
  detentionOf: new RegExp(`\\b(?:detention|arrest)\\s+of\\s+${QUAL}(${N})\\s+(?:[a-z-]+\\s+){0,2}?${PEOPLE}\\b`, 'giu'),
  // "four Spanish men aged between 18 and 29 were arrested", "Four people from Ottawa have been arrested", and
  // a headline's "Four men arrested on …" (no auxiliary, at the start of the sentence)
  nWereArrested: new RegExp(`(?<![\\w.,])${QUAL}(${N})\\s+(?:(?!of\\s)[a-z-]+\\s+){0,3}?${PEOPLE}\\s+(?:${OF_GROUP}\\s+)?(?:(?:aged\\s+(?:between\\s+)?\\d{1,2}(?:\\s*(?:and|to|-)\\s*\\d{1,2})?|from\\s+\\p{Lu}[\\p{L}-]+(?:\\s+\\p{Lu}[\\p{L}-]+)?),?\\s+)?(?:(?:(?:suspected|accused)\\s+of|who|that)\\s+[^,.;:"“”]{1,60}?\\s+)?(?:have|had|were|was|are|being|been|got)\\s+(?:(?:also|now|since|already|reportedly|subsequently|been)\\s+)*(?:${WERE_ARRESTED}|held)`, 'giu'),
  /** "Arrests were made in A (33), B (13) and C (23), 69 in all" */
  nInAll: new RegExp(`(?:,|;|\\band)\\s+(${N})\\s+(?:in\\s+all|in\\s+total|altogether)\\b`, 'giu'),
  /** "The three were arrested …", "All four have been detained" */
  theNArrested: new RegExp(`\\b(?:(?:the|all)\\s+(${N})|(both)(?:\\s+of\\s+them)?)\\s+(?:(?:men|women|people|suspects)\\s+)?(?:were|have\\s+been|had\\s+been|was)\\s+(?:(?:also|later|subsequently)\\s+)?${WERE_ARRESTED}`, 'giu'),
  /** "Two people, a 32-year-old man and a 29-year-old woman, have been arrested" */
  nAppositionArrested: new RegExp(`(?<![\\w.,])${QUAL}(${N})\\s+(?:[a-z-]+\\s+){0,2}?${PEOPLE}(?:\\s+${OF_GROUP})?\\s*(?:${AGES}|,\\s*[^,;.]{3,80},)\\s*(?:have|had|were|was|are|been)\\s+(?:(?:also|now|since|already|been)\\s+)*${WERE_ARRESTED}`, 'giu'),
  /** "… and its two administrators arrested" (a headline's participle after "its"/"their") */
  itsNArrested: new RegExp(`\\b(?:its|their)\\s+(${N})\\s+(?:[a-z-]+\\s+){0,1}?${PEOPLE}\\s+(?:arrested|detained)\\b`, 'giu'),
  headlineArrested: new RegExp(`^\\s*${QUAL}(${N})\\s+(?:[a-z-]+\\s+){0,2}?${PEOPLE}\\s+(?:arrested|detained)\\b`, 'giu'),
  /** "bringing the number of arrests to six", "the total number of arrests rose to 12" */
  arrestsTo: new RegExp(`\\b(?:total|number)\\s+(?:number\\s+)?of\\s+(?:people\\s+)?(?:arrests|arrested(?:\\s+people)?|suspects\\s+arrested|people\\s+arrested)\\s+(?:to|(?:has\\s+)?(?:rose|risen|rises|climbed|stands|stood|now\\s+stands)\\s+(?:to|at))\\s+(${N})|\\bbringing\\s+(?:the\\s+)?(?:total|tally|count)\\s+to\\s+(${N})`, 'iu'),
  nArrests: new RegExp(`(?<![\\w.,])${QUAL}(${N})\\s+(?:[a-z-]+\\s+)?arrests\\b`, 'giu'),
  parenCount: /^\s*\((\d[\d,]*)\)|^\s*:\s*(\d[\d,]*)\s*$/,
  money: new RegExp(`(?:(?<![A-Za-z])(€|\\$|£|US\\$|USD|EUR|GBP)\\s?(${N})|(${N})\\s+(euros?|dollars?|pounds(?! of)(?!\\s*\\(\\s*[\\d.,]+\\s*(?:kg|kilograms?|kilos?|g|grams?)\\b)|EUR|USD|GBP|bitcoins?|BTC|US dollars))(?![\\w])`, 'giu'),
  weight: new RegExp(`(?<![\\w.,])(${N})\\s?(?:metric\\s+)?(kg|kgs|kilograms?|kilogrammes?|kilos?|grams?|g|tonnes?|tons?|t|lbs?|pounds)\\b(?:\\s+of\\s+((?:(?!\\s(?:and|or|as well as|were|was|worth|including|in|with|from|for|at)\\b)[^,.;:]){1,60}))?`, 'giu'),
  // (phones, laptops, vehicles, cards and passports seized in a raid are no counted seizure: the golds of real articles
  // leave them out or make them optional; servers, pill presses and parcels stay)
  count: new RegExp(`(?<![\\w.,€$£])(${N})(?!\\s*(?:per\\s*cent|percent|%))\\s+((?:[a-z-]+\\s+){0,4}?)(firearms|weapons|guns|pistols|rifles|handguns|rounds of ammunition|pills|tablets|capsules|bottles|vials|doses|blotters|blots|tabs|papers|strips|stamps|pill presses|tablet presses|servers|packages|parcels|counterfeit (?:products|goods|items|documents|banknotes|notes)|luxury (?:goods|items|watches)|watches)\\b`, 'giu'),
};

/** Before "N of the M people": the part ("nine of the 12 dealers") */
const PART_OF = new RegExp(`(?<![\\w.,])(${N})\\s+of\\s+(?:the|these|those)\\s+$`, 'iu');
/** After a place: "in Israel and abroad", "in Spain and elsewhere", "in Odesa and in other regions": the count is a total */
const AND_ABROAD = /^\s+and\s+(?:in\s+)?(?:abroad|elsewhere|overseas|beyond|other\s+(?:countries|regions|cities|towns|provinces|states|parts|areas))\b/i;

/** Before "N others": a named or described person and "and" ("Hinton and four others", "the man and two others") */
const AND_OTHERS = /(?:\p{Lu}[\p{L}'-]+|\b(?:him|her|man|woman|suspect|defendant))\s+and\s+$/u;

/**
 * Words an arrest count pattern cannot match without, one of each group (lower case): a sentence that lacks them
 * skips the pattern. (Under the patterns' Unicode case folding a long s "ſ" reads as "s": a sentence with one is
 * never skipped; the Kelvin sign, the one other letter that folds to ASCII, is lower-cased to "k" in `Frame.lower`.)
 */
const NEEDS = new Map<RegExp, string[][]>([
  [RE.arrestedN, [['arrested', 'detained', 'apprehended', 'arresting', 'detaining', 'caught']]],
  [RE.detentionOf, [['detention of', 'arrest of']]],
  [RE.nWereArrested, [['arrested', 'detained', 'apprehended', 'held', 'custody', 'under arrest']]],
  [RE.nInAll, [['all', 'total', 'altogether']]],
  [RE.theNArrested, [['arrested', 'detained', 'apprehended', 'custody', 'under arrest']]],
  [RE.nAppositionArrested, [['arrested', 'detained', 'apprehended', 'custody', 'under arrest']]],
  [RE.itsNArrested, [['its', 'their'], ['arrested', 'detained']]],
  [RE.headlineArrested, [['arrested', 'detained']]],
  [RE.nArrests, [['arrests']]],
]);

function mayHold(f: Frame, re: RegExp): boolean {
  const groups = NEEDS.get(re);
  if (groups === undefined || f.lower.includes('\u017f')) return true;
  return groups.every((g) => g.some((w) => f.lower.includes(w)));
}

const UNIT: Record<string, SeizureUnit> = {
  '€': 'EUR', eur: 'EUR', euro: 'EUR', euros: 'EUR', $: 'USD', us$: 'USD', usd: 'USD', dollar: 'USD', dollars: 'USD', 'us dollars': 'USD',
  '£': 'GBP', gbp: 'GBP', pound: 'GBP', pounds: 'GBP', bitcoin: 'BTC', bitcoins: 'BTC', btc: 'BTC',
  kg: 'kg', kgs: 'kg', kilogram: 'kg', kilograms: 'kg', kilogramme: 'kg', kilogrammes: 'kg', kilo: 'kg', kilos: 'kg',
  g: 'g', gram: 'g', grams: 'g', t: 't', tonne: 't', tonnes: 't', ton: 't', tons: 't', lb: 'kg', lbs: 'kg',
};

/**
 * Any number at all (NUMBER_SOURCE alone, unanchored). Each count and sum pattern holds a number, and a number
 * one finds in a sentence (or in a slice of it) is one this finds in the sentence: a sentence without one skips them.
 */
const ANY_NUMBER = new RegExp(N, 'iu');

/** "a ton of drugs", "half a tonne of cocaine", "a kilo of heroin" (group 1: half) */
const A_WEIGHT = /\b(half\s+)?an?\s+(tonne|ton|kilo|kilogram|kilogramme)\s+of\s+([\p{L}-]+(?:\s+[\p{L}-]+)?)/giu;
const NOT_SEIZED = /\b(?:processed|turnover(?:\s+of)?|revenues?(?:\s+of)?|earned|earning|generated|laundered|laundering|made|profits?\s+of|fined?|fines\s+of|bail\s+of|reward\s+of|bounty\s+of|paid|spent|costs?|handled|facilitated|moved|sell|sold|selling|sales\s+of|bought|buy|buying|purchased|(?:transactions?|sales|purchases|trades|payments|turnover)\s+(?:worth|of|totall?ing|valued\s+at|amounting\s+to))\s+(?:(?:more\s+than|over|about|some|nearly|almost|approximately|roughly|an\s+estimated|around|up\s+to|at\s+least)\s+)?$/i;
/** Sentences that list seized things without a seizure verb: "Among the drugs were …", "a parcel … contained …" */
const SEIZED_CONTEXT = /^\s*(?:among|including)\s+(?:the\s+)?(?:drugs|items|substances|goods|haul)\b|\b(?:parcels?|packages?|shipments?|consignments?)\b[^.;]{0,80}\bcontain(?:ed|ing)\b/i;
/** "they found 12 lbs of …" is a seizure; "investigators found that …" is not */
const FOUND = /\bfound\b(?!\s+(?:that|guilty|dead|out|to\b|no\b|him|her|them|it\b|itself|themselves|evidence\s+that))/i;

const ONE_ARRESTED = /(?:\b(?:an?|one)\s+(?:\d{1,2}-year-old\s+)?(?:[a-z]+\s+)?(?:man|woman|person|suspect|teenager|boy|girl|national|citizen|resident|administrator|moderator|vendor|seller)\s+(?:was\s+(?:also\s+)?arrested\s+)?(?:in|from|at|near)\s+(?:the\s+)?|\b(?:was|has\s+been|had\s+been|got)\s+(?:\w+\s+)?(?:arrested|detained|apprehended)\s+(?:[^.;,]{0,30}?\s)?(?:in|at|near)\s+(?:the\s+)?)/gi;

export interface FactContext {
  evidence(frame: Frame): Evidence;
  /** mention starting at (or right after white space from) a document offset */
  mentionAt(frame: Frame, offset: number, types: string[]): Mention | undefined;
  /** the place a sentence is about before `offset` ("In Britain, …", "Police in the US …", "German authorities …") */
  scopeOf(frame: Frame, offset: number): Mention | undefined;
  /** the year the article was written in (its date's, else the latest it names) */
  year?: () => number | undefined;
  /** the article is from a country whose "$" is not the US dollar (Australia, Canada, …): such sums have no contract unit */
  localDollar?: boolean;
  /** is this person the article's first suspect (the first it has charged, arrested or named as running a market)? */
  suspect?: (key: string) => boolean;
}

/** The place named right after `p` ("Granada, Valencia", "Madrid and Seitzersdorf"), and whether "and" joins them. */
function placeAfter(f: Frame, p: Mention): { place: Mention; and: boolean } | undefined {
  const gap = /^\s*(,\s*(?:and\b|&)?|and\b|&)\s*(?:the\s+)?/i.exec(f.sentence.text.slice(p.end - f.sentence.start));
  if (!gap) return undefined;
  const at = p.end + gap[0].length;
  const place = f.mentions.find((m) => (m.type === 'Country' || m.type === 'Location') && m.start === at);
  return place && { place, and: /and|&/i.test(gap[1]) };
}

/**
 * The next place when `p` opens a list of places ("Granada, Valencia, Madrid and Seitzersdorf"): a list
 * has "and" or three places; "Paris, France" is one place.
 */
function nextPlace(f: Frame, p: Mention): Mention | undefined {
  const first = placeAfter(f, p);
  if (!first) return undefined;
  let places = 1;
  for (let link: ReturnType<typeof placeAfter> = first; link; link = placeAfter(f, link.place)) {
    if (link.and || ++places >= 3) return first.place;
  }
  return undefined;
}

function placeMentions(f: Frame): Mention[] {
  return f.mentions.filter((m) => m.type === 'Country' || m.type === 'Location');
}

/** The places of a list that starts at `p` ("Austria and the Netherlands", "Switzerland, Spain and Italy"). */
function placeList(f: Frame, p: Mention): Mention[] {
  const out = [p];
  for (let link = placeAfter(f, p); link; link = placeAfter(f, link.place)) out.push(link.place);
  return out;
}

/** Plural things a bare number in "N in <Place>" may count instead of people */
const SOMETHING_COUNTED = /\b(?:homes|houses|addresses|properties|premises|apartments|flats|raids|searches|locations|warehouses|offices|warrants|parcels|packages)\b[^.;]{0,25}$/i;

const EACH_AFTER = new RegExp(`^\\s+(${N})\\s+(?:(?:people|persons|suspects|arrests)\\s+)?each\\b`, 'iu');
const EACH_BEFORE = new RegExp(`(?<![\\w.,])(${N})\\s+(?:(?:person|people|persons|suspect|suspects|arrests?)\\s+)?each\\s+in\\s+(?:the\\s+)?$`, 'iu');
/** "in Brazil three" inside a list of counts: a number right after the place, then the list goes on */
const COUNT_AFTER = new RegExp(`^\\s+(${N})(?=\\s*(?:,|;|\\.|$|\\s+and\\b))`, 'iu');

/**
 * Counts given for several places at once or after the place, in a sentence that lists arrests by country:
 * "in Austria and the Netherlands four each", "one person each in Switzerland and Spain", "in Brazil three".
 */
function distributed(f: Frame): Array<[Mention, number]> {
  const text = f.sentence.text;
  const base = f.sentence.start;
  if (!/\beach\b|,\s*in\s/i.test(text)) return [];
  const out: Array<[Mention, number]> = [];
  const seen = new Set<Mention>();
  for (const p of placeMentions(f)) {
    if (seen.has(p)) continue;
    const list = placeList(f, p);
    for (const x of list) seen.add(x);
    const last = list[list.length - 1];
    const after = text.slice(last.end - base, last.end - base + 40);
    const before = text.slice(Math.max(0, p.start - base - 40), p.start - base);
    const each = EACH_AFTER.exec(after) ?? (list.length > 1 || /\beach\s+in\s+(?:the\s+)?$/i.test(before) ? EACH_BEFORE.exec(before) : null);
    // "in Brazil three": only after "in", as an item of a list of counts (a comma or "and" before it)
    const inverted = !each && list.length === 1 && /(?:,|;|\band)\s+in\s+(?:the\s+)?$/i.test(before) ? COUNT_AFTER.exec(after) : null;
    const m = each ?? inverted;
    const n = m ? parseNumber(m[1]) : null;
    if (n == null || /^(?:19|20)\d\d$/.test(m![1])) continue;
    for (const x of list) out.push([x, n]);
  }
  return out;
}

/** The last place named before `offset` that is not a larger place named after a smaller one ("X, in Y", "X, Y"). */
function placeBefore(f: Frame, offset: number): Mention | undefined {
  let out: Mention | undefined;
  let prev: Mention | undefined;
  for (const m of placeMentions(f)) {
    if (m.end > offset) break;
    const apposed = prev && /^\s*,\s*(?:in\s+)?(?:the\s+)?$/i.test(f.sentence.text.slice(prev.end - f.sentence.start, m.start - f.sentence.start));
    if (!apposed) out = m;
    prev = m;
  }
  return out;
}

/** A capitalised word right before a number, not the sentence's first: the number ends a name or a date ("Soi 87", "Route 66", "March 4") */
const NAME_BEFORE_NUMBER = /[\p{L}\p{N},]\s+\p{Lu}[\p{L}.]*\s$/u;

/** After a counted group of people: " and three men" (group 1: the second number) */
const AND_MORE_PEOPLE = new RegExp(`^\\s+and\\s+(${N})\\s+(?:[a-z-]+\\s+)?${PEOPLE}\\b`, 'iu');

/**
 * After the people arrested, up to the place: "… in the United States", "… at a Canada Post outlet in Ottawa" (the
 * place of the premises), "… on Bali" (an island), ", both students, at one of the addresses in Dunedin" (an
 * apposition first)
 */
const PLACE_AFTER_ARREST = /^(?:\s*,\s*(?:both|all|each|aged|an?)\s[^,.;]{1,28},)?\s+(?:(?:at|near|outside)\s+(?:an?|the|his|her|their|one\s+of\s+the)\s+[^,.;]{1,40}?\s+)?(?:in|across|on|near|around)\s+(?:the\s+)?/i;
/** After an arrest: "at a ", "outside the " (a town and its premises may follow: "at a Townsville post office") */
const AT_TOWN_PREMISES = /^\s+(?:at|near|outside)\s+(?:an?|the)\s+/i;

/** `inherited`: the sentence is an item of a list introduced by "… were arrested in:" */
export function arrestFacts(f: Frame, ctx: FactContext, inherited = false): ArrestFact[] {
  const v = vocab();
  const text = f.sentence.text;
  if (!inherited && !has(v.re.arrest, text)) return [];
  const base = f.sentence.start;
  const out: ArrestFact[] = [];
  const ev = ctx.evidence(f);
  const add = (count: number | null, place?: Mention) => {
    if (count === 0) return;
    out.push({ kind: 'ArrestCount', count, place: place?.key, evidence: ev });
  };
  // the places a count was read for, by key (a scope is a mention of its own: "With two earlier arrests in Australia,
  // 15 suspects …" names Australia once)
  const counted = new Set<string>();
  // "in Austria and the Netherlands four each", "one person each in Switzerland and Spain", "in Brazil three"
  // (the counts below all need a number; most sentences have one, many that only tell of arrests do not)
  const numbers = ANY_NUMBER.test(text);
  for (const [place, n] of numbers ? distributed(f) : []) {
    if (counted.has(place.key)) continue;
    add(n, place);
    counted.add(place.key);
  }
  // "N in (the) <Place>" and "<Place> (N)"
  for (const p of numbers ? placeMentions(f) : []) {
    const before = text.slice(Math.max(0, p.start - base - 60), p.start - base);
    const m = RE.countIn.exec(before);
    // "officers searched two homes, one in Alkmaar and one in …": the number counts the homes
    // ("on Lat Phrao Soi 87 in Bangkok", "on March 4 in Spain": a number that ends a name or a date counts nothing)
    if (m && (SOMETHING_COUNTED.test(before.slice(0, m.index)) || NAME_BEFORE_NUMBER.test(before.slice(0, m.index)))) continue;
    if (m) {
      const n = parseNumber(m[1]);
      if (n != null) {
        // "eight people arrested in Granada, Valencia and Madrid": a total over the places listed
        let next = nextPlace(f, p);
        // ("42 suspects in Israel and abroad": a total too)
        add(n, next || AND_ABROAD.test(text.slice(p.end - base, p.end - base + 30)) ? undefined : p);
        counted.add(p.key);
        for (; next; next = nextPlace(f, next)) counted.add(next.key);
        continue;
      }
    }
    const paren = RE.parenCount.exec(text.slice(p.end - base));
    if (paren) {
      add(Number((paren[1] ?? paren[2]).replace(/,/g, '')), p);
      counted.add(p.key);
    }
  }
  // "bringing the number of arrests to six": the total, whatever else the sentence counts
  const to = numbers && text.includes('arrest') ? RE.arrestsTo.exec(text) : null;
  if (to) {
    const n = parseNumber(to[1] ?? to[2]);
    if (n != null) return [{ kind: 'ArrestCount', count: n, place: undefined, evidence: ev }];
  }
  // "arrested 65 people (in the United States)", "10 people have been arrested in the Netherlands", "288 arrests"
  // ("Both men were arrested in Malmö": a count with no figure)
  for (const re of !numbers ? (f.lower.includes('both') ? [RE.theNArrested] : []) : [RE.arrestedN, RE.detentionOf, RE.nWereArrested, RE.nArrests, RE.headlineArrested, RE.theNArrested, RE.nAppositionArrested, RE.itsNArrested, RE.nInAll]) {
    if (!mayHold(f, re)) continue;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      // ("Both were arrested in Skövde": two)
      const parsed = m[1] === undefined && m[2] ? 2 : parseNumber(m[1]);
      if (parsed == null || (re === RE.nArrests && /\barrests\b/i.test(m[0]) && /\bof\s*$/i.test(text.slice(0, m.index)))) continue;
      // "Hinton and four others were arrested": the one named and the others; "nine of the 12 dealers were
      // detained": the nine
      const part = re === RE.nWereArrested ? PART_OF.exec(text.slice(Math.max(0, m.index - 30), m.index)) : null;
      const n0 = part ? parseNumber(part[1]) ?? parsed : /\bothers\b/i.test(m[0]) && AND_OTHERS.test(text.slice(Math.max(0, m.index - 40), m.index)) ? parsed + 1 : parsed;
      // "arrested two women and three men": one count of both
      const more = re === RE.arrestedN ? AND_MORE_PEOPLE.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 40)) : null;
      const added = more ? parseNumber(more[1]) : null;
      const n = added != null ? n0 + added : n0;
      if (more) m[0] += more[0];
      const endAbs = base + m.index + m[0].length;
      if (out.some((a) => a.place && a.count === n)) continue; // "arrested 65 people in the United States", already read
      // a place right after ("... in the United States"), or the scope the sentence opens with
      // ("In Britain, the NCA said six people …", "Police in the US arrested …", "German authorities arrested …")
      const tail = text.slice(m.index + m[0].length, m.index + m[0].length + 80);
      const pm = PLACE_AFTER_ARREST.exec(tail);
      // ("… at a Townsville post office": a town before the premises, in lower case)
      const atTown = pm ? null : AT_TOWN_PREMISES.exec(tail);
      const townAt = atTown ? ctx.mentionAt(f, endAbs + atTown[0].length, ['Location']) : undefined;
      const atPremises = townAt && /^\s+\p{Ll}/u.test(text.slice(townAt.end - base, townAt.end - base + 3)) ? townAt : undefined;
      const after = pm ? ctx.mentionAt(f, endAbs + pm[0].length, ['Country', 'Location']) : atPremises;
      // "eight people arrested in Granada, Valencia and Madrid": one count over several places is a total
      if (after && (nextPlace(f, after) || AND_ABROAD.test(text.slice(after.end - base, after.end - base + 30)))) {
        add(n);
        continue;
      }
      // "… and detained three people there": the place the clause named before (not a region after it: "in Zgierz
      // County, in Łódź Voivodeship")
      const there = !after && /^\s+there\b/i.test(tail) ? placeBefore(f, base + m.index) : undefined;
      const scope = after ?? there ? undefined : ctx.scopeOf(f, base + m.index);
      const place = after ?? there ?? scope;
      // ("With two earlier arrests in Australia, 15 suspects have now been arrested": the place the sentence opens
      // with has its own count; this one is the total)
      if (place && counted.has(place.key)) {
        if (place === scope && !out.some((a) => a.place === undefined && a.count === n)) add(n);
        continue;
      }
      add(n, place);
      if (place) counted.add(place.key);
    }
  }
  // one named or described person arrested at a place: "Desnica was arrested in Austria", "a 20-year-old man in Liverpool"
  // (not in a sentence about an earlier year: "… shut down in November 2014, when its operator was arrested in …")
  const y = /\b(?:19|20)\d\d\b/.test(text) ? ctx.year?.() : undefined;
  const earlier = y !== undefined && [...text.matchAll(/\b((?:19|20)\d\d)\b/g)].some((m) => +m[1] < y);
  // (… unless the sentence's person is the article's own suspect: "On March 27, 2019, Le was arrested at a hotel in
  // Norwood", in a 2022 story of Le's sentencing, is the case's arrest)
  const ownSuspect = earlier && !!ctx.suspect && f.mentions.some((m) => m.type === 'Person' && ctx.suspect!(m.key)) && !f.mentions.some((m) => m.type === 'Person' && !ctx.suspect!(m.key));
  for (const m of earlier && !ownSuspect ? [] : text.matchAll(ONE_ARRESTED)) {
    // "Three were arrested in X, among them the main suspect, who was detained in Y": one of those counted
    if (out.length && /\b(?:among\s+them|including|one\s+of\s+(?:them|whom))\b/i.test(text.slice(0, m.index))) continue;
    const at = base + (m.index ?? 0) + m[0].length;
    // ("was arrested at a hotel in Norwood": the town after the premises)
    const premises = /^(?:an?|his|her|their)\s+[^.;,]{1,30}?\s+in\s+(?:the\s+)?/i.exec(text.slice(at - base, at - base + 50));
    const place = ctx.mentionAt(f, at, ['Country', 'Location']) ?? (premises && /\bat\s+(?:the\s+)?$/i.test(m[0]) ? ctx.mentionAt(f, at + premises[0].length, ['Country', 'Location']) : undefined);
    if (place && !counted.has(place.key)) {
      add(1, place);
      counted.add(place.key);
    }
  }
  // "Postal inspectors arrested Armstrong at the Yorkmont Post Office in Charlotte": a named person arrested at a place
  if (!earlier && /\b(?:arrested|detained|apprehended)\s+\p{Lu}/u.test(text)) {
    for (const p of f.mentions) {
      if (p.type !== 'Person' || !/\b(?:arrested|detained|apprehended)\s+$/i.test(text.slice(Math.max(0, p.start - base - 14), p.start - base))) continue;
      const tail = PLACE_AFTER_ARREST.exec(text.slice(p.end - base, p.end - base + 70));
      const place = tail ? ctx.mentionAt(f, p.end + tail[0].length, ['Country', 'Location']) : undefined;
      if (place && !counted.has(place.key)) {
        add(1, place);
        counted.add(place.key);
      }
    }
  }
  // "Other arrests took place in Australia, Bulgaria, ..." / "arrests were made in ..." (no figure)
  const listed = /\barrests?\s+(?:were\s+(?:also\s+)?made|took\s+place|were\s+carried\s+out|happened|followed)\s+in\b/i.exec(text);
  if (listed) {
    const from = base + listed.index + listed[0].length;
    for (const p of placeMentions(f)) if (p.start >= from && !counted.has(p.key) && p.type === 'Country') add(null, p);
  }
  return out;
}

/** "From Krutz they took a further 484.92 grams of hashish": an amount taken from someone */
const TOOK_AMOUNT = /\btook\s+(?:(?:a\s+further|another|an\s+additional)\s+)?(?:(?:more\s+than|over|about|around|nearly)\s+)?\d/i;
/** "was arrested at a rented house near Kuta with 6 kilograms of crystal methamphetamine": caught with an amount */
const CAUGHT_WITH = /\b(?:arrested|detained|caught|stopped|apprehended)\b[^.;]{0,80}?\bwith\s+(?:(?:more\s+than|over|about|around|nearly|almost)\s+)?\d/i;

/** Devices named beside a count of "tablets": the tablets are computers too */
const DEVICES_NEAR = /\b(?:phones|laptops|computers|hard\s+drives|storage\s+devices|devices)\b/i;

/** `inherited`: the sentence is an item of a list introduced by "… investigators seized:" */
export function seizureFacts(f: Frame, ctx: FactContext, inherited = false): SeizureFact[] {
  const v = vocab();
  const text = f.sentence.text;
  // (FOUND and SEIZED_CONTEXT are ASCII-only, case-insensitive: the lower-cased sentence lacking their words rules them out)
  const lower = f.lower;
  if (
    !inherited &&
    !has(v.re.seizure, text) &&
    !(lower.includes('found') && FOUND.test(text)) &&
    !((lower.includes('among') || lower.includes('including') || lower.includes('contain')) && SEIZED_CONTEXT.test(text)) &&
    !(lower.includes('took') && TOOK_AMOUNT.test(text)) &&
    !(lower.includes(' with ') && CAUGHT_WITH.test(text))
  )
    return [];
  const base = f.sentence.start;
  const ev = ctx.evidence(f);
  const out: SeizureFact[] = [];
  const taken: Array<[number, number]> = [];
  const free = (s: number, e: number) => !taken.some(([a, b]) => s < b && e > a);
  // (sums, weights and counts need a number)
  const numbers = ANY_NUMBER.test(text);
  const approx = (i: number) => /\b(more than|over|about|around|nearly|almost|some|approximately|roughly|at least|up to)\s*$/i.test(text.slice(Math.max(0, i - 20), i));

  RE.money.lastIndex = 0;
  for (let m = numbers ? RE.money.exec(text) : null; m; m = RE.money.exec(text)) {
    const unit = UNIT[(m[1] ?? m[4]).toLowerCase()];
    const q = parseNumber(m[2] ?? m[3]);
    if (!unit || q == null) continue;
    // "$8.5 million" in an Australian or Canadian article is not US dollars, and the contract has no unit for it
    if (ctx.localDollar && (m[1] === '$' || /^dollars?$/i.test(m[4] ?? '')) && !/\b(?:US|U\.S\.)\s*$/.test(text.slice(Math.max(0, m.index - 5), m.index)) && !/^\s*(?:US|U\.S\.|American)\b/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 10))) continue;
    // money that is turnover, a fine or a reward, not something seized
    if (NOT_SEIZED.test(text.slice(Math.max(0, m.index - 45), m.index))) continue;
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 60);
    const lit = /^\s+in\s+((?:cash|cryptocurrenc(?:y|ies)|virtual currenc(?:y|ies)|crypto(?:currency)?|bitcoin|digital assets?|assets)(?:\s+and\s+(?:cash|cryptocurrenc(?:y|ies)|virtual currenc(?:y|ies)|crypto|bitcoin|digital assets?))?)/i.exec(after);
    out.push({ kind: 'Seizure', quantity: q, unit, item: lit ? { literal: lit[1] } : undefined, evidence: { ...ev, confidence: approx(m.index) ? ev.confidence * 0.9 : ev.confidence } });
    taken.push([m.index, m.index + m[0].length]);
  }
  RE.weight.lastIndex = 0;
  for (let m = numbers ? RE.weight.exec(text) : null; m; m = RE.weight.exec(text)) {
    if (!free(m.index, m.index + m[0].length)) continue;
    const q = parseNumber(m[1]);
    const u = m[2].toLowerCase();
    if (q == null) continue;
    if ((u === 't' || u === 'g' || u === 'pounds') && !m[3]) continue; // "9 t", "5 g" without "of …" is too loose
    // "had purchased over two tonnes of bulking agent": bought, not seized
    if (NOT_SEIZED.test(text.slice(Math.max(0, m.index - 45), m.index))) continue;
    const unit = UNIT[u];
    const quantity = u === 'lb' || u === 'lbs' || u === 'pounds' ? Math.round(q * 0.45359237 * 1000) / 1000 : q;
    let item: SeizureFact['item'];
    if (m[3]) {
      const at = base + m.index + m[0].length - m[3].length;
      const drug = ctx.mentionAt(f, at, ['Drug']);
      item = drug ? { key: drug.key } : { literal: m[3].split(/\s+(?:and|including|,|worth|were|was|in|from|with|seized|found|recovered|confiscated|intercepted)\b/)[0].trim() };
    }
    out.push({ kind: 'Seizure', quantity, unit, item, evidence: ev });
    taken.push([m.index, m.index + m[0].length]);
  }
  // "nearly a ton of drugs", "half a tonne of cocaine"
  if (text.includes(' a ')) {
    for (const m of text.matchAll(A_WEIGHT)) {
      const at = m.index ?? 0;
      if (!free(at, at + m[0].length) || NOT_SEIZED.test(text.slice(Math.max(0, at - 45), at))) continue;
      const unit = UNIT[m[2].toLowerCase()];
      const drug = ctx.mentionAt(f, base + at + m[0].length - m[3].length, ['Drug']);
      out.push({ kind: 'Seizure', quantity: m[1] ? 0.5 : 1, unit, item: drug ? { key: drug.key } : { literal: m[3] }, evidence: ev });
      taken.push([at, at + m[0].length]);
    }
  }
  RE.count.lastIndex = 0;
  for (let m = numbers ? RE.count.exec(text) : null; m; m = RE.count.exec(text)) {
    if (!free(m.index, m.index + m[0].length)) continue;
    const q = parseNumber(m[1]);
    // ("One of the pill presses recovered": a part of what was seized, not a count of it)
    if (q == null || /^(19|20)\d\d$/.test(m[1]) || /^of\s/i.test(m[2])) continue;
    // ("41 mobile phones, 10 tablets, 11 laptops": tablets among devices are computers, not pills)
    if (/^tablets$/i.test(m[3]) && !m[2].trim() && DEVICES_NEAR.test(text.slice(Math.max(0, m.index - 40), m.index + m[0].length + 40))) continue;
    const at = base + m.index + m[1].length;
    const drug = f.mentions.find((x) => x.type === 'Drug' && x.start >= at && x.end <= base + m!.index + m![0].length);
    // ("660 LSD papers", "9,310 LSD strips": blotter forms count only with the drug named before them)
    if (/^(?:papers|strips|stamps)$/i.test(m[3]) && !drug) continue;
    out.push({ kind: 'Seizure', quantity: q, unit: 'count', item: drug ? { key: drug.key } : { literal: m[3] }, evidence: ev });
    taken.push([m.index, m.index + m[0].length]);
  }
  return out;
}

/** Keep each figure once per document; a rounded restatement gives way to the precise figure. */
/** Two seized items that may be one: a missing item, or literals one of which begins or ends the other ("phones", "mobile phones") */
function sameItem(a: SeizureFact['item'], b: SeizureFact['item']): boolean {
  if (!a || !b) return true;
  if ('key' in a || 'key' in b) return 'key' in a && 'key' in b && a.key === b.key;
  const x = a.literal.toLowerCase();
  const y = b.literal.toLowerCase();
  return x.startsWith(y) || y.startsWith(x) || x.endsWith(` ${y}`) || y.endsWith(` ${x}`);
}

export function dedupeFacts<T extends ArrestFact | SeizureFact>(facts: T[]): T[] {
  const out: T[] = [];
  const sig = (x: T) =>
    x.kind === 'ArrestCount'
      ? `a|${x.place ?? ''}|${x.count}`
      : `s|${x.unit}|${x.quantity}|${x.item ? ('key' in x.item ? x.item.key : x.item.literal.toLowerCase()) : ''}`;
  const seen = new Set<string>();
  for (const x of facts) {
    const s = sig(x);
    if (seen.has(s)) continue;
    // ("1.2 tonnes of synthetic drugs" told twice, once as "1.2 tonnes of synthetic drugs seized in Germany"): the
    // same amount of what one item's words begin the other's, or of no item said, is one seizure
    if (x.kind === 'Seizure' && out.some((y) => y.kind === 'Seizure' && y.unit === x.unit && y.quantity === x.quantity && sameItem(y.item, x.item))) continue;
    seen.add(s);
    out.push(x);
  }
  // arrest totals: a null-count fact for a place that also has a figure is redundant
  const withCount = new Set(out.filter((x) => x.kind === 'ArrestCount' && x.count != null).map((x) => (x as ArrestFact).place ?? ''));
  const money = new Set<SeizureUnit>(['EUR', 'USD', 'GBP', 'BTC']);
  // a count with no place that repeats a placed one of another sentence ("four arrests" in the headline, then
  // "in Austria … four"; "The two were arrested after …" after "Two people … have been arrested in Alkmaar")
  const placed: ArrestFact[] = [];
  for (const x of out) if (x.kind === 'ArrestCount' && x.place && x.count != null) placed.push(x);
  // (not a sentence that states a total: "The operation led to 6 arrests in total")
  const restated = (x: ArrestFact) => x.count != null && !x.place && !/\b(?:in total|in all|total|altogether|overall)\b/i.test(x.evidence.text) && placed.some((y) => y.count === x.count && y.evidence.start !== x.evidence.start);
  return out.filter((x) => {
    if (x.kind === 'ArrestCount') return !(x.count == null && withCount.has(x.place ?? '')) && !restated(x);
    if (!money.has(x.unit)) return true;
    // "more than 50 million euros" next to "€50.8 million": keep the precise one
    return !out.some(
      (y) => y !== x && y.kind === 'Seizure' && y.unit === x.unit && y.quantity !== x.quantity &&
        Math.abs(y.quantity - x.quantity) <= 0.05 * Math.max(y.quantity, x.quantity) && precision(y.quantity) > precision(x.quantity),
    );
  });
}

function precision(q: number): number {
  const s = String(q).replace(/0+$/, '').replace('.', '');
  return s.replace(/^0+/, '').length;
}
