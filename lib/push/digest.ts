/**
 * darkweb-kg push: HTTP authentication challenges and answers. Parses `WWW-Authenticate` (one or several
 * challenges, RFC 9110 §11.6.1) and computes the `Authorization` header for Basic (RFC 7617) and Digest
 * (RFC 7616, which RFC 2617 servers also accept): MD5, MD5-sess, SHA-256 and SHA-256-sess with qop=auth,
 * or the RFC 2069 form when the server offers no qop. Hashes come from node:crypto.
 */
import { createHash } from 'node:crypto';

export interface Challenge {
  /** Lower-case scheme: "digest", "basic"... */
  scheme: string;
  /** Parameters by lower-case name, unquoted. */
  params: Map<string, string>;
}

/** A scheme name, or a parameter `name=token` / `name="quoted string"`, after any commas and spaces. */
const PART = /[\s,]*([!#$%&'*+.^_`|~0-9A-Za-z-]+)(?:\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,]*)))?/y;

/**
 * Every challenge of a WWW-Authenticate value (several headers arrive joined by ", "). A name without
 * "=" starts a challenge; `name=value` pairs are its parameters. (token68 credentials, which neither
 * Basic nor Digest uses, are not read.)
 */
export function parseChallenges(header: string): Challenge[] {
  const out: Challenge[] = [];
  let current: Challenge | undefined;
  PART.lastIndex = 0;
  for (let m = PART.exec(header); m; m = PART.exec(header)) {
    if (m[2] === undefined && m[3] === undefined) {
      current = { scheme: m[1].toLowerCase(), params: new Map() };
      out.push(current);
    } else if (current) current.params.set(m[1].toLowerCase(), m[2] !== undefined ? m[2].replace(/\\(.)/g, '$1') : m[3]);
  }
  return out;
}

export function basicAuthorization(user: string, password: string): string {
  return `Basic ${Buffer.from(`${user}:${password}`, 'utf8').toString('base64')}`;
}

const HASHES: Record<string, string> = { md5: 'md5', 'md5-sess': 'md5', 'sha-256': 'sha256', 'sha-256-sess': 'sha256' };

/** Can this client answer the challenge? (known algorithm, and qop=auth offered or no qop at all) */
export function digestSupported(c: Challenge): boolean {
  const algorithm = (c.params.get('algorithm') ?? 'MD5').toLowerCase();
  const qop = c.params.get('qop');
  return c.scheme === 'digest' && algorithm in HASHES && c.params.has('nonce') && (qop === undefined || qopList(qop).includes('auth'));
}

function qopList(qop: string): string[] {
  return qop.split(',').map((q) => q.trim().toLowerCase());
}

const quote = (s: string) => `"${s.replace(/["\\]/g, '\\$&')}"`;

export interface DigestRequest {
  method: string;
  /** The request target as sent: path and query ("/sparql-auth?query=..."). */
  uri: string;
  user: string;
  password: string;
  /** Request count for this nonce, starting at 1. */
  nc: number;
  cnonce: string;
}

/** The `Authorization: Digest ...` value answering `challenge` for one request. */
export function digestAuthorization(challenge: Challenge, r: DigestRequest): string {
  const p = challenge.params;
  const algorithm = p.get('algorithm') ?? 'MD5';
  const name = HASHES[algorithm.toLowerCase()];
  if (!name) throw new Error(`unsupported Digest algorithm ${algorithm}`);
  const h = (s: string) => createHash(name).update(s, 'utf8').digest('hex');
  const realm = p.get('realm') ?? '';
  const nonce = p.get('nonce') ?? '';
  let ha1 = h(`${r.user}:${realm}:${r.password}`);
  if (algorithm.toLowerCase().endsWith('-sess')) ha1 = h(`${ha1}:${nonce}:${r.cnonce}`);
  const ha2 = h(`${r.method}:${r.uri}`);
  const withQop = p.has('qop');
  const nc = r.nc.toString(16).padStart(8, '0');
  const response = withQop ? h(`${ha1}:${nonce}:${nc}:${r.cnonce}:auth:${ha2}`) : h(`${ha1}:${nonce}:${ha2}`);
  const parts = [
    `username=${quote(r.user)}`, `realm=${quote(realm)}`, `nonce=${quote(nonce)}`, `uri=${quote(r.uri)}`,
    `algorithm=${algorithm}`, `response=${quote(response)}`,
  ];
  if (p.has('opaque')) parts.push(`opaque=${quote(p.get('opaque')!)}`);
  if (withQop) parts.push('qop=auth', `nc=${nc}`, `cnonce=${quote(r.cnonce)}`);
  return `Digest ${parts.join(', ')}`;
}
