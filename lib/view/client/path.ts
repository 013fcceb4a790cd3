/**
 * darkweb-kg view: shortest path between two entities, by breadth-first search over relations taken in
 * either direction. Nodes the user has hidden (their class is switched off) are not crossed, but the two
 * ends are always allowed. Pure code over a neighbour function, so it is tested outside the browser.
 */

/** The nodes from `from` to `to` inclusive, or null when no path exists. */
export function shortestPath(
  from: string,
  to: string,
  neighbours: (node: string) => Iterable<string>,
  passable: (node: string) => boolean = () => true,
): string[] | null {
  if (from === to) return [from];
  const parent = new Map<string, string>([[from, from]]);
  let frontier = [from];
  while (frontier.length > 0) {
    const next: string[] = [];
    for (const node of frontier) {
      for (const n of neighbours(node)) {
        if (parent.has(n)) continue;
        if (n !== to && !passable(n)) continue;
        parent.set(n, node);
        if (n === to) {
          const path = [to];
          for (let p = node; p !== from; p = parent.get(p) as string) path.push(p);
          path.push(from);
          return path.reverse();
        }
        next.push(n);
      }
    }
    frontier = next;
  }
  return null;
}
