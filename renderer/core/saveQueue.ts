/** What one send of a save queue may ask about the changes behind it. */
export interface SaveRun {
  /** True while no newer change waits: only then may the answer be shown (a late answer never undoes what was just done). */
  isNewest(): boolean;
  /** Drops the changes waiting behind this one (they were made on top of a refused change). */
  dropWaiting(): void;
}

export interface SaveQueue<K> {
  /** `key` changed: sends its newest state now, or right after the send in flight. */
  changed(key: K): void;
  /** Whether any key is being sent. */
  busy(): boolean;
}

/**
 * Saves the newest local state of each key, one request at a time per key.
 * Changes made while a request is in flight are coalesced into the next one.
 * `send` reads the newest state itself and answers 'stop' when there is
 * nothing to send any more (the thing is gone, the trip was closed). Lives in
 * core so slices hold state, not request scheduling.
 */
export function createSaveQueue<K>(options: {
  send(key: K, run: SaveRun): Promise<'stop' | void>;
  onBusyChange(busy: boolean): void;
}): SaveQueue<K> {
  const slots = new Map<K, { running: boolean; dirty: boolean }>();
  const busy = () => [...slots.values()].some((s) => s.running);

  async function drain(key: K): Promise<void> {
    const slot = slots.get(key)!;
    slot.running = true;
    options.onBusyChange(true);
    const run: SaveRun = { isNewest: () => !slot.dirty, dropWaiting: () => void (slot.dirty = false) };
    try {
      while (slot.dirty) {
        slot.dirty = false;
        if ((await options.send(key, run)) === 'stop') break;
      }
    } finally {
      slot.running = false;
      options.onBusyChange(busy());
    }
  }

  return {
    changed(key) {
      const slot = slots.get(key) ?? { running: false, dirty: false };
      slots.set(key, slot);
      slot.dirty = true;
      if (!slot.running) void drain(key);
    },
    busy,
  };
}
