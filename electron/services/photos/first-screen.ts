/**
 * The first screen at once: after a drop of 1,000 photos the grid should fill
 * within a second. The first screenful's thumbnails would otherwise share the
 * cores with reading, hashing and copying the rest, so the import starts the
 * files after the first `size` only once those have a picture to show (their
 * camera preview, or their thumbnail made from the bytes). HEIC thumbnails
 * come from a one-thread decoder at ~1 s each and are not waited for, nor is
 * anything longer than `maxWaitMs`: the gate only reorders work, it never
 * stalls an import.
 */
export const FIRST_SCREEN = 28; // tiles of a 1280 × 820 window

export class FirstScreen {
  private finished = 0;
  private pending = 0;
  private open: () => void = () => undefined;
  private readonly timer: NodeJS.Timeout;
  readonly shown: Promise<void>;

  constructor(
    readonly size: number,
    maxWaitMs = 1500,
  ) {
    this.shown = new Promise<void>((resolve) => (this.open = resolve));
    this.timer = setTimeout(() => this.open(), maxWaitMs);
    this.timer.unref();
    this.check();
  }

  /** One of the first `size` files is done; `picture` settles when its thumbnail exists (absent: it shows already, or failed). */
  fileDone(picture?: Promise<unknown>): void {
    this.finished++;
    if (picture) {
      this.pending++;
      void picture.finally(() => {
        this.pending--;
        this.check();
      });
    }
    this.check();
  }

  private check(): void {
    if (this.finished < this.size || this.pending > 0) return;
    clearTimeout(this.timer);
    this.open();
  }
}
