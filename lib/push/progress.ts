/**
 * darkweb-kg push: what the user sees. A one-line progress bar, redrawn in place after every chunk (the
 * CLI shows it only on a terminal), and the summary printed at the end. Neither ever holds a credential.
 */
import type { PushProgress, PushSummary } from './push';

const n = (x: number) => x.toLocaleString('en-US');
const rate = (triples: number, seconds: number) => (seconds > 0 ? n(Math.round(triples / seconds)) : '-');

/** `[#########...........] 12/40 chunks  60,000/200,000 triples  3,512 triples/s` */
export function progressLine(p: PushProgress, width = 24): string {
  const done = p.triples > 0 ? Math.round((width * p.triplesDone) / p.triples) : width;
  const bar = '#'.repeat(done) + '.'.repeat(width - done);
  return `[${bar}] ${p.chunksDone}/${p.chunks} chunks  ${n(p.triplesDone)}/${n(p.triples)} triples  ${rate(p.triplesDone, p.elapsedMs / 1000)} triples/s`;
}

/** What was pushed where, how fast, and what the store holds now. */
export function summaryText(s: PushSummary, endpoint: string): string {
  const lines = [
    `Pushed ${n(s.triples)} triples in ${s.chunks} chunk${s.chunks === 1 ? '' : 's'} to ${endpoint} in ${s.seconds.toFixed(1)} s (${rate(s.triples, s.seconds)} triples/s, ${s.requests} requests)`,
  ];
  for (const g of s.graphs) lines.push(`  <${g.graph}>: ${n(g.sent)} sent, the store holds ${n(g.stored)}${g.before ? ` (held ${n(g.before)} before)` : ''}`);
  if (s.resent) lines.push(`  ${s.resent} chunk${s.resent === 1 ? ' was' : 's were'} sent again after the store's count came up short`);
  if (s.alreadyThere) lines.push(`  ${n(s.alreadyThere)} triples were in the store already`);
  if (s.retried) lines.push(`  ${s.retried} request${s.retried === 1 ? ' was' : 's were'} retried after a network error or a busy server`);
  lines.push(`  counts checked with ${s.queryEndpoint}`);
  return lines.join('\n') + '\n';
}
