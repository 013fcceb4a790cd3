/** darkweb-kg extract: documents -> mentions -> entities, relations and facts with evidence. */
export * from './tokenize';
export * from './lexicon';
export * from './vocab';
export * from './numbers';
export * from './acronyms';
export * from './mentions';
export * from './facts';
export * from './relations';
export * from './document';
