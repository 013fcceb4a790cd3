import { UsageError } from '../lib/errors';
import {
  DEFAULTS,
  validateArrestsOptions,
  validateCooperatedOptions,
  validateEntityOptions,
  validateNeighborsOptions,
  validatePathOptions,
  validateStatsOptions,
} from '../lib/query/options';

describe('query options', () => {
  test('defaults are filled in', () => {
    expect(validateCooperatedOptions({})).toEqual({ agency: undefined, minStrength: DEFAULTS.cooperated.minStrength });
    expect(validatePathOptions({ from: 'a', to: 'b' })).toEqual({
      from: 'a',
      to: 'b',
      maxHops: DEFAULTS.path.maxHops,
      all: false,
      limit: DEFAULTS.path.limit,
      viaRelations: [],
      viaClasses: [],
    });
    expect(validateNeighborsOptions({ name: 'x' })).toEqual({ name: 'x', depth: 1, types: [] });
    expect(validateStatsOptions({})).toEqual({ top: DEFAULTS.stats.top });
    expect(validateArrestsOptions({})).toEqual({ operation: undefined, country: undefined });
  });

  test('lists accept repeats and commas, in any case', () => {
    expect(validatePathOptions({ from: 'a', to: 'b', via: ['LEDBY,operation', 'dwk:participatedIn'] })).toMatchObject({
      viaRelations: ['ledBy', 'participatedIn'],
      viaClasses: ['Operation'],
    });
    expect(validateNeighborsOptions({ name: 'x', type: 'agency,Drug' }).types).toEqual(['Agency', 'Drug']);
  });

  test('numbers given as text are read', () => {
    expect(validatePathOptions({ from: 'a', to: 'b', maxHops: '3' }).maxHops).toBe(3);
  });

  test.each([
    [() => validateCooperatedOptions({ minStrength: 0 }), 'query cooperated: --min-strength must be a whole number from 1 to 1000000, got "0"'],
    [() => validateCooperatedOptions({ minStrength: NaN }), 'query cooperated: --min-strength must be a whole number from 1 to 1000000, got "NaN"'],
    [() => validatePathOptions({ from: 'a', to: 'b', maxHops: 2.5 }), 'query path: --max-hops must be a whole number from 1 to 20, got "2.5"'],
    [() => validatePathOptions({ from: 'a', to: 'b', via: 'friendOf' }), 'query path: --via "friendOf" is neither a relation'],
    [() => validatePathOptions({ from: 'a' }), 'query path: to must be a name, got nothing'],
    [() => validatePathOptions({ from: 'a', to: 'b', all: 'yes' }), 'query path: --all is a switch, got "yes"'],
    [() => validateNeighborsOptions({ name: 'x', depth: 7 }), 'query neighbors: --depth must be a whole number from 1 to 6, got "7"'],
    [() => validateNeighborsOptions({ name: 'x', type: 'Vendor' }), 'query neighbors: --type "Vendor" is not a class'],
    [() => validateEntityOptions({ name: '  ' }), 'query entity: name must not be empty'],
    [() => validateArrestsOptions({ place: 'Germany' }), 'query arrests: unknown option "place" (known: operation, country)'],
    [() => validateStatsOptions({ top: -1 }), 'stats: --top must be a whole number from 1 to 100000, got "-1"'],
  ])('a bad value is a UsageError naming the key (%#)', (fn, message) => {
    expect(fn).toThrow(UsageError);
    expect(fn).toThrow(message);
  });
});
