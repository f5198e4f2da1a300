#!/usr/bin/env node
/**
 * Makes sure a better-sqlite3 build for the installed Electron exists in
 * .native/electron-<version>/better_sqlite3.node (see docs/native-modules.md).
 * node_modules/better-sqlite3 itself stays built for Node (tests, CLI, browser mode).
 * Run by `npm start` and `npm run dev`; exits non-zero with a clear message when it cannot.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const modules = path.join(root, 'node_modules');
const force = process.argv.includes('--force');

class Failure extends Error {}

function readJson(file) {
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

function electronVersion() {
  const file = path.join(modules, 'electron', 'package.json');
  if (!fs.existsSync(file)) {
    throw new Failure(
      'Electron is niet geïnstalleerd: node_modules/electron ontbreekt. Voer eerst `npm install` uit.',
    );
  }
  return readJson(file).version;
}

/** The Electron executable, found the way node_modules/electron/index.js does (without downloading). */
function electronBinary(version) {
  const dir = path.join(modules, 'electron');
  const pathFile = path.join(dir, 'path.txt');
  const relative = fs.existsSync(pathFile) ? fs.readFileSync(pathFile, 'utf8').trim() : '';
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const binary = override
    ? path.join(override, relative || 'electron')
    : relative
      ? path.join(dir, 'dist', relative)
      : '';
  if (binary && fs.existsSync(binary)) return binary;
  const where = binary ? path.relative(root, binary) || binary : 'node_modules/electron/dist';
  throw new Failure(
    [
      `Electron is niet geïnstalleerd: het programmabestand van Electron ${version} ontbreekt (${where}).`,
      'Waarschijnlijk is Electron geïnstalleerd zonder binary (ELECTRON_SKIP_BINARY_DOWNLOAD=1) of zonder internet.',
      'Installeer het met `npx install-electron` op een machine met internettoegang,',
      `of wijs met ELECTRON_OVERRIDE_DIST_PATH naar een map met Electron ${version}.`,
      'De browsermodus (`npm run dev:web`) en de tests (`npm test`) werken ook zonder Electron.',
    ].join('\n'),
  );
}

/** Environment for the build tools: without npm's nodedir, which would point node-gyp at Node's headers. */
function buildEnv() {
  const env = { ...process.env };
  for (const key of Object.keys(env)) {
    if (key.toLowerCase() === 'npm_config_nodedir') delete env[key];
  }
  return env;
}

function run(command, args, cwd) {
  console.log(`> ${[command, ...args].join(' ')}`);
  const result = spawnSync(command, args, { cwd, stdio: 'inherit', env: buildEnv() });
  return result.status === 0;
}

/** Builds (or downloads) better_sqlite3.node for Electron in a temporary copy of the package. */
function buildFor(version) {
  const source = path.join(modules, 'better-sqlite3');
  const sourceBuild = path.join(source, 'build');
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'regiodossier-native-'));
  const work = path.join(tmp, 'better-sqlite3');
  try {
    fs.cpSync(source, work, {
      recursive: true,
      filter: (file) => file !== sourceBuild && !file.startsWith(sourceBuild + path.sep),
    });
    const electronArgs = ['--runtime', 'electron', '--target', version, '--arch', process.arch];
    const prebuilt = run(
      process.execPath,
      [path.join(modules, 'prebuild-install', 'bin.js'), ...electronArgs],
      work,
    );
    if (!prebuilt) {
      console.log(
        'Geen kant-en-klare build beschikbaar; better-sqlite3 wordt gecompileerd (dit duurt even).',
      );
      const gypArgs = [
        'rebuild',
        '--release',
        '--runtime=electron',
        `--target=${version}`,
        `--arch=${process.arch}`,
        '--dist-url=https://electronjs.org/headers',
      ];
      const localGyp = path.join(modules, 'node-gyp', 'bin', 'node-gyp.js');
      const built = fs.existsSync(localGyp)
        ? run(process.execPath, [localGyp, ...gypArgs], work)
        : run(
            process.platform === 'win32' ? 'npx.cmd' : 'npx',
            ['--yes', 'node-gyp', ...gypArgs],
            work,
          );
      if (!built) {
        throw new Failure(
          'better-sqlite3 kon niet voor Electron worden gebouwd: geen kant-en-klare build en compileren mislukte ' +
            '(een C++-compiler, Python en internettoegang voor de Electron-headers zijn nodig).',
        );
      }
    }
    const output = path.join(work, 'build', 'Release', 'better_sqlite3.node');
    if (!fs.existsSync(output)) throw new Failure(`Na het bouwen ontbreekt ${output}.`);
    return { output, cleanup: () => fs.rmSync(tmp, { recursive: true, force: true }) };
  } catch (error) {
    fs.rmSync(tmp, { recursive: true, force: true });
    throw error;
  }
}

/** Loads the module with Electron-as-Node, so an ABI mismatch shows up here and not at app start. */
function verify(binary, target) {
  const code = `const D = require(${JSON.stringify(path.join(modules, 'better-sqlite3'))});
new D(':memory:', { nativeBinding: ${JSON.stringify(target)} }).prepare('select 1').get();`;
  const result = spawnSync(binary, ['-e', code], {
    env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
    stdio: 'inherit',
  });
  return result.status === 0;
}

function main() {
  const version = electronVersion();
  const binary = electronBinary(version);
  const target = path.join(root, '.native', `electron-${version}`, 'better_sqlite3.node');
  if (fs.existsSync(target) && !force) {
    console.log(
      `better-sqlite3 voor Electron ${version} is aanwezig (${path.relative(root, target)}).`,
    );
    return;
  }
  console.log(`better-sqlite3 wordt klaargezet voor Electron ${version}…`);
  const { output, cleanup } = buildFor(version);
  try {
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.copyFileSync(output, target);
  } finally {
    cleanup();
  }
  if (!verify(binary, target)) {
    fs.rmSync(target, { force: true });
    throw new Failure(
      `De gebouwde better-sqlite3 laadt niet in Electron ${version}; probeer het opnieuw met --force.`,
    );
  }
  console.log(`Klaar: ${path.relative(root, target)}`);
}

try {
  main();
} catch (error) {
  if (error instanceof Failure) {
    console.error(error.message);
  } else {
    console.error(
      `ensureElectronNative mislukt: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  process.exit(1);
}
