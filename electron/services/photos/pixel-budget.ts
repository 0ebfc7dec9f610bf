/**
 * Bounds the pixels being decoded at once. Decodes stream where they can
 * (sequentialRead), but a TIFF stored as one strip, or a turn, needs the whole
 * picture in memory: three 16000 × 16000 scans at once are 2.3 GB. Each decode
 * holds its pixel count from this budget; one larger than the budget runs
 * alone. Photo-sized decodes (12–50 MP) never wait on each other.
 */
export const PIXEL_BUDGET = 200_000_000;

let inFlight = 0;
const waiting: Array<{ pixels: number; go: () => void }> = [];

function pump(): void {
  while (waiting.length > 0) {
    const next = waiting[0]!;
    if (inFlight > 0 && inFlight + next.pixels > PIXEL_BUDGET) return; // first come, first served: no starving the big one
    waiting.shift();
    inFlight += next.pixels;
    next.go();
  }
}

export async function withinPixelBudget<T>(pixels: number, run: () => Promise<T>): Promise<T> {
  const weight = Math.max(0, pixels);
  if (weight === 0) return run();
  await new Promise<void>((go) => {
    waiting.push({ pixels: weight, go });
    pump();
  });
  try {
    return await run();
  } finally {
    inFlight -= weight;
    pump();
  }
}
