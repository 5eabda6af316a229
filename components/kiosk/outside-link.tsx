import type { ReactNode } from 'react';
import { isKiosk } from '@/lib/kiosk/server';

/** A link that leaves the portal (tel:, mailto:, another site): plain text on a kiosk terminal, where it could not be followed. */
export async function OutsideLink({ href, children }: { href: string; children: ReactNode }) {
  if (await isKiosk()) return <span>{children}</span>;
  return <a href={href}>{children}</a>;
}
