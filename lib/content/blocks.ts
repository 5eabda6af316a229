/**
 * The embedded default pages (lib/content/pages.ts) as Markdown, the format administrators edit:
 * h2 → "## ", p → a paragraph, ul → "- " items, note → a blockquote. Text is escaped so that it
 * renders exactly as written (a "*" or a "1." at the start of a line stays text).
 */
import { startOfDayInRomania } from '@/lib/time';
import { contentPages, type TContentBlock, type TContentPageKey, type TLocale } from '@/lib/content/pages';

/** Escapes what Markdown would read as markup anywhere in a line, and what it would read as a block at its start. */
export function escapeMarkdown(text: string): string {
  const inline = text.replace(/[\\`*_[\]<>|~]/g, (c) => `\\${c}`);
  // "#", "-", "+", "=" or "1." / "1)" at the start of a line would become a heading, list or rule.
  return inline.replace(/^(\s*)(\d+)([.)])/gm, '$1$2\\$3').replace(/^(\s*)([#+=-])/gm, '$1\\$2');
}

function blockToMarkdown(block: TContentBlock): string {
  switch (block.type) {
    case 'h2':
      return `## ${escapeMarkdown(block.text)}`;
    case 'p':
      return escapeMarkdown(block.text);
    case 'ul':
      return block.items.map((item) => `- ${escapeMarkdown(item)}`).join('\n');
    case 'note':
      return `> ${escapeMarkdown(block.text)}`;
  }
}

/** The blocks of a page as one Markdown text, blocks separated by a blank line. */
export function blocksToMarkdown(blocks: TContentBlock[]): string {
  return blocks.map(blockToMarkdown).join('\n\n');
}

export type TPageText = { title: string; lead: string; body: string };

/** The embedded default text of a page in one language, its body as Markdown. */
export function defaultPageText(key: TContentPageKey, locale: TLocale): TPageText {
  const page = contentPages[key][locale];
  return { title: page.title, lead: page.lead, body: blocksToMarkdown(page.blocks) };
}

/** The date of the embedded default texts (the seeded version 1 is published at it). */
export const DEFAULT_PAGES_DATE = startOfDayInRomania(contentPages.about.ro.updatedAt);

/** The embedded default of a page in both languages, as the columns of a version. */
export function defaultVersionText(key: TContentPageKey) {
  const ro = defaultPageText(key, 'ro');
  const en = defaultPageText(key, 'en');
  return { titleRo: ro.title, titleEn: en.title, leadRo: ro.lead, leadEn: en.lead, bodyRo: ro.body, bodyEn: en.body };
}
