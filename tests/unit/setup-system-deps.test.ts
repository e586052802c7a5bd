// What `npm test` does about Chromium and Java on a machine (tests/setup/system-deps-plan.ts).
// Running apt-get itself is left to the real thing: the note of issue 13 quotes it on a machine without Chromium.
import { describe, expect, it } from 'vitest';
import { installCommand, planSetup, type Machine } from '../setup/system-deps-plan.ts';

const debian = (over: Partial<Machine> & { files?: string[] } = {}): Machine => {
  const files = new Set(over.files ?? ['/usr/bin/chromium']);
  return { chromeEnv: undefined, hasJava: true, isRoot: false, hasAptGet: true, hasSudo: false, ...over, executable: (path) => files.has(path) };
};

describe('npm test setting up a machine', () => {
  it('goes ahead when Chromium and Java are there, or CHROME_PATH names a Chromium', () => {
    expect(planSetup(debian())).toEqual({ kind: 'ready' });
    expect(planSetup(debian({ files: ['/opt/chrome/chrome'], chromeEnv: '/opt/chrome/chrome' }))).toEqual({ kind: 'ready' });
  });

  it('as root on Debian: installs what is missing with apt-get, nothing more', () => {
    expect(planSetup(debian({ files: [], isRoot: true }))).toMatchObject({ kind: 'install', packages: ['chromium'] });
    expect(planSetup(debian({ hasJava: false, isRoot: true }))).toMatchObject({ kind: 'install', packages: ['default-jre-headless'] });
    const both = planSetup(debian({ files: [], hasJava: false, isRoot: true }));
    expect(both).toEqual({ kind: 'install', packages: ['chromium', 'default-jre-headless'], why: 'Chromium (/usr/bin/chromium) for the browser tests and a Java runtime (java) for the Nu Html Checker' });
  });

  it('not root: stops with the exact command, with sudo when there is sudo', () => {
    const plan = planSetup(debian({ files: [], hasJava: false }));
    expect(plan.kind).toBe('stop');
    expect(plan.kind === 'stop' && plan.message).toContain("\n  su -c 'apt-get update && apt-get install -y chromium default-jre-headless'\n");
    const sudo = planSetup(debian({ files: [], hasSudo: true }));
    expect(sudo.kind === 'stop' && sudo.message).toContain('\n  sudo apt-get update && sudo apt-get install -y chromium\n');
    expect(installCommand(['chromium'], { isRoot: true, hasSudo: true })).toBe('apt-get update && apt-get install -y chromium');
  });

  it('a CHROME_PATH that names no executable stops at once, even as root: installing would not fix it', () => {
    const plan = planSetup(debian({ chromeEnv: '/nowhere/chrome', isRoot: true }));
    expect(plan.kind).toBe('stop');
    expect(plan.kind === 'stop' && plan.message).toContain('CHROME_PATH is set to /nowhere/chrome');
    expect(plan.kind === 'stop' && plan.message).toContain('unset CHROME_PATH && npm test');
  });

  it('no apt-get (not Debian): stops and says what to install', () => {
    const plan = planSetup(debian({ files: [], hasAptGet: false, isRoot: true }));
    expect(plan.kind === 'stop' && plan.message).toMatch(/no apt-get.*\n.*CHROME_PATH/);
  });
});
