import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

export type ElectronLookup =
  { ok: true; executable: string; version: string } | { ok: false; reason: string };

/**
 * The Electron executable as node_modules/electron/index.js would find it, but without its
 * fallback of downloading the binary (require('electron') tries that when it is missing).
 */
export function findElectron(root = projectRoot, env = process.env): ElectronLookup {
  const dir = path.join(root, 'node_modules', 'electron');
  const pkg = path.join(dir, 'package.json');
  if (!fs.existsSync(pkg)) return { ok: false, reason: 'node_modules/electron ontbreekt' };
  const version = (JSON.parse(fs.readFileSync(pkg, 'utf8')) as { version: string }).version;
  const pathFile = path.join(dir, 'path.txt');
  const relative = fs.existsSync(pathFile) ? fs.readFileSync(pathFile, 'utf8').trim() : '';
  const override = env.ELECTRON_OVERRIDE_DIST_PATH;
  if (!override && !relative) {
    return {
      ok: false,
      reason: `Electron ${version} is geïnstalleerd zonder binary: node_modules/electron/path.txt ontbreekt`,
    };
  }
  const executable = override
    ? path.join(override, relative || 'electron')
    : path.join(dir, 'dist', relative);
  if (!fs.existsSync(executable)) return { ok: false, reason: `${executable} bestaat niet` };
  return { ok: true, executable, version };
}
