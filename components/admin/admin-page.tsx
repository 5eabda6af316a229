/** The pieces every back-office page is made of: its title, its sections and its rows of links. */
import Link from 'next/link';
import type { ReactNode } from 'react';

/** The page's only h1, with the sentence that says what the page is for. */
export function AdminPageHeading({ title, lead }: { title: string; lead: ReactNode }) {
  return (
    <div>
      <h1 className="text-3xl font-bold text-brand-900">{title}</h1>
      <p className="mt-2 text-lg text-gray-700">{lead}</p>
    </div>
  );
}

/** A section named by its h2 (`id` links the two); framed for forms, open for results. */
export function AdminSection({ id, title, framed = false, children }: { id: string; title: string; framed?: boolean; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className={framed ? 'rounded-lg border border-gray-300 p-5' : 'space-y-4'}>
      <h2 id={id} className={`text-2xl font-bold text-brand-900 ${framed ? 'mb-4' : ''}`}>
        {title}
      </h2>
      {children}
    </section>
  );
}

/** A row of links in a navigation landmark named `label` (the sections' menu, the pages of a list). */
export function AdminLinks({ label, links, className }: { label: string; links: { href: string; label: string }[]; className?: string }) {
  if (links.length === 0) return null;
  return (
    <nav aria-label={label} className={className}>
      <ul className="flex flex-wrap gap-x-6">
        {links.map((link) => (
          <li key={link.href}>
            <Link href={link.href} className="inline-flex min-h-11 items-center font-semibold">
              {link.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
