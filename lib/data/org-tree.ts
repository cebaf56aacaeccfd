// Units in the order of their tree: each unit followed by the units below it, with its depth.
// Pure, so that the units page, the command line and their tests share it.

export interface TreeNode {
  id: string;
  parentId: string | null;
}

/**
 * Depth-first, siblings in the order given. A unit whose parent is not in the list (outside
 * what the caller sees) starts a tree of its own; units caught in a cycle come last at depth 0.
 */
export function orderAsTree<T extends TreeNode>(nodes: readonly T[]): (T & { depth: number })[] {
  const ids = new Set(nodes.map((node) => node.id));
  const children = new Map<string | null, T[]>();
  for (const node of nodes) {
    const parent = node.parentId !== null && ids.has(node.parentId) ? node.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), node]);
  }
  const ordered: (T & { depth: number })[] = [];
  const placed = new Set<string>();
  const visit = (node: T, depth: number) => {
    if (placed.has(node.id)) return;
    placed.add(node.id);
    ordered.push({ ...node, depth });
    for (const child of children.get(node.id) ?? []) visit(child, depth + 1);
  };
  for (const root of children.get(null) ?? []) visit(root, 0);
  for (const node of nodes) visit(node, 0);
  return ordered;
}

const byName = new Intl.Collator("zh-CN");

/** Units by name as a Chinese reader sorts them (拼音), then by slug. */
export function sortByName<T extends { name: string; slug: string }>(units: readonly T[]): T[] {
  return [...units].sort((a, b) => byName.compare(a.name, b.name) || a.slug.localeCompare(b.slug));
}

/** The unit and all units below it, as the ids of `nodes` say. */
export function subtreeIds(nodes: readonly TreeNode[], rootId: string): Set<string> {
  const found = new Set([rootId]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const node of nodes) {
      if (node.parentId !== null && found.has(node.parentId) && !found.has(node.id)) {
        found.add(node.id);
        grew = true;
      }
    }
  }
  return found;
}
