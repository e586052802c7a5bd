import { observable } from '../data/observable.ts';

/** A new version installed and waiting; `accept()` lets it take over and reloads the page. */
export interface PendingUpdate {
  accept(): void;
}

/** Set by register.ts when a new version waits; read by the update prompt. */
export const pendingUpdate = observable<PendingUpdate | null>(null);
