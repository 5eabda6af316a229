'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { requireUser } from '@/lib/auth/session';
import { markAllRead } from '@/lib/notifications/notifications';

/** "Marchează toate ca citite": a plain form, so it works without JavaScript. */
export async function markAllReadAction(): Promise<void> {
  const user = await requireUser('/notifications');
  if (user.role !== 'CITIZEN') redirect('/admin');
  await markAllRead(user.id);
  // The list and the bell in the header of every page.
  revalidatePath('/', 'layout');
}
