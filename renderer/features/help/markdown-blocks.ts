/**
 * A small Markdown reader for our own help text (docs/使用说明.md): headings, paragraphs, ordered
 * and bullet lists, > notes, images on their own line, pipe tables, and inline **bold** and `code`.
 * It returns plain data that HelpDocument renders as React elements — no HTML string is ever
 * built or injected, so the page's strict CSP and React's escaping stay in charge. Anything it
 * does not know is shown as text.
 */

export type Inline = { kind: 'text' | 'strong' | 'code'; text: string };

export type Block =
  | { kind: 'heading'; level: 1 | 2 | 3; text: string }
  | { kind: 'paragraph'; inlines: Inline[] }
  | { kind: 'list'; ordered: boolean; items: Inline[][] }
  | { kind: 'note'; inlines: Inline[] }
  | { kind: 'image'; alt: string; src: string }
  | { kind: 'table'; header: Inline[][]; rows: Inline[][][] };

const HEADING = /^(#{1,3})\s+(.*)$/;
const BULLET = /^[-*]\s+(.*)$/;
const ORDERED = /^\d+\.\s+(.*)$/;
const IMAGE = /^!\[([^\]]*)\]\(([^)\s]+)\)$/;
const TABLE_RULE = /^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?$/;

/** **bold** and `code` inside a line; unmatched markers stay as text. */
export function parseInline(text: string): Inline[] {
  const out: Inline[] = [];
  const pattern = /\*\*([^*]+)\*\*|`([^`]+)`/g;
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    const at = match.index;
    if (at > last) out.push({ kind: 'text', text: text.slice(last, at) });
    if (match[1] !== undefined) out.push({ kind: 'strong', text: match[1] });
    else out.push({ kind: 'code', text: match[2] ?? '' });
    last = at + match[0].length;
  }
  if (last < text.length) out.push({ kind: 'text', text: text.slice(last) });
  return out;
}

function cells(line: string): Inline[][] {
  return line
    .trim()
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split('|')
    .map((cell) => parseInline(cell.trim()));
}

export function parseMarkdown(source: string): Block[] {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  const blocks: Block[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = (lines[i] ?? '').trim();
    if (line === '') {
      i++;
      continue;
    }
    const heading = HEADING.exec(line);
    const image = IMAGE.exec(line);
    if (heading) {
      blocks.push({ kind: 'heading', level: heading[1]!.length as 1 | 2 | 3, text: heading[2] ?? '' });
      i++;
    } else if (image) {
      blocks.push({ kind: 'image', alt: image[1] ?? '', src: image[2] ?? '' });
      i++;
    } else if (BULLET.test(line) || ORDERED.test(line)) {
      const ordered = ORDERED.test(line);
      const marker = ordered ? ORDERED : BULLET;
      const items: Inline[][] = [];
      while (i < lines.length && marker.test((lines[i] ?? '').trim())) {
        items.push(parseInline(marker.exec((lines[i] ?? '').trim())?.[1] ?? ''));
        i++;
      }
      blocks.push({ kind: 'list', ordered, items });
    } else if (line.startsWith('>')) {
      const text: string[] = [];
      while (i < lines.length && (lines[i] ?? '').trim().startsWith('>')) text.push((lines[i++] ?? '').trim().replace(/^>\s?/, ''));
      blocks.push({ kind: 'note', inlines: parseInline(text.join('')) });
    } else if (line.startsWith('|') && TABLE_RULE.test((lines[i + 1] ?? '').trim())) {
      const header = cells(line);
      const rows: Inline[][][] = [];
      i += 2;
      while (i < lines.length && (lines[i] ?? '').trim().startsWith('|')) rows.push(cells(lines[i++] ?? ''));
      blocks.push({ kind: 'table', header, rows });
    } else {
      const text: string[] = [];
      while (i < lines.length) {
        const next = (lines[i] ?? '').trim();
        if (next === '' || HEADING.test(next) || IMAGE.test(next) || BULLET.test(next) || ORDERED.test(next) || next.startsWith('>') || next.startsWith('|')) break;
        text.push(next);
        i++;
      }
      // Chinese text joins lines without a space.
      blocks.push({ kind: 'paragraph', inlines: parseInline(text.join('')) });
    }
  }
  return blocks;
}
