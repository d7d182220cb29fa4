/**
 * Renders the parsed help text as React elements (no innerHTML). Images name files under
 * docs/images/; `images` maps those names to the URLs the build gave them, and an image the
 * build does not have is left out rather than shown broken.
 */
import type { ReactNode } from 'react';
import type { Block, Inline } from './markdown-blocks';

function inlines(parts: Inline[]): ReactNode {
  return parts.map((part, i) => {
    if (part.kind === 'strong') return <strong key={i}>{part.text}</strong>;
    if (part.kind === 'code') return <code key={i}>{part.text}</code>;
    return <span key={i}>{part.text}</span>;
  });
}

function block(b: Block, key: number, images: Record<string, string>): ReactNode {
  switch (b.kind) {
    case 'heading':
      return b.level === 1 ? <h1 key={key}>{b.text}</h1> : b.level === 2 ? <h2 key={key}>{b.text}</h2> : <h3 key={key}>{b.text}</h3>;
    case 'paragraph':
      return <p key={key}>{inlines(b.inlines)}</p>;
    case 'note':
      return (
        <p key={key} className="help-note">
          {inlines(b.inlines)}
        </p>
      );
    case 'list': {
      const items = b.items.map((item, i) => <li key={i}>{inlines(item)}</li>);
      return b.ordered ? <ol key={key}>{items}</ol> : <ul key={key}>{items}</ul>;
    }
    case 'image': {
      const src = images[b.src.replace(/^\.?\/?images\//, '')];
      if (src === undefined) return null;
      return (
        <figure key={key}>
          <img src={src} alt={b.alt} loading="lazy" />
          <figcaption>{b.alt}</figcaption>
        </figure>
      );
    }
    case 'table':
      return (
        <table key={key} className="help-table">
          <thead>
            <tr>
              {b.header.map((cell, i) => (
                <th key={i}>{inlines(cell)}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {b.rows.map((row, r) => (
              <tr key={r}>
                {row.map((cell, i) => (
                  <td key={i}>{inlines(cell)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      );
  }
}

export function HelpDocument({ blocks, images }: { blocks: Block[]; images: Record<string, string> }) {
  return <article className="help-document">{blocks.map((b, i) => block(b, i, images))}</article>;
}
