/** darkweb-kg resolve: per-document extractions -> one knowledge graph. */
export * from './merge';
export { Resolver } from './resolver';
