/**
 * HTML as Microsoft Word (and Excel, Outlook) puts it on the clipboard, made into plain
 * structural HTML before anything else reads it: Word writes a list as paragraphs with
 * `mso-list:l0 level1 lfo1` in their style and the bullet or number as text inside
 * `<![if !supportLists]>…<![endif]>`, so a browser shows "·   Tekst". Here those paragraphs
 * become `<ul>`/`<ol>` with `<li>` (nested where Word has levels, `<ol>` where the marker is a
 * number or letter), conditional comments, `<o:p>`, `<style>`, `<xml>`, `<head>`, spans, fonts and
 * every attribute but a link's href and a cell's colspan/rowspan go, tables stay tables.
 *
 * Pure and string-based (no DOM), so the editor (TipTap's transformPastedHTML) and the main
 * process (electron/text/richText.ts, before sanitize-html) apply the same conversion. It only
 * cleans: the sanitisers (shared/richTextPolicy.ts) still decide what may stay.
 */
import { cellSpan, RICH_TEXT_CELL_ATTRIBUTES } from './richTextPolicy';

/** Word's own markup: an Office namespace, `<o:p>`, Mso classes, mso- styles, conditionals. */
const WORD_MARKUP =
  /<(?:o:p\b|html\b[^<>]*urn:schemas-microsoft-com:office|[a-z][^<>]*\s(?:class=["']?Mso|style=["'][^"'<>]*mso-))|<!(?:--)?\[if /i;

/** True when the HTML comes from Word (or Excel, Outlook): only then is it converted. */
export const isWordHtml = (html: string): boolean => WORD_MARKUP.test(html);

type Token =
  | { kind: 'text'; text: string }
  | { kind: 'open'; name: string; attrs: Map<string, string>; selfClosing: boolean }
  | { kind: 'close'; name: string }
  | { kind: 'if'; condition: string }
  | { kind: 'endif' };

/** A revealed conditional (`<![if …]>`), a tag, or another `<!…>`; sticky. */
const MARKUP =
  /<!\[(if [^\]<>]*|endif)\]>|<(\/?)([a-zA-Z][\w:.-]*)((?:\s+[^\s"'<>/=]+(?:\s*=\s*(?:"[^"<]*"|'[^'<]*'|[^\s"'=<>`]+))?)*)\s*(\/?)>|<![^<>]*>/y;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
/** Elements whose content is never text of the document. */
const SKIPPED = new Set(['head', 'style', 'script', 'title', 'xml', 'template']);

function attributesOf(source: string): Map<string, string> {
  const attrs = new Map<string, string>();
  for (const m of source.matchAll(ATTRIBUTE)) {
    attrs.set(m[1]!.toLowerCase(), m[2] ?? m[3] ?? m[4] ?? '');
  }
  return attrs;
}

function tokenize(html: string): Token[] {
  const tokens: Token[] = [];
  const lower = html.toLowerCase();
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) {
      tokens.push({ kind: 'text', text: html.slice(i) });
      break;
    }
    if (lt > i) tokens.push({ kind: 'text', text: html.slice(i, lt) });
    if (html.startsWith('<!--', lt)) {
      // A comment (an unclosed one runs to the end, as in a browser). A conditional that went
      // through a browser's DOM is a comment of its own: <!--[if !supportLists]-->.
      const end = html.indexOf('-->', lt + 4);
      const revealed = /^\[(if [^\]]*|endif)\]$/.exec(html.slice(lt + 4, end < 0 ? lt + 4 : end));
      if (revealed) tokens.push(conditional(revealed[1]!));
      i = end < 0 ? html.length : end + 3;
      continue;
    }
    MARKUP.lastIndex = lt;
    const m = MARKUP.exec(html);
    if (!m) {
      tokens.push({ kind: 'text', text: '&lt;' });
      i = lt + 1;
      continue;
    }
    i = lt + m[0].length;
    if (m[1] !== undefined) {
      tokens.push(conditional(m[1]));
    } else if (m[3] !== undefined) {
      const name = m[3].toLowerCase();
      if (m[2]) tokens.push({ kind: 'close', name });
      else if (SKIPPED.has(name)) {
        const end = lower.indexOf(`</${name}`, i);
        i = end < 0 ? html.length : html.indexOf('>', end) + 1 || html.length;
      } else {
        tokens.push({ kind: 'open', name, attrs: attributesOf(m[4] ?? ''), selfClosing: !!m[5] });
      }
    }
  }
  return tokens;
}

const conditional = (body: string): Token =>
  body === 'endif' ? { kind: 'endif' } : { kind: 'if', condition: body.slice(3).trim() };

/** The part of a whole clipboard document that was copied. */
function fragmentOf(html: string): string {
  const start = html.indexOf('<!--StartFragment-->');
  if (start >= 0) {
    const end = html.indexOf('<!--EndFragment-->', start);
    return html.slice(start + 20, end < 0 ? undefined : end);
  }
  const body = /<body\b[^>]*>/i.exec(html);
  if (!body) return html;
  const end = html.search(/<\/body\s*>/i);
  return html.slice(body.index + body[0].length, end < 0 ? undefined : end);
}

/**
 * Unwrapped: the element goes, its content stays. Names with a colon (o:p, v:shape, w:sdt) too;
 * `<o:p>` holds only the &nbsp; of an empty paragraph, which then goes as a whole.
 */
const UNWRAPPED = new Set(['span', 'font', 'div', 'html', 'body', 'colgroup', 'ins', 'center']);
/** Dropped: a tracked deletion with its text, and elements without content. */
const DROPPED = new Set(['del', 'meta', 'link', 'img', 'col', 'base', 'input', 'wbr']);
const VOID = new Set(['br', 'hr', 'meta', 'link', 'img', 'col', 'base', 'input', 'wbr']);
const BLOCK = 'p|ul|ol|li|table|thead|tbody|tfoot|tr|td|th|h[1-6]|blockquote|pre';

/** `mso-list:l0 level2 lfo1` → list l0/lfo1, level 2. */
const MSO_LIST = /mso-list:\s*(l\d+)\s+level(\d+)(?:\s+(lfo\d+))?/i;
/** A number or letter marker ("1.", "a)", "iv.", "1.2.") makes an ordered list. */
const ORDERED_MARKER = /^\(?(?:\d+(?:\.\d+)*|[a-z]{1,5})[.)]$/i;
/** Conditionals whose content a browser that "supports" the feature would not show. */
const HIDDEN_CONDITIONALS = /^!support(?:LineBreakNewLine|EmptyParas)$/i;

function openTag(name: string, attrs: Map<string, string>): string {
  if (name === 'a' && attrs.has('href')) {
    return `<a href="${attrs.get('href')!.replace(/"/g, '&quot;')}">`;
  }
  if (name === 'td' || name === 'th') {
    const spans = RICH_TEXT_CELL_ATTRIBUTES.map((a) => [a, cellSpan(attrs.get(a))] as const)
      .filter(([, v]) => v !== null)
      .map(([a, v]) => ` ${a}="${v}"`)
      .join('');
    return `<${name}${spans}>`;
  }
  return `<${name}>`;
}

interface ListItem {
  level: number;
  list: string;
  marker: string;
  content: string[];
}

/** Word's clipboard HTML as clean HTML; anything else is returned as it came. */
export function cleanWordHtml(html: string): string {
  if (!isWordHtml(html)) return html;
  const out: string[] = [];
  const lists: { tag: 'ul' | 'ol'; list: string }[] = [];
  /** Per open conditional: is its content shown, and is it a list marker. */
  const conditionals: { shown: boolean; marker: boolean }[] = [];
  let item: ListItem | null = null;
  /** A marker outside a list paragraph: the number of a numbered heading ("1.2"). */
  let looseMarker = '';
  let ignoredSpans = 0; // depth inside <span style="mso-list:Ignore"> (a marker)
  let dropped: { name: string; depth: number } | null = null;
  let inHead = 0; // depth inside <thead>: its cells are header cells
  /** Per open table: are its rows in a <tbody> this added (Word writes rows straight in it). */
  const tables: { section: 'none' | 'own' | 'added' }[] = [];

  const closeLists = (depth: number) => {
    while (lists.length > depth) out.push(`</li></${lists.pop()!.tag}>`);
  };
  const emit = (text: string) => {
    if (item) item.content.push(text);
    else {
      if (lists.length && /\S/.test(text)) closeLists(0);
      out.push(text);
    }
  };
  const finishItem = (done: ListItem) => {
    const marker = done.marker.replace(/&nbsp;|&#160;|\s/g, '');
    const tag = ORDERED_MARKER.test(marker) ? 'ol' : 'ul';
    const level = Math.min(Math.max(done.level, 1), lists.length + 1);
    closeLists(level);
    const top = lists[level - 1];
    if (top && (top.tag !== tag || (level === 1 && top.list !== done.list))) closeLists(level - 1);
    if (lists.length === level) out.push('</li><li>');
    else {
      lists.push({ tag, list: done.list });
      out.push(`<${tag}><li>`);
    }
    out.push(
      done.content
        .join('')
        .replace(/^(?:\s|<br>)+|(?:\s|<br>)+$/g, '')
        .trim(),
    );
  };

  for (const token of tokenize(fragmentOf(html))) {
    if (dropped) {
      if (token.kind === 'open' && token.name === dropped.name) dropped.depth++;
      if (token.kind === 'close' && token.name === dropped.name && --dropped.depth === 0) {
        dropped = null;
      }
      continue;
    }
    if (token.kind === 'if') {
      const marker = /^!supportLists$/i.test(token.condition);
      const parentShown = conditionals.every((c) => c.shown);
      conditionals.push({
        shown: parentShown && !marker && !HIDDEN_CONDITIONALS.test(token.condition),
        marker,
      });
      continue;
    }
    if (token.kind === 'endif') {
      if (conditionals.pop()?.marker && !item) {
        const number = looseMarker.replace(/&nbsp;|&#160;|\s/g, '');
        if (ORDERED_MARKER.test(number) || /^\d+(?:\.\d+)+$/.test(number)) emit(`${number} `);
        looseMarker = '';
      }
      continue;
    }
    const inMarker = ignoredSpans > 0 || conditionals.some((c) => c.marker);
    if (inMarker || !conditionals.every((c) => c.shown)) {
      if (token.kind === 'text' && inMarker) {
        if (item) item.marker += token.text;
        else looseMarker += token.text;
      }
      if (token.kind === 'open' && token.name === 'span' && ignoredSpans > 0) ignoredSpans++;
      if (token.kind === 'close' && token.name === 'span' && ignoredSpans > 0) ignoredSpans--;
      continue;
    }
    if (token.kind === 'text') {
      emit(token.text.replace(/[ \t\r\n\f]+/g, ' '));
      continue;
    }
    const { name } = token;
    if (token.kind === 'open') {
      const style = token.attrs.get('style') ?? '';
      if (name === 'span' && /mso-list:\s*ignore/i.test(style)) {
        ignoredSpans = 1;
        continue;
      }
      if (DROPPED.has(name)) {
        if (!VOID.has(name) && !token.selfClosing) dropped = { name, depth: 1 };
        continue;
      }
      const list = name === 'p' ? MSO_LIST.exec(style) : null;
      if (list) {
        if (item) finishItem(item);
        item = {
          level: Number(list[2]),
          list: `${list[1]}${list[3] ?? ''}`,
          marker: '',
          content: [],
        };
        continue;
      }
      if (UNWRAPPED.has(name) || name.includes(':')) continue;
      if (name === 'thead') inHead++;
      const table = tables.at(-1);
      if (name === 'table') tables.push({ section: 'none' });
      else if (table && ['thead', 'tbody', 'tfoot'].includes(name)) {
        if (table.section === 'added') emit('</tbody>');
        table.section = 'own';
      } else if (table && name === 'tr' && table.section === 'none') {
        emit('<tbody>');
        table.section = 'added';
      }
      emit(openTag(inHead > 0 && name === 'td' ? 'th' : name, token.attrs));
      continue;
    }
    // A closing tag.
    if (name === 'p' && item) {
      finishItem(item);
      item = null;
      continue;
    }
    if (UNWRAPPED.has(name) || name.includes(':') || DROPPED.has(name) || VOID.has(name)) {
      continue;
    }
    if (name === 'thead') inHead = Math.max(0, inHead - 1);
    if (name === 'table' && tables.pop()?.section === 'added') emit('</tbody>');
    if (['thead', 'tbody', 'tfoot'].includes(name) && tables.length)
      tables.at(-1)!.section = 'none';
    emit(`</${inHead > 0 && name === 'td' ? 'th' : name}>`);
  }
  if (item) finishItem(item);
  closeLists(0);
  return out
    .join('')
    .replace(new RegExp(` *(</?(?:${BLOCK})\\b[^>]*>) *`, 'g'), '$1')
    .replace(/(?:<br>\s*)+(<\/(?:p|li|td|th|h[1-6])>)/g, '$1')
    .replace(/<p>(?:\s|&nbsp;|&#160;|\u00a0|<br>)*<\/p>/gi, '')
    .trim();
}
