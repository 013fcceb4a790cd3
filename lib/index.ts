/**
 * darkweb-kg as a library: the pipeline stages and their data, re-exported (nothing is defined here).
 *
 *   readInputs / makeDocument      ingest   files -> SourceDocument
 *   extractDocument                extract  SourceDocument -> Extraction
 *   resolve                        resolve  Extraction[] -> KnowledgeGraph
 *   buildGraph / writeOutputs      pipeline paths -> graph -> files
 *   graphToTurtle, createGexfExporter, createHtmlExporter, ...   export
 *   cooperated, path, neighbors, entity, arrests, sparql, ...    query
 */
export * from './types';
export * from './errors';
export * from './ingest';
export * from './extract';
export * from './resolve';
export * from './pipeline';
export * from './graph/iri';
export * from './graph/load';
export * from './graph/layout';
export { LayoutWorkerError } from './graph/layout-thread';
export * from './graph/graphology';
export * from './graph/merge-graphs';
export * from './export/exporter';
export * from './export/turtle';
export * from './export/gexf';
export * from './export/nquads';
export * from './export/shacl';
export { createHtmlExporter, renderHtml } from './view/html';
export * as query from './query';
