// The page's question to a waiting worker (src/pwa/retire.ts): only the retire worker's answer
// makes the page retire itself; a normal version, or one that never answers, is offered as before.
import { describe, expect, it } from 'vitest';
import { isRetireWorker } from '../../src/pwa/retire.ts';

/** A worker answering GET_VERSION with `answer` on the transferred port (never, when undefined). */
function worker(answer?: unknown): ServiceWorker & { asked: unknown[] } {
  const asked: unknown[] = [];
  return {
    asked,
    postMessage(message: unknown, transfer: MessagePort[]) {
      asked.push(message);
      if (answer !== undefined) transfer[0]!.postMessage(answer);
    },
  } as unknown as ServiceWorker & { asked: unknown[] };
}

describe('isRetireWorker', () => {
  it('is true for the retire worker’s answer, asking GET_VERSION', async () => {
    const retire = worker({ build: 'retired', retired: true });
    expect(await isRetireWorker(retire)).toBe(true);
    expect(retire.asked).toEqual([{ type: 'GET_VERSION' }]);
  });

  it('is false for a normal version and for answers of another shape', async () => {
    expect(await isRetireWorker(worker({ build: 'v2' }))).toBe(false);
    expect(await isRetireWorker(worker({ build: 'v2', retired: 'yes' }))).toBe(false);
    expect(await isRetireWorker(worker(null))).toBe(false);
  });

  it('is false for a worker that refuses messages (redundant)', async () => {
    const redundant = { postMessage: () => { throw new DOMException('redundant', 'InvalidStateError'); } } as unknown as ServiceWorker;
    expect(await isRetireWorker(redundant)).toBe(false);
  });

  it('is false when the worker does not answer in time', async () => {
    const started = Date.now();
    expect(await isRetireWorker(worker(), 50)).toBe(false);
    expect(Date.now() - started).toBeGreaterThanOrEqual(45);
  });
});
