/** Entry point: `npm run -s cli -- [--db <file>] <command>` (see docs/cli.md). */
import { runCli } from './runCli';

// A reader that stops early (`| head`) closes the pipe: the rest of the output is not wanted, so
// the tool stops quietly instead of printing Node's stack trace for EPIPE.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

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
