import fs from 'node:fs';
import path from 'node:path';

/** statfs f_type of the network file systems on Linux (linux/magic.h). */
const NETWORK_FS = new Set([
  0x6969, // NFS
  0xff534d42, // CIFS
  0xfe534d42, // SMB2
  0x517b, // SMB
  0x564c, // NCP
  0x01021997, // 9P (v9fs)
  0x61756673, // AFS
]);

/**
 * Whether the dossier file lies on a network share, where SQLite's write-ahead log is not safe
 * (its shared memory does not work across machines): a UNC path (\\server\share) anywhere, and on
 * Linux a folder whose file system is NFS, SMB/CIFS or similar. Mapped drive letters on Windows
 * and network volumes on macOS are not recognised (docs/architecture.md).
 */
export function onNetworkShare(
  file: string,
  statfs: (folder: string) => { type: number } = (folder) => fs.statfsSync(folder),
  platform: NodeJS.Platform = process.platform,
): boolean {
  if (file === ':memory:') return false;
  if (/^(\\\\|\/\/)[^\\/]+[\\/]/.test(file)) return true;
  if (platform !== 'linux') return false;
  try {
    return NETWORK_FS.has(statfs(path.dirname(file)).type);
  } catch {
    return false;
  }
}

export const NETWORK_SHARE_WARNING =
  'Dit dossier staat op een netwerkmap. Daar kan SQLite bij een haperende verbinding of een ' +
  'tweede gebruiker gegevens beschadigen. Werk liever met een bestand op deze computer (Bestand → ' +
  'Kopie opslaan als…, bijvoorbeeld in Documenten) en kies de netwerkmap als back-upmap in ' +
  'Instellingen: dan staan de back-ups daar veilig.';
