/// <reference lib="dom" />
/**
 * darkweb-kg view: what is highlighted, and how sigma draws it. Two reducers give each node and edge its
 * look: hidden classes disappear; the hovered node (else the selected one) and its neighbours get their
 * labels, its edges turn dark; a found path is drawn in red.
 *
 * Cost: in a small graph the rest of the graph is also greyed out, which means re-running the reducers
 * over every node and edge. Above FULL_REDRAW_LIMIT nodes + edges that takes tens of milliseconds per
 * hover, so there only the changed neighbourhoods are redrawn (sigma's partial refresh) and the rest
 * stays as it is: a hover then costs O(degree), whatever the size of the graph.
 */
import type Sigma from 'sigma';
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import type { EdgeAttrs, NodeAttrs, ViewGraph } from './model';

const DIM_NODE = '#e4e4e4';
const FOCUS_EDGE = '#505050';
const PATH_COLOR = '#d0021b';
/** A focused node with more neighbours than this does not force all their labels on. */
const MAX_FORCED_LABELS = 40;
/** Graphs with more nodes + edges than this are redrawn partially and not greyed out. */
export const FULL_REDRAW_LIMIT = 4000;

export class ViewState {
  readonly hiddenClasses = new Set<string>();
  hovered: string | null = null;
  selected: string | null = null;
  path: { nodes: Set<string>; edges: Set<string> } | null = null;
  /** Whether everything outside the focus or path is greyed out (small graphs only). */
  readonly dimOthers: boolean;
  private focus: string | null = null;
  private neighbours = new Set<string>();
  private renderer: Sigma<NodeAttrs, EdgeAttrs> | null = null;

  constructor(private readonly graph: ViewGraph) {
    this.dimOthers = graph.order + graph.size <= FULL_REDRAW_LIMIT;
  }

  attach(renderer: Sigma<NodeAttrs, EdgeAttrs>): void {
    this.renderer = renderer;
    renderer.setSetting('nodeReducer', this.nodeReducer);
    renderer.setSetting('edgeReducer', this.edgeReducer);
  }

  setHovered(node: string | null): void {
    this.hovered = node;
    this.updateFocus();
  }

  setSelected(node: string | null): void {
    this.selected = node;
    this.updateFocus();
  }

  setPath(nodes: string[] | null, edges: string[] = []): void {
    const old = this.path;
    this.path = nodes === null ? null : { nodes: new Set(nodes), edges: new Set(edges) };
    // With greying, every node's look depends on whether a path is shown.
    if (this.dimOthers) return this.redraw(null);
    this.redraw({
      nodes: [...(old?.nodes ?? []), ...(this.path?.nodes ?? [])],
      edges: [...(old?.edges ?? []), ...(this.path?.edges ?? [])],
    });
  }

  /** Shows or hides a class; returns true when it is now visible. */
  toggleClass(cls: string, visible = this.hiddenClasses.has(cls)): boolean {
    if (visible) this.hiddenClasses.delete(cls);
    else this.hiddenClasses.add(cls);
    this.redraw(null);
    return visible;
  }

  isVisible(node: string): boolean {
    return !this.hiddenClasses.has(this.graph.getNodeAttribute(node, 'cls'));
  }

  private updateFocus(): void {
    const focus = this.hovered ?? this.selected;
    if (focus === this.focus) return;
    const old = this.focus;
    this.focus = focus;
    this.neighbours = focus !== null && this.graph.hasNode(focus) ? new Set(this.graph.neighbors(focus)) : new Set();
    if (this.dimOthers) return this.redraw(null);
    const nodes: string[] = [];
    const edges: string[] = [];
    for (const n of [old, focus]) {
      if (n === null || !this.graph.hasNode(n)) continue;
      nodes.push(n, ...this.graph.neighbors(n));
      edges.push(...this.graph.edges(n));
    }
    this.redraw({ nodes, edges });
  }

  /**
   * Re-runs the reducers for the given nodes and edges, drawing at the next frame (so that several
   * changes within a frame cost one drawing). `null` re-runs them for everything and draws at once: sigma
   * only re-normalizes positions when it draws, and the camera may be moved to a node right after.
   */
  private redraw(partial: { nodes: string[]; edges: string[] } | null): void {
    if (!this.renderer) return;
    if (partial === null) this.renderer.refresh({ skipIndexation: true });
    else this.renderer.refresh({ partialGraph: partial, skipIndexation: true, schedule: true });
  }

  /** `data` is sigma's own copy of the node's attributes, so it may be changed and returned. */
  readonly nodeReducer = (node: string, data: NodeAttrs): Partial<NodeDisplayData> => {
    const res: Partial<NodeDisplayData> = data;
    if (this.hiddenClasses.has(data.cls)) {
      res.hidden = true;
      return res;
    }
    const onPath = this.path?.nodes.has(node) ?? false;
    if (onPath || node === this.focus) {
      res.highlighted = true;
      res.forceLabel = true;
    } else if (this.focus !== null && this.neighbours.has(node)) {
      res.forceLabel = this.neighbours.size <= MAX_FORCED_LABELS;
    } else if (this.dimOthers && (this.focus !== null || this.path !== null)) {
      res.color = DIM_NODE;
      res.label = null;
    }
    return res;
  };

  readonly edgeReducer = (edge: string, data: EdgeAttrs): Partial<EdgeDisplayData> => {
    const res: Partial<EdgeDisplayData> = data;
    if (this.path?.edges.has(edge)) {
      res.color = PATH_COLOR;
      res.size = Math.max(data.size, 3);
    } else if (this.focus !== null && this.graph.hasExtremity(edge, this.focus)) {
      res.color = FOCUS_EDGE;
      res.size = Math.max(data.size, 1.5);
    } else if (this.dimOthers && (this.focus !== null || this.path !== null)) {
      res.hidden = true;
    }
    return res;
  };
}
