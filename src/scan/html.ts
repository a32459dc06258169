/**
 * HTML to text for scanning: tags removed, script/style/template content dropped, character
 * references decoded, block elements turned into line breaks so names never run across cells or
 * paragraphs. A linear scan with no regex backtracking over the document; no DOM is built.
 */

const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', shy: '', ndash: '–', mdash: '—', hellip: '…',
  lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', laquo: '«', raquo: '»', bdquo: '„', copy: '©', reg: '®', euro: '€',
  auml: 'ä', ouml: 'ö', uuml: 'ü', Auml: 'Ä', Ouml: 'Ö', Uuml: 'Ü', szlig: 'ß', eacute: 'é', egrave: 'è', agrave: 'à',
  ccedil: 'ç', ntilde: 'ñ', middot: '·', bull: '•', zwj: '', zwnj: '',
};

const SKIP_CONTENT = new Set(['script', 'style', 'template', 'noscript', 'head', 'svg', 'iframe', 'object']);
const BLOCK = new Set([
  'p', 'div', 'br', 'li', 'ul', 'ol', 'tr', 'td', 'th', 'table', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'section', 'article',
  'header', 'footer', 'blockquote', 'pre', 'hr', 'dt', 'dd', 'title', 'nav', 'aside', 'main', 'figure', 'figcaption', 'address',
]);

export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z][a-z0-9]{1,31});/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const cp = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(cp) && cp > 0 && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff) ? String.fromCodePoint(cp) : '\ufffd';
    }
    return NAMED[ref] ?? whole;
  });
}

function tagName(tag: string): string {
  const m = /^\/?\s*([a-z][a-z0-9-]*)/i.exec(tag);
  return m ? m[1]!.toLowerCase() : '';
}

export function htmlToText(html: string): string {
  const out: string[] = [];
  let i = 0;
  let skipping: string | null = null;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    const textEnd = lt < 0 ? html.length : lt;
    if (!skipping && textEnd > i) out.push(decodeEntities(html.slice(i, textEnd)));
    if (lt < 0) break;
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      i = end < 0 ? html.length : end + 3;
      continue;
    }
    const gt = html.indexOf('>', lt + 1);
    if (gt < 0) {
      // A lone "<" is text ("a < b"), not a tag.
      if (!skipping) out.push(html.slice(lt));
      break;
    }
    const tag = html.slice(lt + 1, gt);
    const name = tagName(tag);
    const closing = tag.startsWith('/');
    if (skipping) {
      if (closing && name === skipping) skipping = null;
    } else if (!closing && SKIP_CONTENT.has(name) && !tag.endsWith('/')) {
      skipping = name;
    } else if (BLOCK.has(name)) {
      out.push('\n');
    } else if (name === '') {
      // "<" not followed by a tag name is text.
      out.push(html.slice(lt, gt + 1));
    }
    i = gt + 1;
  }
  return out
    .join('')
    .replace(/[ \t\f\r\u00a0]+/g, ' ')
    .replace(/ *\n[\n ]*/g, '\n')
    .trim();
}
