// Work that follows a download or a render is split into tasks of its own, so that no single task
// keeps a cheap phone's main thread busy for long (input waits for it: Lighthouse's Total Blocking Time).

/** End the current task and go on in a new one, after whatever input and rendering is waiting. */
export function yieldToMain(): Promise<void> {
  // scheduler.yield() (Chromium) resumes ahead of other queued tasks; elsewhere a zero timeout.
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}
