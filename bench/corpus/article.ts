/**
 * darkweb-kg bench: one generated news article and its gold annotation. Three kinds, in news proportions:
 *
 *   takedown (60%)  a market taken down by a named operation (or, one time in five, an unnamed one): lead
 *                   and partner agencies, arrests by country in one of four list styles and a total,
 *                   seizures, a quoted official with a title, often an arrested administrator with a
 *                   nationality, often an earlier operation it follows;
 *   vendor (25%)    a vendor on a market arrested, charged by a prosecutor's office, seizures, a quote;
 *   brief (15%)     a short item: agencies took a market offline, perhaps a few arrests.
 *
 * Around the story: a headline, a date line, page furniture (an outlet banner, "Advertisement", a photo
 * credit, a "Read more" line, related headlines, share and copyright lines) whose names are gold
 * negatives, and background paragraphs without names. Every statement the text makes is recorded in the
 * gold as it is written (GOLD-AND-SCORING.md), so the gold is what the article says, not what the
 * extractor finds.
 */
import type { Rng } from './prng';
import { Inventor, type Agency, type Country, type GoldEntity, type Named, type Pools } from './pools';

export interface GoldRelation {
  s: string;
  p: string;
  o: string;
  optional?: boolean;
}

export interface GoldDocument {
  file: string;
  entities: string[];
  optional: string[];
  negatives: string[];
  relations: GoldRelation[];
  arrests: Array<{ place: string | null; count: number | null; optional?: boolean }>;
  seizures: Array<{ quantity: number; unit: string; optional?: boolean }>;
}

export interface Article {
  title: string;
  date: string;
  text: string;
  words: number;
  gold: GoldDocument;
  /** Gold entities the article names, by id. */
  entities: Map<string, GoldEntity>;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const SMALL = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const OUTLET_HEADS = ['Courier', 'Gazette', 'Chronicle', 'Herald', 'Observer', 'Post', 'Dispatch', 'Ledger'];
const UNITS_OF_FILLER = [
  'Dark web markets are reachable only through anonymising software, and buyers usually pay in cryptocurrency.',
  'Parcels ordered on such sites are typically sent through the ordinary post, vacuum-sealed and disguised as everyday goods.',
  'Investigators say the sites work much like mainstream shopping platforms, with customer reviews, escrow payments and dispute resolution.',
  'Vendors on the platform were rated by their customers, and the most trusted sellers could charge higher prices.',
  'Experts warn that the closure of one marketplace rarely ends the trade, as buyers and sellers quickly move to competing sites.',
  'The servers hosting the site were seized and an image of the data was taken for analysis.',
  'Visitors to the address now see a banner announcing that the site has been seized by law enforcement.',
  'Analysts expect the data recovered from the servers to lead to further arrests in the coming months.',
  'Officials said the investigation had taken more than two years and involved undercover purchases.',
  'Drug-related deaths linked to substances bought online have risen in several countries over the past decade.',
  'Authorities urged anyone with information about online drug sales to contact them in confidence.',
  'The platform charged vendors a commission on every sale and required a deposit before they could open a shop.',
  'Much of the trade involved small quantities posted directly to buyers, according to court documents.',
  'Prosecutors said the defendants had tried to hide their profits through a series of cryptocurrency transactions.',
  'Cyber investigators traced the payments through several wallets before identifying the people behind them.',
  'The site had advertised itself as a safe place to buy, promising that no one could trace its users.',
  'Some buyers said they had turned to the site because they believed it was safer than buying on the street.',
  'The investigation began when customs officers intercepted a series of suspicious parcels at a sorting office.',
  'Forensic specialists are now examining the computers, phones and storage devices recovered during the searches.',
  'Police said more suspects could be identified as the seized data is analysed.',
  'Court papers describe a business run with the discipline of a legitimate company, with staff paid in digital currency.',
  'Several of those arrested are expected to appear in court later this month.',
  'Buyers browsed listings by category, from prescription medicines to synthetic stimulants, and paid through an internal wallet.',
  'The administrators took a cut of every transaction and ran a support forum where users could report scams.',
  'Investigators said the people behind the site had gone to considerable lengths to hide their identities.',
  'The takedown is the latest in a series of actions against online drug markets in recent years.',
  'Officials said the arrests sent a clear message to anyone who thinks they can trade anonymously.',
  'Many of the packages were sent in small quantities to avoid drawing the attention of postal inspectors.',
  'According to the indictment, the defendants communicated through encrypted messaging applications.',
  'Researchers who study online drug markets say that trust between buyers and vendors is the currency of the trade.',
  'Lawyers for some of the defendants said their clients would contest the charges.',
  'The agency said it would use the seized records to identify the most prolific vendors and their customers.',
  'Undercover officers had made dozens of test purchases over the course of the investigation.',
  'The case was brought after a joint investigation lasting more than eighteen months.',
  'Customs officers said that the volume of drugs sent through the post had grown sharply during the pandemic.',
  'Local residents said they had no idea that the house had been used to run an online drug business.',
];
/** Background sentences with figures that are neither arrests nor seizures. */
const FIGURE_FILLERS: Array<(r: Rng) => string> = [
  (r) => `The marketplace had more than ${grouped(r.int(20, 900) * 1000)} registered users and ${grouped(r.int(300, 5000))} vendors.`,
  (r) => `At its peak the site listed around ${grouped(r.int(5, 90) * 1000)} offers for drugs and forged documents.`,
  (r) => `Investigators estimate that the platform processed ${grouped(r.int(2, 60) * 10000)} orders over ${count(r, r.int(2, 6))} years.`,
];
const QUOTES = [
  'This operation shows that the dark web is not the safe haven criminals think it is',
  'Those who hide behind encryption to sell drugs should know that we will find them',
  'Taking this marketplace offline removes a major source of dangerous drugs from our communities',
  'International cooperation was essential to the success of this investigation',
  'We will continue to pursue the people behind these sites, wherever they are',
  'The sale of drugs online fuels addiction and violence in our towns and cities',
  'Anonymity on the dark web is an illusion, and this case proves it',
];

/** Builds the text and the gold of one article together. */
class Writer {
  readonly entities = new Map<string, GoldEntity>();
  readonly required = new Set<string>();
  readonly optional = new Set<string>();
  readonly negatives: string[] = [];
  readonly relations: GoldRelation[] = [];
  readonly arrests: GoldDocument['arrests'] = [];
  readonly seizures: GoldDocument['seizures'] = [];
  readonly paragraphs: string[] = [];
  private readonly introduced = new Set<string>();
  private readonly shortOk = new Set<string>();

  constructor(readonly r: Rng) {}

  /** The form to write for `e` (full name first, its short form later), recorded as named here. */
  name(e: Named, optional = false): string {
    this.entities.set(e.id, e.gold);
    if (optional && !this.required.has(e.id)) this.optional.add(e.id);
    else {
      this.optional.delete(e.id);
      this.required.add(e.id);
    }
    if (!this.introduced.has(e.id)) {
      this.introduced.add(e.id);
      const acronym = e.short !== undefined && /^[A-Z][A-Z0-9]+$/.test(e.short);
      // an acronym may be used alone once it was given in brackets; a short name once the full one was
      if (acronym && this.r.chance(0.5)) {
        this.shortOk.add(e.id);
        return `${e.name} (${e.short})`;
      }
      if (e.short && !acronym) this.shortOk.add(e.id);
      return e.name;
    }
    return this.shortOk.has(e.id) && this.r.chance(0.6) ? e.short! : e.name;
  }

  /** An agency as prose names it: "the National Crime Agency", "the NCA", "Europol". */
  agency(a: Agency, optional = false): string {
    const n = this.name(a, optional);
    return /\s/.test(a.name) && !/^(An|Guardia|Mossos) /.test(a.name) ? `the ${n}` : n;
  }

  /** A country as prose names it: "the Netherlands", "Germany". */
  country(c: Country): string {
    const n = this.name(c);
    return c.prose.startsWith('the ') ? `the ${n}` : n;
  }

  rel(s: Named, p: string, o: Named, optional = false): void {
    this.relations.push({ s: s.id, p, o: o.id, ...(optional ? { optional } : {}) });
  }

  para(...sentences: string[]): void {
    this.paragraphs.push(sentences.join(' '));
  }

  /** `n` background sentences in paragraphs of two, one with figures that are no facts. */
  filler(n: number): void {
    const picked = this.r.sample(UNITS_OF_FILLER, n);
    picked.splice(this.r.int(0, picked.length), 0, this.r.pick(FIGURE_FILLERS)(this.r));
    for (let i = 0; i < picked.length; i += 2) this.para(...picked.slice(i, i + 2));
  }
}

function list(xs: string[]): string {
  return xs.length <= 1 ? xs.join('') : `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}`;
}

const grouped = (n: number) => n.toLocaleString('en-US');
/** A count as prose writes it: small ones in words (sometimes), others with thousands separators. */
function count(r: Rng, n: number): string {
  return n < 10 && r.chance(0.6) ? SMALL[n] : grouped(n);
}
const cap = (s: string) => s[0].toUpperCase() + s.slice(1);

/**
 * A sum of money, its text and gold. Dollars set outside the US are written "US$" / "US dollars", as news
 * from Canada or Australia writes them: a bare "$" there is the local dollar, which has no contract unit.
 */
function money(r: Rng, currency: 'EUR' | 'USD' | 'GBP', abroad = false): { text: string; quantity: number; unit: string } {
  const sign = currency === 'USD' && abroad ? 'US$' : { EUR: '€', USD: '$', GBP: '£' }[currency];
  if (r.chance(0.5)) {
    const tenths = r.int(11, 99);
    const quantity = tenths * 100_000;
    const m = (tenths / 10).toFixed(1).replace(/\.0$/, '');
    const text = r.pick([`${sign}${m} million`, `${sign}${m}m`, `${m} million ${currency === 'EUR' ? 'euros' : currency === 'USD' ? (abroad ? 'US dollars' : 'dollars') : 'pounds'}`]);
    return { text, quantity, unit: currency };
  }
  const quantity = r.int(12, 990) * 1000;
  return { text: `${sign}${grouped(quantity)}`, quantity, unit: currency };
}

/** A seized quantity of a drug: text and gold. */
function drugAmount(r: Rng, drug: string): { text: string; quantity: number; unit: string } {
  switch (r.int(0, 3)) {
    case 0: {
      const q = r.int(2, 400);
      return { text: `${q} ${r.pick(['kilograms', 'kg', 'kilos'])} of ${drug}`, quantity: q, unit: 'kg' };
    }
    case 1: {
      const q = r.int(2, 95) / 2;
      return { text: `${String(q)} kilograms of ${drug}`, quantity: q, unit: 'kg' };
    }
    case 2: {
      const q = r.int(50, 950);
      return { text: `${q} grams of ${drug}`, quantity: q, unit: 'g' };
    }
    default: {
      const q = r.int(1, 90) * 500;
      return { text: `${grouped(q)} ${drug} pills`, quantity: q, unit: 'count' };
    }
  }
}

function dateOf(r: Rng): { iso: string; prose: string; month: string; year: number } {
  const year = r.int(2014, 2025);
  const m = r.int(0, 11);
  const d = r.int(1, 28);
  return { iso: `${year}-${String(m + 1).padStart(2, '0')}-${String(d).padStart(2, '0')}`, prose: `${d} ${MONTHS[m]} ${year}`, month: MONTHS[m], year };
}

/** Arrests by country in one of four styles, plus the total; gold for each figure. */
function arrestsParagraph(w: Writer, by: Array<{ c: Country; n: number }>): void {
  const r = w.r;
  const total = by.reduce((a, b) => a + b.n, 0);
  for (const { c, n } of by) w.arrests.push({ place: c.id, count: n });
  w.arrests.push({ place: null, count: total });
  const where = (c: Country) => w.country(c);
  switch (r.int(0, 3)) {
    case 0:
      w.para(`In total, ${grouped(total)} people were arrested: ${list(by.map(({ c, n }) => `${grouped(n)} in ${where(c)}`))}.`);
      break;
    case 1:
      w.para(`Arrests were made in ${list(by.map(({ c, n }) => `${where(c)} (${grouped(n)})`))}, ${grouped(total)} in all.`);
      break;
    case 2:
      w.paragraphs.push(`Arrests by country:\n${by.map(({ c, n }) => `- ${w.name(c)}: ${grouped(n)}`).join('\n')}`);
      w.para(`Altogether ${grouped(total)} suspects were detained.`);
      break;
    default:
      w.para(...by.map(({ c, n }) => `In ${where(c)}, officers arrested ${count(r, n)} ${n === 1 ? 'suspect' : 'suspects'}.`), `The operation led to ${grouped(total)} arrests in total.`);
  }
}

function seizuresParagraph(w: Writer, drugs: Named[], currency: 'EUR' | 'USD' | 'GBP', abroad: boolean): void {
  const r = w.r;
  const items: string[] = [];
  for (const d of r.sample(drugs, r.int(1, 2))) {
    const a = drugAmount(r, w.name(d));
    items.push(a.text);
    w.seizures.push({ quantity: a.quantity, unit: a.unit });
  }
  const m = money(r, currency, abroad);
  items.push(`${m.text} in cash and cryptocurrency`);
  w.seizures.push({ quantity: m.quantity, unit: m.unit });
  if (r.chance(0.4)) {
    const guns = r.int(2, 60);
    items.push(`${guns} firearms`);
    w.seizures.push({ quantity: guns, unit: 'count' });
  }
  w.para(`${r.pick(['Officers seized', 'Police also seized', 'Investigators confiscated'])} ${list(items)}.`);
}

function quote(w: Writer, person: Named, title: string, agency: Agency): void {
  const r = w.r;
  const q = r.pick(QUOTES);
  const who = w.name(person);
  const where = w.agency(agency);
  w.rel(person, 'worksFor', agency);
  if (r.chance(0.5)) w.para(`“${q},” said ${title} ${who} of ${where}.`);
  else w.para(`${title} ${who}, of ${where}, said: “${q}.”`);
}

/** Parts of an article shared by every kind: where it is set, who is in it. */
interface Cast {
  home: Country;
  lead: Agency;
  market: Named;
  drugs: Named[];
}

function cast(pools: Pools, inv: Inventor, r: Rng): Cast {
  const withAgencies = pools.countries.filter((c) => pools.agenciesOf.has(c.iso2));
  const home = r.pick(withAgencies);
  const lead = r.chance(0.3) ? inv.agency(r, home) : r.pick(pools.agenciesOf.get(home.iso2)!);
  const market = r.chance(0.5) ? inv.market(r) : r.pick(pools.markets);
  return { home, lead, market, drugs: r.sample(pools.drugs, r.int(2, 4)) };
}

function takedown(w: Writer, pools: Pools, inv: Inventor, c: Cast, date: ReturnType<typeof dateOf>): string {
  const r = w.r;
  const named = r.chance(0.8);
  const op = r.chance(0.5) ? inv.operation(r) : r.pick(pools.operations);
  const partnerCountries = r.sample(pools.countries.filter((x) => x.iso2 !== c.home.iso2 && pools.agenciesOf.has(x.iso2)), r.int(1, 4));
  const partners: Agency[] = partnerCountries.map((x) => (r.chance(0.2) ? inv.agency(r, x) : r.pick(pools.agenciesOf.get(x.iso2)!)));
  if (r.chance(0.6)) partners.push(r.pick(pools.international));
  const title = `${c.market.name} ${r.pick(['shut down in international police operation', 'taken offline by police', 'dismantled in dark web crackdown'])}`;

  const opRef = named ? w.name(op) : 'an international operation';
  w.para(
    `${cap(w.agency(c.lead))} has shut down ${w.name(c.market)}, a dark web marketplace selling ${list(c.drugs.map((d) => w.name(d)))}, in ${opRef}, the agency said on ${date.prose.replace(/ \d{4}$/, '')}.`,
  );
  for (const d of c.drugs) w.rel(c.market, 'sold', d);
  if (named) {
    w.rel(op, 'targeted', c.market);
    w.rel(c.lead, 'participatedIn', op);
  } else w.rel(c.lead, 'targeted', c.market);

  const partnerNames = partners.map((p) => w.agency(p));
  w.para(
    `${named ? `${cap(w.name(op))}` : 'The investigation'} was led by ${w.agency(c.lead)} and involved ${list(partnerNames)}.`,
    r.pick(['Investigators from each country shared intelligence over several months.', 'The agencies met regularly to coordinate the action.']),
  );
  for (const [i, p] of partners.entries()) {
    w.rel(c.lead, 'cooperatedWith', p);
    if (named) w.rel(p, 'participatedIn', op);
    // partners named together worked together too, though the text does not say so in as many words
    for (const q of partners.slice(i + 1)) w.rel(p, 'cooperatedWith', q, true);
  }

  const arrestCountries = r.sample([c.home, ...partnerCountries], r.int(1, Math.min(4, partnerCountries.length + 1)));
  arrestsParagraph(w, arrestCountries.map((x) => ({ c: x, n: r.int(1, 60) })));
  seizuresParagraph(w, c.drugs, c.home.currency, c.home.iso2 !== 'US');

  const official = inv.person(r);
  quote(w, official, r.pick(pools.titles.police), c.lead);

  if (r.chance(0.6)) {
    const admin = inv.person(r);
    const cities = pools.citiesOf.get(c.home.iso2);
    const city = cities ? r.pick(cities) : undefined;
    w.para(
      `${w.name(admin)}, a ${r.int(22, 58)}-year-old ${c.home.demonym} national, was arrested by ${w.agency(c.lead)}${city ? ` in ${w.name(city)}` : ''} on suspicion of running ${w.name(c.market)}.`,
    );
    w.name(c.home, true); // named by its demonym only: may or may not be read as the country
    if (city) w.arrests.push({ place: city.id, count: 1, optional: true });
    w.rel(admin, 'operated', c.market);
    w.rel(admin, 'arrestedBy', c.lead);
    w.rel(admin, 'nationality', c.home);
  }
  if (r.chance(0.4)) {
    const before = r.pick(pools.operations.filter((o) => o.id !== op.id));
    const prevMarket = r.pick(pools.markets.filter((m) => m.id !== c.market.id));
    w.para(`The action follows ${w.name(before)}, which took down ${w.name(prevMarket)} in ${date.year - r.int(1, 5)}.`);
    if (named) w.rel(op, 'precededBy', before);
    w.rel(before, 'targeted', prevMarket, true);
  }
  if (partners.length && r.chance(0.5)) {
    const p = r.pick(partners);
    quote(w, inv.person(r), r.pick(pools.titles.police), p);
  }
  w.filler(r.int(9, 15));
  return title;
}

function vendor(w: Writer, pools: Pools, inv: Inventor, c: Cast, date: ReturnType<typeof dateOf>): string {
  const r = w.r;
  const person = inv.person(r);
  const cities = pools.citiesOf.get(c.home.iso2) ?? [];
  const city = cities.length ? r.pick(cities) : undefined;
  const prosecutor = c.home.iso2 === 'US' && r.chance(0.7) ? r.pick(pools.prosecutors) : undefined;
  const years = r.int(2, 14);
  const title = `Dark web drug dealer jailed for ${years} years`;
  const drugs = c.drugs.slice(0, 2);
  w.para(
    `A ${r.int(19, 61)}-year-old ${city ? `man from ${w.name(city)}` : 'man'} has been jailed for ${years} years for selling ${list(drugs.map((d) => w.name(d)))} on ${w.name(c.market)}.`,
    `${w.name(person)} ran a shop on the dark web marketplace for almost ${count(r, r.int(2, 4))} years, ${r.pick(['the court heard', 'prosecutors said'])}.`,
  );
  w.rel(person, 'vendorOn', c.market);
  for (const d of drugs) w.rel(c.market, 'sold', d, true);
  w.para(`He was arrested by ${w.agency(c.lead)} in ${date.month} ${date.year - 1} after officers traced parcels sent from a post office near his home.`);
  w.rel(person, 'arrestedBy', c.lead);
  if (prosecutor) {
    w.para(`${cap(w.agency(prosecutor))} charged him with conspiracy to distribute controlled substances and money laundering.`);
    w.rel(person, 'chargedBy', prosecutor);
  }
  const items: string[] = [];
  const a = drugAmount(r, w.name(drugs[0]));
  items.push(a.text);
  w.seizures.push({ quantity: a.quantity, unit: a.unit });
  const m = money(r, c.home.currency, c.home.iso2 !== 'US');
  items.push(`${m.text} in cash`);
  w.seizures.push({ quantity: m.quantity, unit: m.unit });
  w.para(`A search of his home found ${list(items)}.`);
  quote(w, inv.person(r), r.pick(pools.titles.police), c.lead);
  if (prosecutor && r.chance(0.5)) quote(w, inv.person(r), r.pick(pools.titles.prosecution), prosecutor);
  w.filler(r.int(8, 13));
  return title;
}

function brief(w: Writer, pools: Pools, inv: Inventor, c: Cast): string {
  const r = w.r;
  const other = r.chance(0.5) ? r.pick(pools.international) : inv.agency(r, c.home);
  w.para(`${cap(w.agency(c.lead))} and ${w.agency(other)} have taken down ${w.name(c.market)}, a dark web market that sold ${w.name(c.drugs[0])}.`);
  w.rel(c.lead, 'targeted', c.market);
  w.rel(c.lead, 'cooperatedWith', other);
  w.rel(c.market, 'sold', c.drugs[0]);
  if (r.chance(0.5)) {
    const n = r.int(1, 9);
    w.para(`${cap(count(r, n))} ${n === 1 ? 'person was' : 'people were'} arrested in ${w.country(c.home)}.`);
    w.arrests.push({ place: c.home.id, count: n });
  } else w.para('No arrests have been announced.');
  w.filler(r.int(4, 7));
  return `${c.market.name} taken offline`;
}

/** Page furniture around the story; every name in it is a gold negative. */
function furnish(w: Writer, inv: Inventor, pools: Pools, title: string, date: ReturnType<typeof dateOf>): string[] {
  const r = w.r;
  const outlet = `${inv.town(r)} ${r.pick(OUTLET_HEADS)}`;
  const photographer = inv.person(r).name;
  const people = [inv.person(r).name, inv.person(r).name];
  const team = `${inv.town(r)} ${r.pick(['Rovers', 'United', 'Athletic'])}`;
  const used = new Set(w.entities.keys());
  const elsewhere = r.pick(pools.countries.filter((c) => !used.has(c.id)));
  const town = pools.citiesOf.get(elsewhere.iso2)?.find((p) => !used.has(p.id));
  w.negatives.push(outlet, photographer, ...people, team, ...(town ? [town.name] : []));
  const related = [
    `${people[0]} named new manager of ${team}`,
    `${people[1]} wins award for local charity work`,
    town ? `Flood warnings issued for ${town.name}` : 'Flood warnings issued for coastal areas',
  ];
  const body = [...w.paragraphs];
  const at = (i: number) => Math.min(i, body.length);
  body.splice(at(1), 0, `Photo: ${photographer} / ${outlet}`);
  body.splice(at(4), 0, 'Advertisement');
  if (r.chance(0.5)) body.splice(at(6), 0, `Read more: ${related[2]}`);
  return [
    `More on ${outlet}`,
    title,
    r.chance(0.5) ? `Published ${date.prose}` : `${date.prose}, ${String(r.int(6, 21)).padStart(2, '0')}:${String(r.int(0, 59)).padStart(2, '0')}`,
    ...body,
    'Share this article',
    'Related stories',
    ...related,
    `© ${date.year} ${outlet}. All rights reserved.`,
  ];
}

/** Article `file` from its random stream. */
export function generateArticle(pools: Pools, r: Rng, file: string): Article {
  const inv = new Inventor(pools);
  const w = new Writer(r);
  const date = dateOf(r);
  const c = cast(pools, inv, r);
  const kind = r.next();
  const title = kind < 0.6 ? takedown(w, pools, inv, c, date) : kind < 0.85 ? vendor(w, pools, inv, c, date) : brief(w, pools, inv, c);
  // the headline names the market; the gold has it from the story
  const lines = furnish(w, inv, pools, title, date);
  const text = lines.join('\n') + '\n';
  return {
    title,
    date: date.iso,
    text,
    words: text.split(/\s+/).filter(Boolean).length,
    entities: w.entities,
    gold: {
      file,
      entities: [...w.required].sort(),
      optional: [...w.optional].sort(),
      negatives: w.negatives,
      relations: w.relations,
      arrests: w.arrests,
      seizures: w.seizures,
    },
  };
}
