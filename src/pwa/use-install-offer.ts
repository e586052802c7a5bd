// Which install help, if any, this screen may show: decided on the first-load path (small), while
// the notices themselves load only when there is one to show (notices.tsx).
import { useEffect, useState } from 'preact/hooks';
import { useObservable } from '../data/observable.ts';
import { inAppBrowser, isIos, mayOfferInstall, mayShowInAppHint, type InAppBrowser, type InstallMemory } from './install-rules.ts';
import { installPrompt, isStandalone, pageViews, readMemory, rememberInstall, type InstallPromptEvent } from './install-state.ts';

export type InstallOffer =
  | { kind: 'prompt'; prompt: InstallPromptEvent; later(): void }
  | { kind: 'ios'; later(): void }
  | { kind: 'in-app'; app: InAppBrowser; close(): void };

/** The offer for this screen (null: none), and whether it is decided yet (memory read, this view counted). */
export function useInstallOffer(): { offer: InstallOffer | null; decided: boolean } {
  const prompt = useObservable(installPrompt);
  const views = useObservable(pageViews);
  const [memory, setMemory] = useState<InstallMemory | null>(null);
  // Read after the visit and this view are counted (page-tools.tsx), and never at build time.
  useEffect(() => setMemory(readMemory()), [views]);
  if (!memory || views === 0) return { offer: null, decided: false };
  if (isStandalone()) return { offer: null, decided: true };
  const now = Date.now();
  const remember = (patch: Partial<InstallMemory>) => setMemory(rememberInstall(patch));
  const offer = (): InstallOffer | null => {
    const app = inAppBrowser(navigator.userAgent);
    if (app) return mayShowInAppHint(memory, now) ? { kind: 'in-app', app, close: () => remember({ hintDismissedAt: now }) } : null;
    if (!mayOfferInstall(memory, views, now)) return null;
    const later = () => remember({ dismissedAt: Date.now() });
    if (isIos(navigator.userAgent, navigator.maxTouchPoints)) return { kind: 'ios', later };
    return prompt ? { kind: 'prompt', prompt, later } : null;
  };
  return { offer: offer(), decided: true };
}
