import { renderMarkdown } from '@/lib/content/markdown';

/** Administrator-written Markdown, rendered on the server and sanitized (lib/content/markdown.ts). */
export function Markdown({ source, className = '' }: { source: string; className?: string }) {
  return <div className={`markdown space-y-4 text-base leading-7 ${className}`} dangerouslySetInnerHTML={{ __html: renderMarkdown(source) }} />;
}
