// Writes to the database happen one at a time (a sync, an on-demand province), never interleaved.
let queue: Promise<unknown> = Promise.resolve();

/** Run `task` after every task queued before it has settled; its result, or its error. */
export function exclusive<T>(task: () => Promise<T>): Promise<T> {
  const next = queue.then(task, task);
  queue = next.catch(() => {});
  return next;
}
