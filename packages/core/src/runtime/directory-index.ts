/**
 * Lookups by id in a dataset's lists (people, groups), built once per list instead of a scan on
 * every command: a national network has thousands of people and hundreds of groups, and every
 * command asks for its sender and its group. A dataset the runtime holds is never changed (a
 * directory change makes a new one); a list that has changed length since is indexed again.
 */
const indexes = new WeakMap<readonly unknown[], { length: number; byId: ReadonlyMap<string, unknown> }>();

function indexOf<T extends { id: string }>(list: readonly T[]): ReadonlyMap<string, T> {
  let index = indexes.get(list);
  if (!index || index.length !== list.length) {
    const map = new Map<string, T>();
    for (const item of list) if (!map.has(item.id)) map.set(item.id, item);
    index = { length: list.length, byId: map };
    indexes.set(list, index);
  }
  return index.byId as ReadonlyMap<string, T>;
}

/** The entry of `list` with this id (the first, as `find` gives it), or undefined. */
export function byId<T extends { id: string }>(list: readonly T[], id: string): T | undefined {
  return indexOf(list).get(id);
}

/** The ids of `list`, to ask whether one is there. */
export function idsOf(list: ReadonlyArray<{ id: string }>): { has(id: string): boolean } {
  return indexOf(list);
}
