import { UsageError } from '../lib/errors';
import { quoteField, render, renderDelimited, renderTable, validateOutputFormat, wrapText, type Table } from '../lib/cli/format';

const table: Table = {
  name: 'pairs',
  title: 'Pairs',
  columns: [
    { key: 'a', header: 'Agency' },
    { key: 'n', header: 'Docs' },
    { key: 'ev', header: 'Evidence', width: 20 },
    { key: 'c', header: 'Conf', decimals: 2 },
  ],
  rows: [
    { g: 1, a: 'Europol', n: 2, ev: 'Europol worked with the FBI, said "officials".', c: 0.9 },
    { g: 1, a: 'Europol', n: 2, ev: 'Second source.', c: 0.85 },
    { g: 2, a: 'BKA', n: 1, ev: 'Tab\there', c: 1 },
  ],
  group: { key: 'g', columns: ['a', 'n'] },
};

describe('table view', () => {
  test('fits column widths, wraps long text, right-aligns numbers and blanks repeated group cells', () => {
    expect(renderTable(table)).toBe(
      [
        'Pairs',
        'Agency   Docs  Evidence             Conf',
        '-------  ----  -------------------  ----',
        'Europol     2  Europol worked with  0.90',
        '               the FBI, said',
        '               "officials".',
        '               Second source.       0.85',
        'BKA         1  Tab here             1.00',
        '',
      ].join('\n'),
    );
  });

  test('an empty table says so', () => {
    expect(renderTable({ ...table, rows: [] })).toBe('Pairs\n  (none)\n');
  });

  test('wrapText splits at spaces and keeps a word longer than the width whole', () => {
    expect(wrapText('a bb ccc https://x.org/long e', 4)).toEqual(['a bb', 'ccc', 'https://x.org/long', 'e']);
    expect(wrapText('one\ntwo three', 20)).toEqual(['one', 'two three']);
  });
});

describe('machine formats', () => {
  test('CSV quotes fields holding commas, quotes, line breaks or edge spaces (RFC 4180)', () => {
    expect(quoteField('plain', ',')).toBe('plain');
    expect(quoteField('a, b', ',')).toBe('"a, b"');
    expect(quoteField('say "hi"', ',')).toBe('"say ""hi"""');
    expect(quoteField('two\nlines', ',')).toBe('"two\nlines"');
    expect(quoteField(' padded', ',')).toBe('" padded"');
    expect(quoteField('a, b', '\t')).toBe('a, b');
    expect(quoteField('a\tb', '\t')).toBe('"a\tb"');
  });

  test('CSV has machine headers and every cell, group cells repeated', () => {
    expect(renderDelimited([table], ',')).toBe(
      [
        'a,n,ev,c',
        'Europol,2,"Europol worked with the FBI, said ""officials"".",0.9',
        'Europol,2,Second source.,0.85',
        'BKA,1,Tab\there,1',
        '',
      ].join('\n'),
    );
  });

  test('TSV uses the same quoting with a tab', () => {
    expect(renderDelimited([table], '\t').split('\n')[3]).toBe('BKA\t1\t"Tab\there"\t1');
  });

  test('several tables share one CSV with a section column and the union of columns', () => {
    const other: Table = { name: 'extra', columns: [{ key: 'a', header: 'A' }, { key: 'z', header: 'Z' }], rows: [{ a: 'x', z: null }] };
    expect(renderDelimited([{ ...table, rows: table.rows.slice(2) }, other], ',')).toBe(
      'section,a,n,ev,c,z\npairs,BKA,1,Tab\there,1,\nextra,x,,,,\n',
    );
  });

  test('JSON is the structured answer', () => {
    expect(JSON.parse(render('json', [table], { pairs: 1 }))).toEqual({ pairs: 1 });
  });

  test('an unknown format is a UsageError naming the value', () => {
    expect(validateOutputFormat('tsv')).toBe('tsv');
    expect(() => validateOutputFormat('xml')).toThrow(UsageError);
    expect(() => validateOutputFormat('xml')).toThrow('--format must be one of table, json, csv, tsv, got "xml"');
  });
});

describe('fitting a terminal', () => {
  test('wrapping columns narrow, widest first, until the table fits', () => {
    const wide: Table = {
      name: 't',
      columns: [
        { key: 'a', header: 'A' },
        { key: 'b', header: 'B', width: 30 },
        { key: 'c', header: 'C', width: 30 },
      ],
      rows: [{ a: 'fixed', b: 'one two three four five six seven', c: 'alpha beta gamma' }],
    };
    const natural = renderTable(wide);
    expect(natural.split('\n')[2]).toBe('fixed  one two three four five six  alpha beta gamma');
    const fitted = renderTable(wide, 40);
    expect(fitted.split('\n').every((l) => l.length <= 40)).toBe(true);
    expect(fitted).toBe(
      ['A      B              C', '-----  -------------  ----------------', 'fixed  one two three  alpha beta gamma', '       four five six', '       seven', ''].join('\n'),
    );
  });
});
