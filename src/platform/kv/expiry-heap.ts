/** Something with a deadline; `slot` is its place in the heap (-1 when it is not in one). */
export interface Expiring {
  expiresAtMs: number;
  slot: number;
}

export interface ExpiryHeap<T extends Expiring> {
  readonly size: number;
  add(item: T): void;
  remove(item: T): void;
  /** Removes and returns the item with the earliest deadline when that deadline is ≤ `nowMs`. */
  popExpired(nowMs: number): T | undefined;
  clear(): void;
}

/**
 * A binary min-heap on `expiresAtMs` that records each item's position in the item itself, so an
 * item is removed in O(log n) when its key is overwritten or deleted: the heap holds exactly the
 * live items with a deadline, never stale copies, and finding what expired costs O(expired · log n)
 * however many items there are.
 */
export function createExpiryHeap<T extends Expiring>(): ExpiryHeap<T> {
  const items: T[] = [];

  function place(item: T, slot: number): void {
    items[slot] = item;
    item.slot = slot;
  }

  function siftUp(slot: number): void {
    const item = items[slot]!;
    while (slot > 0) {
      const parentSlot = (slot - 1) >> 1;
      const parent = items[parentSlot]!;
      if (parent.expiresAtMs <= item.expiresAtMs) break;
      place(parent, slot);
      slot = parentSlot;
    }
    place(item, slot);
  }

  function siftDown(slot: number): void {
    const item = items[slot]!;
    const count = items.length;
    for (;;) {
      const left = 2 * slot + 1;
      if (left >= count) break;
      const right = left + 1;
      const child = right < count && items[right]!.expiresAtMs < items[left]!.expiresAtMs ? right : left;
      if (items[child]!.expiresAtMs >= item.expiresAtMs) break;
      place(items[child]!, slot);
      slot = child;
    }
    place(item, slot);
  }

  function remove(item: T): void {
    const slot = item.slot;
    if (slot < 0 || items[slot] !== item) return;
    item.slot = -1;
    const last = items.pop()!;
    if (last === item) return;
    place(last, slot);
    siftUp(slot);
    siftDown(last.slot);
  }

  return {
    get size() {
      return items.length;
    },
    add(item) {
      items.push(item);
      siftUp(items.length - 1);
    },
    remove,
    popExpired(nowMs) {
      const first = items[0];
      if (!first || first.expiresAtMs > nowMs) return undefined;
      remove(first);
      return first;
    },
    clear() {
      for (const item of items) item.slot = -1;
      items.length = 0;
    },
  };
}
