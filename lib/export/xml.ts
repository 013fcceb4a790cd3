/**
 * darkweb-kg: XML 1.0 text for attribute values and element content. `xmlEscape` escapes the five
 * markup characters (& < > " '), writes tab/newline/CR as character references (so attribute-value
 * normalisation keeps them), and REMOVES what XML 1.0 cannot carry at all: C0 controls other than
 * tab/newline/CR, U+FFFE, U+FFFF and lone (unpaired) UTF-16 surrogates. Well-paired surrogates
 * (emoji and other astral characters) pass through.
 */

/** Cheap pre-check: does the value contain anything that needs work? (no /g: test() stays stateless) */
const NEEDS_WORK = /[&<>"'\u0000-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;

/** Characters XML 1.0 forbids (Char production), in UTF-16 code units. */
const FORBIDDEN =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const HAS_FORBIDDEN = new RegExp(FORBIDDEN.source);

const MARKUP = /[&<>"'\t\n\r]/g;
const ENTITY: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

function entityOf(ch: string): string {
  return ENTITY[ch];
}

/** Text safe inside a double-quoted XML attribute value or element content. */
export function xmlEscape(value: string): string {
  if (!NEEDS_WORK.test(value)) return value;
  const legal = HAS_FORBIDDEN.test(value) ? value.replace(FORBIDDEN, '') : value;
  return legal.replace(MARKUP, entityOf);
}
