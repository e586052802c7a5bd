// When the page looks for a new version, and how "Tải lại" reloads when the browser does not say
// that the new worker took over (Safari). The same in real Chromium: tests/browser/pwa-update.test.ts.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { acceptUpdate, TAKEOVER_WAIT_MS } from '../../src/pwa/accept-update.ts';
import { MIN_CHECK_GAP_MS, throttle } from '../../src/pwa/update-checks.ts';

describe('update checks', () => {
  it('run at most once a minute, whoever asks', () => {
    let now = 0;
    const run = vi.fn();
    const check = throttle(run, MIN_CHECK_GAP_MS, () => now);
    expect(check()).toBe(true);
    now = MIN_CHECK_GAP_MS - 1;
    expect(check()).toBe(false);
    now = MIN_CHECK_GAP_MS + 5;
    expect(check()).toBe(true);
    expect(run).toHaveBeenCalledTimes(2);
  });
});

/** A waiting worker whose state the test moves, as the browser would. */
class FakeWorker extends EventTarget {
  state: ServiceWorkerState = 'installed';
  moveTo(state: ServiceWorkerState) {
    this.state = state;
    this.dispatchEvent(new Event('statechange'));
  }
}

describe('accepting an update', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('sends SKIP_WAITING, then reloads once the new worker is active, without controllerchange', () => {
    const worker = new FakeWorker();
    const skip = vi.fn();
    const reload = vi.fn();
    acceptUpdate(worker as unknown as ServiceWorker, skip, reload);
    expect(skip).toHaveBeenCalledOnce();
    worker.moveTo('activating');
    expect(reload).not.toHaveBeenCalled();
    worker.moveTo('activated');
    expect(reload).toHaveBeenCalledOnce();
    vi.advanceTimersByTime(TAKEOVER_WAIT_MS);
    expect(reload).toHaveBeenCalledOnce();
  });

  it('reloads after a bounded wait when the new worker never becomes active, or is unknown', () => {
    const reload = vi.fn();
    acceptUpdate(new FakeWorker() as unknown as ServiceWorker, () => {}, reload);
    acceptUpdate(undefined, () => {}, reload);
    vi.advanceTimersByTime(TAKEOVER_WAIT_MS - 1);
    expect(reload).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(reload).toHaveBeenCalledTimes(2);
  });
});
