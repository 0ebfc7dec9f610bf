import { describe, expect, it } from 'vitest';
import { PIXEL_BUDGET, withinPixelBudget } from '../../../electron/services/photos/pixel-budget';

describe('the decode pixel budget', () => {
  it('runs huge decodes one at a time and photo-sized ones side by side, in the order asked', async () => {
    let running = 0;
    let peakPixels = 0;
    let inFlightPixels = 0;
    const order: string[] = [];
    const task = (name: string, pixels: number) =>
      withinPixelBudget(pixels, async () => {
        running++;
        inFlightPixels += pixels;
        peakPixels = Math.max(peakPixels, inFlightPixels);
        order.push(name);
        await new Promise((r) => setTimeout(r, 10));
        inFlightPixels -= pixels;
        running--;
        return name;
      });
    const huge = 256_000_000; // a 16000 × 16000 scan: more than the budget, so alone
    const photo = 12_000_000;
    const results = await Promise.all([task('scan1', huge), task('scan2', huge), task('p1', photo), task('p2', photo), task('p3', photo)]);
    expect(results).toEqual(['scan1', 'scan2', 'p1', 'p2', 'p3']);
    expect(order).toEqual(['scan1', 'scan2', 'p1', 'p2', 'p3']);
    expect(peakPixels).toBe(huge); // never two scans at once, nor a scan beside photos
    expect(running).toBe(0);

    // Photos alone share the budget.
    let together = 0;
    let most = 0;
    await Promise.all(
      Array.from({ length: 8 }, () =>
        withinPixelBudget(photo, async () => {
          most = Math.max(most, ++together);
          await new Promise((r) => setTimeout(r, 10));
          together--;
        }),
      ),
    );
    expect(most).toBe(Math.min(8, Math.floor(PIXEL_BUDGET / photo)));
  });
});
