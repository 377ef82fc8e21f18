// Keeps pathological HTML away from linkedom and Readability, whose cost grows much faster than the
// page with nesting depth (2,000 nested divs took 52 s, 50,000 overflowed the stack). One linear
// scan tracks the open elements roughly as a browser would (void elements, raw-text elements,
// implied ends of p/li/td/option…) and drops every start tag that would open deeper than the limit,
// with its matching end tag; the text inside is kept, so the article survives, flattened.
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr', 'keygen', 'command', 'basefont', 'bgsound', 'frame', 'isindex']);
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext']);
/** start tags that close an open <p> (HTML's "close a p element" rule, simplified to the top) */
const CLOSES_P = new Set([
  'address', 'article', 'aside', 'blockquote', 'details', 'div', 'dl', 'fieldset', 'figcaption', 'figure', 'footer', 'form',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'table', 'ul', 'li', 'dd', 'dt',
]);
/** start tag → the open elements on top of the stack that it implicitly closes */
const IMPLIED_END: Record<string, ReadonlySet<string>> = {
  li: new Set(['li']),
  dt: new Set(['dt', 'dd']),
  dd: new Set(['dt', 'dd']),
  td: new Set(['td', 'th']),
  th: new Set(['td', 'th']),
  tr: new Set(['td', 'th', 'tr']),
  option: new Set(['option']),
};

const NAME = /<\/?([A-Za-z][A-Za-z0-9:-]*)/y;
const rawEnd: Record<string, RegExp> = {};

/** Index just past the '>' that ends the tag opened at `from` (quoted '>' skipped), or the end. */
function tagEnd(html: string, from: number): number {
  let quote = '';
  for (let i = from; i < html.length; i++) {
    const c = html[i]!;
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '>') return i + 1;
  }
  return html.length;
}

export interface FlattenResult {
  readonly html: string;
  /** deepest nesting seen (after implied ends) */
  readonly depth: number;
  /** start tags dropped for being deeper than the limit */
  readonly dropped: number;
}

export function flattenDeepHtml(html: string, maxDepth: number): FlattenResult {
  const stack: string[] = [];
  const out: string[] = [];
  let copied = 0;
  let depth = 0;
  let dropped = 0;
  const drop = (from: number, to: number) => {
    out.push(html.slice(copied, from));
    copied = to;
  };
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) break;
    if (html.startsWith('<!--', lt)) {
      const e = html.indexOf('-->', lt + 4);
      i = e < 0 ? html.length : e + 3;
      continue;
    }
    if (html[lt + 1] === '!' || html[lt + 1] === '?') {
      i = tagEnd(html, lt + 2);
      continue;
    }
    NAME.lastIndex = lt;
    const m = NAME.exec(html);
    if (!m) {
      i = lt + 1;
      continue;
    }
    const name = m[1]!.toLowerCase();
    const end = tagEnd(html, lt + m[0].length);
    const closing = html[lt + 1] === '/';
    if (closing) {
      // stack depth is bounded by maxDepth, so this search keeps the scan linear
      const k = stack.lastIndexOf(name);
      if (k >= 0) stack.length = k;
      else if (dropped) drop(lt, end); // the end of a dropped start tag must not close an ancestor
      i = end;
      continue;
    }
    const top = stack[stack.length - 1];
    if (top === 'p' && CLOSES_P.has(name)) stack.pop();
    const implied = IMPLIED_END[name];
    while (implied && stack.length && implied.has(stack[stack.length - 1]!)) stack.pop();
    if (VOID.has(name) || html[end - 2] === '/') {
      i = end;
      continue;
    }
    if (stack.length >= maxDepth) {
      dropped++;
      drop(lt, end);
      i = end;
      continue;
    }
    stack.push(name);
    depth = Math.max(depth, stack.length);
    i = end;
    if (RAW_TEXT.has(name)) {
      // its content is text, not tags: jump to its end tag
      const re = (rawEnd[name] ??= new RegExp(`</${name}`, 'gi'));
      re.lastIndex = end;
      const close = re.exec(html);
      i = close ? close.index : html.length;
    }
  }
  if (!dropped) return { html, depth, dropped };
  out.push(html.slice(copied));
  return { html: out.join(''), depth, dropped };
}
