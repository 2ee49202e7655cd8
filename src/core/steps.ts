/**
 * Long synchronous work written as a generator that yields between its steps
 * (one document each), so the build can give the event loop a turn there:
 * Ctrl-C or SIGTERM is then handled within one document's time, naming the
 * stage that runs, instead of after the whole stage. Tests and tools run the
 * same generator straight through.
 */
export type Steps<T> = Generator<void, T>;

/** Runs the steps at once. */
export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/** One turn of the event loop, where a signal's handler can run. */
export const turn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** Runs the steps with a turn of the event loop after each. */
export async function runStepsYielding<T>(steps: Steps<T>): Promise<T> {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
    await turn();
  }
}
