import { describe, expect, it } from 'vitest';
import { markdownToText, renderMarkdown } from '@/lib/content/markdown';

describe('renderMarkdown', () => {
  it('renders headings, lists, emphasis and links', () => {
    const html = renderMarkdown('# Titlu\n\nUn **anunț** cu [link](https://primariaroman.ro) și [pagină](/services).\n\n- unu\n- doi');
    expect(html).toContain('<h2>Titlu</h2>');
    expect(html).toContain('<strong>anunț</strong>');
    expect(html).toContain('<a href="https://primariaroman.ro" rel="noopener noreferrer nofollow">link</a>');
    expect(html).toContain('<a href="/services">pagină</a>');
    expect(html).toContain('<li>unu</li>');
  });

  it('drops scripts, event handlers and javascript: links', () => {
    const html = renderMarkdown(
      'Text <script>alert(1)</script>\n\n<img src=x onerror="alert(2)">\n\n[click](javascript:alert(3)) <a href="JaVaScRiPt:alert(4)" onclick="x()">b</a>\n\n<iframe src="https://evil.example"></iframe><p style="color:red" onmouseover="y()">p</p>',
    );
    expect(html).not.toMatch(/<script|alert\(1\)|onerror|onclick|onmouseover|javascript:|<iframe|<img|style=/i);
    expect(html).toContain('Text');
  });

  it('refuses data: and protocol-relative links', () => {
    const html = renderMarkdown('[a](data:text/html;base64,PHNjcmlwdD4=) [b](//evil.example/x)');
    expect(html).not.toMatch(/data:|\/\/evil/);
  });

  it('gives the plain text of a source', () => {
    expect(markdownToText('## Program\n\nLuni – **Vineri**')).toBe('Program Luni – Vineri');
  });
});
