/**
 * 使用说明: the same text as docs/使用说明.md in the repository (imported at build time, so the two
 * cannot drift), with its screenshots from docs/images/ (taken from the real app by
 * test/e2e/docs-screenshots.spec.ts), followed by the blank template downloads it refers to.
 */
import { useMemo } from 'react';
import source from '../../../docs/使用说明.md?raw';
import { HelpDocument } from './HelpDocument';
import { parseMarkdown } from './markdown-blocks';
import { TemplateDownloads } from './TemplateDownloads';

const IMAGE_URLS = import.meta.glob<string>('../../../docs/images/*.png', { eager: true, query: '?url', import: 'default' });

/** File name (onboarding.png) -> URL of the built asset. */
const IMAGES: Record<string, string> = Object.fromEntries(Object.entries(IMAGE_URLS).map(([path, url]) => [path.slice(path.lastIndexOf('/') + 1), url]));

export function HelpView() {
  // The document's own title duplicates the view's heading.
  const blocks = useMemo(() => parseMarkdown(source).filter((b) => !(b.kind === 'heading' && b.level === 1)), []);
  return (
    <section className="view" aria-label="使用说明">
      <div className="view-toolbar">
        <h1 className="view-title">使用说明</h1>
      </div>
      <div className="help-body">
        <HelpDocument blocks={blocks} images={IMAGES} />
        <TemplateDownloads />
      </div>
    </section>
  );
}
