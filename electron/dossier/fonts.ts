import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * Source Sans 3 (SIL Open Font License, @fontsource/source-sans-3), embedded in the HTML as data
 * URLs: Chromium embeds it in the PDF, so the dossier looks the same on Windows, macOS and Linux
 * and has every Dutch diacritic (latin and latin-ext subsets). Nothing is fetched.
 */
const FACES = [
  ['latin', 400, 'normal'],
  ['latin', 700, 'normal'],
  ['latin', 400, 'italic'],
  ['latin-ext', 400, 'normal'],
  ['latin-ext', 700, 'normal'],
] as const;

let css: string | null = null;

export function fontFaces(): string {
  if (css) return css;
  const require = createRequire(import.meta.url);
  css = FACES.map(([subset, weight, style]) => {
    const file = require.resolve(
      `@fontsource/source-sans-3/files/source-sans-3-${subset}-${weight}-${style}.woff2`,
    );
    const data = readFileSync(file).toString('base64');
    return `@font-face { font-family: 'Source Sans 3'; font-weight: ${weight}; font-style: ${style};
      src: url(data:font/woff2;base64,${data}) format('woff2'); }`;
  }).join('\n');
  return css;
}
