/**
 * Runs tasks one at a time per key, in the order they were queued. Every
 * write to a file goes through the queue of its path: exactly one writer per
 * file per process, so two saves can never interleave (steno's shared temp
 * file corrupted 28 of 30 runs with two writers).
 */
export class KeyedQueue {
  private tails = new Map<string, Promise<unknown>>();

  run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    const next = previous.then(task, task);
    // The caller gets this task's failure from `next`; the tail only orders the next task and must not reject.
    const tail = next.catch(() => undefined);
    this.tails.set(key, tail);
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return next;
  }

  /** Resolves when everything queued so far has finished. */
  async idle(): Promise<void> {
    while (this.tails.size > 0) await Promise.all([...this.tails.values()]);
  }
}
