import os from 'node:os';
import { memoryProfile, type ProfileStore } from '../api/userProfile';
import { requiredText } from '../../shared/schemas/common';
import type { ParsedArgs } from './args';
import { usageError, type CliIo } from './io';

export const USER_ENV = 'REGIODOSSIER_USER';

const userName = requiredText('Uw naam', 120);

function osUserName(io: CliIo): string {
  if (io.username !== undefined) return io.username;
  try {
    return os.userInfo().username;
  } catch {
    return ''; // no user name on this system: "Onbekende gebruiker"
  }
}

/**
 * Who makes the changes in the CLI (the history's actor; docs/cli.md): `--user <naam>`, else
 * $REGIODOSSIER_USER, else the OS user name. The CLI has no profile file of its own: the name is
 * never stored in the dossier. A given name that is not a valid name is wrong usage.
 */
export function cliProfile(args: ParsedArgs, io: CliIo): ProfileStore {
  const given = args.user ?? io.env[USER_ENV];
  if (given !== undefined && given.trim() !== '') {
    const parsed = userName.safeParse(given);
    if (!parsed.success) {
      const source = args.user !== undefined ? '--user' : USER_ENV;
      throw usageError(`${source}: ${parsed.error.issues[0]!.message}.`);
    }
    return memoryProfile({ userName: parsed.data });
  }
  if (args.user !== undefined) throw usageError('--user: Uw naam is verplicht.');
  const fromOs = userName.safeParse(osUserName(io));
  return memoryProfile({ userName: fromOs.success ? fromOs.data : '' });
}
