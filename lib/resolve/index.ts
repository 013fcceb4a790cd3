/** darkweb-kg resolve: per-document extractions -> one knowledge graph. */
export * from './merge';
