/**
 * darkweb-kg: dark-web identifiers in a sentence — .onion addresses, Bitcoin and Monero addresses, and
 * vendor handles ("under the moniker 'X'") — attached as attributes to what they belong to: the market
 * (onion), the person or group (handle, wallet) the sentence names.
 */
import type { Frame, Mention } from './mentions';

export interface Identifier {
  owner: Mention;
  attribute: 'onionAddress' | 'bitcoinAddress' | 'moneroAddress' | 'handle';
  value: string;
}

const ONION = /\b[a-z2-7]{16}(?:[a-z2-7]{40})?\.onion\b/gi;
const BITCOIN = /\b(?:bc1[ac-hj-np-z02-9]{25,59}|[13][a-km-zA-HJ-NP-Z1-9]{25,34})\b/g;
const MONERO = /\b4[0-9AB][1-9A-HJ-NP-Za-km-z]{93}\b/g;
const HANDLE = /\b(?:under|using|with|by)\s+the\s+(?:online\s+)?(?:moniker|handle|username|user\s?name|alias|nickname|pseudonym|screen\s?name|vendor\s+name)\s+[“"‘']?([\p{L}\p{N}_.\-]{2,40})[”"’']?/giu;

const MAY_NAME = /onion|bc1|moniker|handle|username|user name|alias|nickname|pseudonym|screen ?name|vendor name/i;
const MAY_ADDRESS = /\b[13][a-km-zA-HJ-NP-Z1-9]{25}|\b4[0-9AB]/i;

const isA = (types: string[]) => (m: Mention) => types.includes(m.type);

export function findIdentifiers(f: Frame, recentMarket?: Mention): Identifier[] {
  const text = f.sentence.text;
  // the pattern /onion|bc1|\b[13][a-km-zA-HJ-NP-Z1-9]{25}|\b4[0-9AB]|moniker|…/i as its words and its addresses, two tests (quicker than one alternation)
  if (!MAY_NAME.test(text) && !MAY_ADDRESS.test(text)) return [];
  const out: Identifier[] = [];
  const market = f.mentions.find(isA(['Marketplace'])) ?? recentMarket;
  const actor = f.mentions.find(isA(['Person', 'CriminalGroup'])) ?? f.mentions.find(isA(['Marketplace']));
  for (const m of text.matchAll(ONION)) if (market) out.push({ owner: market, attribute: 'onionAddress', value: m[0].toLowerCase() });
  for (const m of text.matchAll(BITCOIN)) if (actor && /\d/.test(m[0]) && /[a-z]/.test(m[0])) out.push({ owner: actor, attribute: 'bitcoinAddress', value: m[0] });
  for (const m of text.matchAll(MONERO)) if (actor) out.push({ owner: actor, attribute: 'moneroAddress', value: m[0] });
  for (const m of text.matchAll(HANDLE)) {
    const at = f.sentence.start + (m.index ?? 0);
    const owner = [...f.mentions].reverse().find((x) => (x.type === 'Person' || x.type === 'CriminalGroup') && x.end <= at);
    if (owner) out.push({ owner, attribute: 'handle', value: m[1] });
  }
  return out;
}
