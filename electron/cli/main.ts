/** Entry point: `npm run -s cli -- [--db <file>] <command>` (see docs/cli.md). */
import { runCli } from './runCli';

runCli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
