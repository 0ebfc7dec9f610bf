/**
 * Runs `work` over `items` with at most `limit` in flight, starting them in
 * order, and answers the results in the items' order (not finishing order).
 * The import, the rotation of many photos and the export all bound their
 * file work with this one helper.
 */
export async function mapLimited<T, R>(items: readonly T[], limit: number, work: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const runner = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await work(items[i]!, i);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, runner));
  return results;
}

/** mapLimited for work that answers nothing. */
export async function forEachLimited<T>(items: readonly T[], limit: number, work: (item: T, index: number) => Promise<void>): Promise<void> {
  await mapLimited(items, limit, work);
}
