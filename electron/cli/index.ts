import { guardJsonStdout } from './output';
import { runCli } from './program';

if (process.argv.includes('--json')) guardJsonStdout();
await runCli(process.argv.slice(2));
