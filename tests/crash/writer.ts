/**
 * The crash test's child (tests/crash/crashRun.ts): commits numbered transactions through our own
 * handler table, one after another, and prints each number after its commit returned. The parent
 * kills it with SIGKILL at a random moment. Usage: writer.ts <database> <round>
 */
import { createApi } from '../../electron/api/createApi';

const [file, round] = process.argv.slice(2);
const api = await createApi(file!, { logError: () => undefined });
process.stdout.write('klaar\n');
for (let i = 1; ; i += 1) {
  const result = api.invoke('regions.create', {
    name: `Crash ${round} nr ${i}`,
    description: 'x'.repeat(i % 50),
  });
  if (!result.ok) {
    process.stderr.write(`${result.error.message}\n`);
    process.exit(1);
  }
  process.stdout.write(`${i}\n`);
}
