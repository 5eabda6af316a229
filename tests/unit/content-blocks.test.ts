import { describe, expect, it } from 'vitest';
import { blocksToMarkdown, defaultPageText, escapeMarkdown } from '@/lib/content/blocks';
import { markdownToText, renderMarkdown } from '@/lib/content/markdown';
import { contentPages } from '@/lib/content/pages';

describe('embedded pages as Markdown', () => {
  it('turns headings, paragraphs, lists and notes into Markdown', () => {
    const markdown = blocksToMarkdown([
      { type: 'h2', text: '1. Despre portal' },
      { type: 'p', text: 'Un paragraf.' },
      { type: 'ul', items: ['unu', 'doi'] },
      { type: 'note', text: 'De reținut.' },
    ]);
    expect(markdown).toBe('## 1\\. Despre portal\n\nUn paragraf.\n\n- unu\n- doi\n\n> De reținut.');
    expect(renderMarkdown(markdown)).toBe('<h2>1. Despre portal</h2>\n<p>Un paragraf.</p>\n<ul>\n<li>unu</li>\n<li>doi</li>\n</ul>\n<blockquote>\n<p>De reținut.</p>\n</blockquote>\n');
  });

  it('escapes what Markdown would read as markup, so the text shows as written', () => {
    for (const text of ['Taxa *redusă* pentru_toți', '1. nu e listă', '- nici asta', '# nici titlu', 'a <b>x</b> [link](javascript:x) `cod`', 'HCL nr. 45/2025, art. 3 | anexa 2']) {
      // The text of the HTML, its entities read back.
      const shown = markdownToText(escapeMarkdown(text)).replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
      expect(shown).toBe(text);
    }
  });

  it('keeps every word of every embedded page', () => {
    for (const [key, page] of Object.entries(contentPages)) {
      for (const locale of ['ro', 'en'] as const) {
        const { body } = defaultPageText(key as keyof typeof contentPages, locale);
        const text = markdownToText(body);
        for (const block of page[locale].blocks) {
          for (const piece of block.type === 'ul' ? block.items : [block.text]) expect(text, `${key}.${locale}`).toContain(piece.replace(/\s+/g, ' ').trim());
        }
      }
    }
  });
});
