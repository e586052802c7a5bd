// Entry of `npm run trust`.
import { runTrust } from './cli.ts';

process.exitCode = await runTrust(process.argv.slice(2));
