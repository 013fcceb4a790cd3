/** darkweb-kg query library: the analyst queries over a built graph (re-exports only). */
export * from './options';
export * from './graph-index';
export * from './lookup';
export * from './evidence';
export * from './cooperated';
export * from './path';
export * from './neighbors';
export * from './entity';
export * from './arrests';
export * from './stats';
export * from './sparql';
export * from './sparql-results';
