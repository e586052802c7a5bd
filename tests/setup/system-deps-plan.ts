// What `npm test` needs from the machine besides node_modules, and what to do when it is missing:
// Debian's Chromium for the browser tests and a Java runtime for the Nu Html Checker (vnu-jar).
// Pure: the decision is tested in Node (tests/unit/setup-system-deps.test.ts); system-deps.ts acts on it.

export const DEFAULT_CHROME = '/usr/bin/chromium';

export interface Machine {
  /** CHROME_PATH from the environment, when set. */
  chromeEnv: string | undefined;
  /** Whether a path is an executable file. */
  executable(path: string): boolean;
  hasJava: boolean;
  isRoot: boolean;
  hasAptGet: boolean;
  hasSudo: boolean;
}

export type SetupPlan = { kind: 'ready' } | { kind: 'install'; packages: string[]; why: string } | { kind: 'stop'; message: string };

/** The Chromium the browser tests launch (tests/browser/harness.ts reads the same variable). */
export const chromePath = (chromeEnv: string | undefined): string => chromeEnv || DEFAULT_CHROME;

/** Debian packages for what is missing, with a line saying what they are for. */
function missing(machine: Machine): { packages: string[]; why: string[] } {
  const packages: string[] = [];
  const why: string[] = [];
  if (!machine.executable(chromePath(machine.chromeEnv))) {
    packages.push('chromium');
    why.push(`Chromium (${DEFAULT_CHROME}) for the browser tests`);
  }
  if (!machine.hasJava) {
    packages.push('default-jre-headless');
    why.push('a Java runtime (java) for the Nu Html Checker');
  }
  return { packages, why };
}

/** The Debian command that installs `packages`, as this user can run it. */
export function installCommand(packages: string[], machine: Pick<Machine, 'isRoot' | 'hasSudo'>): string {
  const steps = `apt-get update && apt-get install -y ${packages.join(' ')}`;
  if (machine.isRoot) return steps;
  if (machine.hasSudo) return `sudo apt-get update && sudo apt-get install -y ${packages.join(' ')}`;
  return `su -c '${steps}'`;
}

/** Decide: go ahead, install with apt-get (root on Debian), or stop with the exact command to run. */
export function planSetup(machine: Machine): SetupPlan {
  if (machine.chromeEnv && !machine.executable(machine.chromeEnv)) {
    return {
      kind: 'stop',
      message:
        `CHROME_PATH is set to ${machine.chromeEnv}, which is not an executable file.\n` +
        `Point it at Chromium or Chrome, or unset it to use Debian's Chromium at ${DEFAULT_CHROME} (npm test installs it when missing):\n\n` +
        `  unset CHROME_PATH && npm test\n`,
    };
  }
  const need = missing(machine);
  if (need.packages.length === 0) return { kind: 'ready' };
  const what = need.why.join(' and ');
  if (machine.isRoot && machine.hasAptGet) return { kind: 'install', packages: need.packages, why: what };
  if (!machine.hasAptGet) {
    return {
      kind: 'stop',
      message:
        `npm test needs ${what}, missing on this machine, and there is no apt-get to install it.\n` +
        'Install Chromium (or Chrome) and set CHROME_PATH to it, install a Java runtime (java on the PATH), then run npm test again.\n',
    };
  }
  return {
    kind: 'stop',
    message: `npm test needs ${what}, missing on this machine. Install with this command (Debian), then run npm test again:\n\n  ${installCommand(need.packages, machine)}\n`,
  };
}
