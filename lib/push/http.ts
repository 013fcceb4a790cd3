/**
 * darkweb-kg push: one HTTP request at a time through Node's fetch, with authentication and retries.
 *
 * - Authentication: Basic is sent with every request when asked for (scheme 'basic'); otherwise the
 *   client answers the server's 401 challenge — Digest (./digest.ts) or Basic — and then authenticates
 *   every later request the same way (Digest: the same nonce, nc counting up) until the server challenges
 *   again; a request answered 401 twice in a row means the credentials are wrong.
 * - Retries: a network error, a timeout, 408, 429 or a 5xx is retried after an exponential back-off
 *   (`backoffMs`, doubling, at most 30 s, or the server's Retry-After), `retries` times.
 * - Secrets: the password is never part of a message; the server's answers quoted in errors have it (and
 *   its Basic form) masked.
 */
import { randomBytes } from 'node:crypto';
import { DarkwebKgError } from '../errors';
import { basicAuthorization, digestAuthorization, digestSupported, parseChallenges, type Challenge } from './digest';

export type AuthScheme = 'auto' | 'basic' | 'digest';

export interface Credentials {
  user: string;
  password: string;
  scheme: AuthScheme;
}

export interface RetryPolicy {
  retries: number;
  backoffMs: number;
  timeoutMs: number;
}

export interface HttpAnswer {
  status: number;
  text: string;
}

/** A request that failed for good: names the method, the URL and the server's answer. */
export class HttpError extends DarkwebKgError {
  constructor(readonly method: string, readonly url: string, readonly status: number | undefined, detail: string) {
    super(`${method} ${url}: ${status !== undefined ? `HTTP ${status}` : 'no answer'}${detail ? ` (${detail})` : ''}`);
  }
}

const MAX_BACKOFF_MS = 30_000;
const retryable = (status: number) => status === 408 || status === 429 || status >= 500;
const sleep = (ms: number) => new Promise<void>((res) => setTimeout(res, ms));

export class HttpClient {
  private digest?: { challenge: Challenge; nc: number };
  private basic = false;
  /** Requests sent (every attempt, including challenges answered and retries). */
  requests = 0;
  /** Attempts that were retried after a failure. */
  retried = 0;

  constructor(private readonly credentials: Credentials | undefined, private readonly policy: RetryPolicy) {
    this.basic = credentials?.scheme === 'basic';
  }

  /** Sends one request, answering an authentication challenge and retrying transient failures. */
  async request(method: string, url: string, headers: Record<string, string>, body?: string): Promise<HttpAnswer> {
    let challenged = false;
    for (let attempt = 0; ; attempt++) {
      let answer: HttpAnswer & { authenticate: string | null; retryAfter: string | null };
      try {
        answer = await this.send(method, url, headers, body);
      } catch (e) {
        const reason = (e as Error).name === 'TimeoutError' ? `no answer within ${this.policy.timeoutMs} ms` : this.redact(causeOf(e));
        if (attempt >= this.policy.retries) throw new HttpError(method, url, undefined, `${reason}; gave up after ${attempt + 1} attempts`);
        await this.backoff(attempt, null);
        continue;
      }
      if (answer.status === 401) {
        // one new challenge per request: the first contact, or a nonce the server no longer takes
        if (!this.credentials) throw new HttpError(method, url, 401, 'the server asks for credentials: give --user and --password-env or --password-file');
        if (challenged) throw new HttpError(method, url, 401, `the server refused the credentials of user ${this.credentials.user}`);
        if (!this.takeChallenge(answer.authenticate)) {
          throw new HttpError(method, url, 401, `no challenge this client can answer with --auth ${this.credentials.scheme} in "WWW-Authenticate: ${answer.authenticate ?? ''}"`);
        }
        challenged = true;
        attempt--;
        continue;
      }
      if (retryable(answer.status) && attempt < this.policy.retries) {
        await this.backoff(attempt, answer.retryAfter);
        continue;
      }
      if (answer.status >= 400) throw new HttpError(method, url, answer.status, this.redact(answer.text.replace(/\s+/g, ' ').trim().slice(0, 300)));
      return { status: answer.status, text: answer.text };
    }
  }

  private async send(method: string, url: string, headers: Record<string, string>, body?: string) {
    const auth = this.authorization(method, url);
    this.requests++;
    const res = await fetch(url, {
      method,
      headers: auth ? { ...headers, authorization: auth } : headers,
      body,
      signal: AbortSignal.timeout(this.policy.timeoutMs),
    });
    const text = await res.text();
    return { status: res.status, text, authenticate: res.headers.get('www-authenticate'), retryAfter: res.headers.get('retry-after') };
  }

  /** Keeps the challenge this client can answer (Digest first unless Basic was asked for); returns it. */
  private takeChallenge(header: string | null): Challenge | undefined {
    const scheme = this.credentials!.scheme;
    const all = parseChallenges(header ?? '');
    const digest = scheme !== 'basic' ? all.find(digestSupported) : undefined;
    if (digest) {
      this.digest = { challenge: digest, nc: 0 };
      return digest;
    }
    const basic = scheme !== 'digest' ? all.find((c) => c.scheme === 'basic') : undefined;
    if (basic) this.basic = true;
    return basic;
  }

  private authorization(method: string, url: string): string | undefined {
    if (!this.credentials) return undefined;
    const { user, password } = this.credentials;
    if (this.digest) {
      const u = new URL(url);
      this.digest.nc++;
      return digestAuthorization(this.digest.challenge, { method, uri: u.pathname + u.search, user, password, nc: this.digest.nc, cnonce: randomBytes(12).toString('hex') });
    }
    return this.basic ? basicAuthorization(user, password) : undefined;
  }

  private async backoff(attempt: number, retryAfter: string | null): Promise<void> {
    this.retried++;
    const asked = retryAfter && /^\d+$/.test(retryAfter) ? Number(retryAfter) * 1000 : undefined;
    await sleep(Math.min(MAX_BACKOFF_MS, asked ?? this.policy.backoffMs * 2 ** attempt));
  }

  /** A message with the password and its Basic form masked. */
  redact(message: string): string {
    if (!this.credentials?.password) return message;
    const secrets = [this.credentials.password, basicAuthorization(this.credentials.user, this.credentials.password).slice(6)];
    return secrets.reduce((m, s) => (m.includes(s) ? m.split(s).join('***') : m), message);
  }
}

/** The most specific reason fetch gives for a failure ("ECONNREFUSED", "other side closed"...). */
function causeOf(e: unknown): string {
  const err = e as Error & { cause?: Error & { code?: string } };
  return err.cause ? `${err.cause.code ?? ''} ${err.cause.message}`.trim() : err.message;
}
