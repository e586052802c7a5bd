// First step of `npm test`: make sure the machine has what the tests need beyond node_modules
// (system-deps-plan.ts). As root on Debian it installs what is missing with apt-get; otherwise it
// stops at once, before any test runs, with the exact command to run.
import { spawnSync } from 'node:child_process';
import { accessSync, constants, statSync } from 'node:fs';
import { chromePath, planSetup, type Machine } from './system-deps-plan.ts';

const executable = (path: string): boolean => {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
};
const runs = (command: string, args: string[]): boolean => spawnSync(command, args, { stdio: 'ignore' }).status === 0;
const onPath = (command: string): boolean => runs('sh', ['-c', `command -v ${command}`]);

function machine(): Machine {
  return {
    chromeEnv: process.env.CHROME_PATH,
    executable,
    hasJava: runs('java', ['-version']),
    isRoot: process.getuid?.() === 0,
    hasAptGet: onPath('apt-get'),
    hasSudo: onPath('sudo'),
  };
}

function apt(args: string[]): void {
  console.log(`$ apt-get ${args.join(' ')}`);
  const result = spawnSync('apt-get', args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  if (result.status !== 0) {
    console.error(`\napt-get ${args[0]} failed (exit ${result.status ?? result.signal}): npm test cannot set up the browser tests.`);
    process.exit(1);
  }
}

function main(): void {
  const plan = planSetup(machine());
  if (plan.kind === 'install') {
    console.log(`npm test needs ${plan.why}: installing ${plan.packages.join(' ')} with apt-get.`);
    apt(['update']);
    apt(['install', '-y', ...plan.packages]);
    const after = planSetup(machine());
    if (after.kind !== 'ready') {
      console.error(`\nStill missing after apt-get install:\n${after.kind === 'stop' ? after.message : after.why}`);
      process.exit(1);
    }
  } else if (plan.kind === 'stop') {
    console.error(`\n${plan.message}`);
    process.exit(1);
  }
  console.log(`System ready for npm test: Chromium at ${chromePath(process.env.CHROME_PATH)}, a Java runtime on the PATH.`);
}

main();
