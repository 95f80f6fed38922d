import type { Phase, RoadmapItem } from './schema';

/**
 * The consultant's edits to a roadmap as pure functions of the item list,
 * shared by the editor (renderer) and the save path (main). Every edit marks
 * the items it changes `edited`, so regeneration keeps them.
 */

/** Live items of one phase in their order. */
export const phaseItems = (items: readonly RoadmapItem[], phase: Phase): RoadmapItem[] =>
  items.filter((i) => !i.removed && i.phase === phase).sort((a, b) => a.order - b.order);

/** Replaces one item with a patched copy, marked edited. */
export function patchItem(items: readonly RoadmapItem[], id: string, patch: Partial<Omit<RoadmapItem, 'id'>>): RoadmapItem[] {
  return items.map((i) => (i.id === id ? dropUndefined({ ...i, ...patch, edited: true }) : i));
}

/** Moves an item to the end of another phase. */
export function moveToPhase(items: readonly RoadmapItem[], id: string, phase: Phase): RoadmapItem[] {
  const last = Math.max(-1, ...phaseItems(items, phase).map((i) => i.order));
  return patchItem(items, id, { phase, order: last + 1 });
}

/** Swaps an item with its neighbour within its phase (-1 up, +1 down); only the moved item counts as edited. */
export function moveWithinPhase(items: readonly RoadmapItem[], id: string, direction: -1 | 1): RoadmapItem[] {
  const item = items.find((i) => i.id === id);
  if (!item) return [...items];
  const list = phaseItems(items, item.phase);
  const at = list.findIndex((i) => i.id === id);
  const other = list[at + direction];
  if (!other) return [...items];
  // Renumber the phase densely so equal orders never make the swap a no-op.
  const renumbered = new Map(list.map((i, n) => [i.id, n]));
  renumbered.set(id, at + direction);
  renumbered.set(other.id, at);
  return items.map((i) => {
    const order = renumbered.get(i.id);
    if (order === undefined || order === i.order) return i;
    return i.id === id ? { ...i, order, edited: true } : { ...i, order };
  });
}

/** Removes an item: a generated one stays as a tombstone so regeneration does not bring it back; an own one goes. */
export function removeItem(items: readonly RoadmapItem[], id: string): RoadmapItem[] {
  const item = items.find((i) => i.id === id);
  if (!item) return [...items];
  return item.action ? patchItem(items, id, { removed: true }) : items.filter((i) => i.id !== id);
}

/** The next free id for the consultant's own action: `own-<n>`. */
export function nextOwnId(items: readonly RoadmapItem[]): string {
  const used = new Set(items.map((i) => i.id));
  let n =
    1 +
    Math.max(
      0,
      ...items
        .map((i) => /^own-(\d+)$/.exec(i.id)?.[1])
        .filter((s): s is string => !!s)
        .map(Number),
    );
  while (used.has(`own-${n}`)) n++;
  return `own-${n}`;
}

/** Adds the consultant's own action at the end of a phase. */
export function addOwnItem(items: readonly RoadmapItem[], input: { areaId: string; phase: Phase; title: string; description?: string }): RoadmapItem[] {
  const last = Math.max(-1, ...phaseItems(items, input.phase).map((i) => i.order));
  const item: RoadmapItem = {
    id: nextOwnId(items),
    areaId: input.areaId,
    phase: input.phase,
    order: last + 1,
    status: 'proposed',
    title: input.title,
    ...(input.description ? { description: input.description } : {}),
  };
  return [...items, item];
}

// Fields the consultant decides; a change to any of them is an edit. Order is
// left out: moving one item renumbers its neighbours, which are not edits.
const EDITABLE = ['phase', 'status', 'title', 'description', 'owner', 'due', 'removed', 'areaId'] as const;

/**
 * The saved list with every item whose consultant-decided fields differ from
 * the stored one marked `edited` (the editor marks its own edits; this
 * catches any client that does not). Once edited, an item stays edited.
 */
export function markEdits(stored: readonly RoadmapItem[], incoming: readonly RoadmapItem[]): RoadmapItem[] {
  const before = new Map(stored.map((i) => [i.id, i]));
  return incoming.map((item) => {
    const old = before.get(item.id);
    if (item.edited) return item;
    if (old?.edited) return { ...item, edited: true };
    if (!old || !item.action) return item;
    return EDITABLE.some((k) => old[k] !== item[k]) ? { ...item, edited: true } : item;
  });
}

function dropUndefined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}
