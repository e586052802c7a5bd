// `npm run trust -- <command>`: the trust chain's admin tool. Private keys are read from and written
// to files the administrator names; nothing here prints, logs or sends a private key.
import { helpOf, parse, UsageError, type Command } from './args.ts';
import { noticeSign } from './command-notice.ts';
import { listSign, rootNew, wardAdd, wardKeyNew, wardRevoke } from './commands-keys.ts';

const COMMANDS: Record<string, Command> = {
  'root-new': rootNew,
  'ward-key-new': wardKeyNew,
  'ward-add': wardAdd,
  'ward-revoke': wardRevoke,
  'list-sign': listSign,
  'notice-sign': noticeSign,
};

function overview(): string {
  return ['npm run trust -- <command> [options]   (each command has --help)', '', ...Object.entries(COMMANDS).map(([n, c]) => `  ${n.padEnd(14)}${c.summary}`)].join('\n');
}

/** Runs one command; resolves to the exit code (0 done, 1 failed, 2 usage error). */
export async function runTrust([name, ...argv]: string[]): Promise<number> {
  if (!name || name === '--help' || name === 'help') {
    console.log(overview());
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    console.error(`unknown command ${JSON.stringify(name)}\n\n${overview()}`);
    return 2;
  }
  try {
    const values = parse(name, command, argv);
    if (values === 'help') {
      console.log(helpOf(name, command));
      return 0;
    }
    await command.run(values);
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`error: ${error.message}\n(npm run trust -- ${name} --help)`);
      return 2;
    }
    console.error(`error: ${(error as Error).message}`);
    return 1;
  }
}
