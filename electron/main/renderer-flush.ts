/**
 * Asks the renderer to save pending edits and waits for its answer
 * ('app.flushed'), or at most `timeoutMs`: a hung renderer must not keep the
 * app from closing, and a live one must not lose its last keystrokes.
 */
export class RendererFlush {
  private waiting: (() => void) | null = null;

  constructor(
    private readonly ask: () => void,
    private readonly timeoutMs = 3000,
  ) {}

  request(): Promise<void> {
    return new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        if (this.waiting === done) this.waiting = null;
        resolve();
      };
      const timer = setTimeout(done, this.timeoutMs);
      this.waiting = done;
      this.ask();
    });
  }

  acknowledge(): void {
    this.waiting?.();
  }
}
