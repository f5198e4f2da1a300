/**
 * Characters that do not belong in text (issue 6 B9): C0/C1 control characters (NUL, ESC of
 * ANSI sequences, …), DEL, and the invisible direction marks and overrides (U+202E "right-to-left
 * override" can make "exe.txt" read as "txt.exe"). Single-line fields (names, titles) also refuse
 * line breaks; multi-line fields (notes, descriptions, mandates) keep \n. A tab is a space.
 */

/* eslint-disable no-control-regex -- these patterns exist to find control characters */
const CONTROL =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
/* eslint-enable no-control-regex */
const LINE_BREAK = /[\n\r\u2028\u2029]/;

/** Tabs become spaces; Windows and old Mac line ends become \n. */
export const normaliseText = (text: string): string =>
  text.replace(/\t/g, ' ').replace(/\r\n?/g, '\n');

export const hasControlCharacter = (text: string): boolean => CONTROL.test(text);
export const hasLineBreak = (text: string): boolean => LINE_BREAK.test(text);

export const controlMessage = (label: string) =>
  `${label} bevat een onzichtbaar stuurteken (zoals een escape- of richtingteken); haal het weg`;
export const lineBreakMessage = (label: string) =>
  `${label} moet op één regel passen (zonder regeleinde)`;

/* eslint-disable no-control-regex -- these patterns exist to find control characters */
const UNPRINTABLE =
  /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
/* eslint-enable no-control-regex */
const ESCAPES: Record<string, string> = { '\t': '\\t', '\r': '\\r', '\n': '\\n' };
const escape = (c: string) => ESCAPES[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/**
 * Text with every control character shown as a visible escape ("\u001b", "\u202e", "\t"), for
 * output that must not be steered by data (a terminal, a message). Line ends stay unless
 * `lineBreaks` is 'escape'.
 */
export function showControlCharacters(
  text: string,
  { lineBreaks = 'keep' }: { lineBreaks?: 'keep' | 'escape' } = {},
): string {
  const shown = text.replace(UNPRINTABLE, escape);
  return lineBreaks === 'escape' ? shown.replace(/\n/g, escape) : shown;
}
