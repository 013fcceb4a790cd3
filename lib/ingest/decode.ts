/**
 * darkweb-kg: bytes -> text. Detects binary input (NUL bytes, image signatures), honours UTF-8 and UTF-16
 * byte-order marks, and falls back from invalid UTF-8 to Latin-1 (ISO-8859-1) or, when bytes 0x80-0x9F
 * occur, Windows-1252 (its superset for printable text), saying which decoding was used and where the
 * first invalid byte was.
 */
import { InputError } from '../errors';

export interface Decoded {
  text: string;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'iso-8859-1' | 'windows-1252';
  /** Set when the input was not valid UTF-8 and a fallback was used. */
  note?: string;
}

const BINARY_SIGNATURES: Array<[string, number[]]> = [
  ['PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['JPEG image', [0xff, 0xd8, 0xff]],
  ['GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['PDF document', [0x25, 0x50, 0x44, 0x46]],
  ['ZIP archive', [0x50, 0x4b, 0x03, 0x04]],
  ['gzip archive', [0x1f, 0x8b]],
];

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Windows-1252 characters of bytes 0x80-0x9F (the rest of the code page is Latin-1). */
const CP1252_HIGH = '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

export function decodeWindows1252(bytes: Uint8Array): string {
  const latin1 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  return /[\u0080-\u009f]/.test(latin1) ? latin1.replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]) : latin1;
}

/** The UTF-16 byte-order mark the bytes start with, if any. */
export function utf16Bom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

/** Most code units of the first 512 bytes have one zero byte, always on the same side: UTF-16 text. */
function looksLikeUtf16(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 512) & ~1;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  return n >= 8 && Math.max(even, odd) >= 0.6 * (n / 2) && Math.min(even, odd) === 0;
}

/** Throws an InputError for an empty file or one that starts like a known binary format. */
export function rejectBinaryStart(bytes: Uint8Array, file: string): void {
  if (bytes.length === 0) throw new InputError(file, 'empty file');
  for (const [what, sig] of BINARY_SIGNATURES) {
    if (bytes.length >= sig.length && sig.every((b, i) => bytes[i] === b)) {
      throw new InputError(file, `binary file (${what}), not text`, undefined, 0);
    }
  }
}

export function decodeBytes(bytes: Uint8Array, file: string): Decoded {
  rejectBinaryStart(bytes, file);
  const bom = utf16Bom(bytes);
  if (bom) return { text: new TextDecoder(bom).decode(bytes.subarray(2)), encoding: bom };
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    const hint = looksLikeUtf16(bytes) ? ' (it looks like UTF-16 without a byte-order mark: save it with one, or as UTF-8)' : '';
    throw new InputError(file, `binary file (NUL byte), not text${hint}`, undefined, nul);
  }
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  return decodeText(bytes.subarray(start), start);
}

/**
 * UTF-8, or Latin-1 / Windows-1252 when it is not valid UTF-8 (`offset`: where `bytes` start in the file).
 * Text that is mostly valid UTF-8 (more well-formed multi-byte characters than bad bytes) is UTF-8 with a
 * few damaged bytes, not Latin-1: those bytes become U+FFFD instead of turning every accent into mojibake.
 */
export function decodeText(bytes: Uint8Array, offset = 0): Decoded {
  try {
    return { text: utf8.decode(bytes), encoding: 'utf-8' };
  } catch {
    const scan = scanUtf8(bytes);
    const where = `first invalid byte at offset ${scan.firstInvalid + offset}`;
    if (scan.multibyte > scan.invalid) {
      return {
        text: utf8Lossy.decode(bytes),
        encoding: 'utf-8',
        note: `not valid UTF-8 (${where}); read as UTF-8 with ${scan.invalid} damaged byte sequence(s) replaced by U+FFFD`,
      };
    }
    const cp1252 = bytes.some((b) => b >= 0x80 && b <= 0x9f);
    return {
      text: decodeWindows1252(bytes),
      encoding: cp1252 ? 'windows-1252' : 'iso-8859-1',
      note: `not valid UTF-8 (${where}); decoded as ${cp1252 ? 'Windows-1252 (bytes 0x80-0x9F occur)' : 'Latin-1 (ISO-8859-1)'}`,
    };
  }
}

const utf8Lossy = new TextDecoder('utf-8');

/** Where UTF-8 first breaks, how many sequences are broken, and how many well-formed multi-byte characters there are. */
export function scanUtf8(bytes: Uint8Array): { firstInvalid: number; invalid: number; multibyte: number } {
  let firstInvalid = -1;
  let invalid = 0;
  let multibyte = 0;
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    const n = b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
    let ok = n >= 0;
    for (let k = 1; ok && k <= n; k++) ok = i + k < bytes.length && (bytes[i + k] & 0xc0) === 0x80;
    if (!ok) {
      if (firstInvalid < 0) firstInvalid = i;
      invalid++;
      i++;
      continue;
    }
    if (n > 0) multibyte++;
    i += n + 1;
  }
  return { firstInvalid, invalid, multibyte };
}
