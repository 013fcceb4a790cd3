/** darkweb-kg ingest: files -> documents with text, furniture ranges and sentences with offsets. */
export * from './decode';
export * from './html';
export * from './markdown';
export * from './furniture';
export * from './sentences';
export * from './document';
export * from './read';
export * from './warnings';
