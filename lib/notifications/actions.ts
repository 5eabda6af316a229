'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { citizenAction } from '@/lib/actions';
import { markAllRead } from '@/lib/notifications/notifications';

const markAll = citizenAction.form(
  z.object({}).strict(),
  async (_data, { user }) => {
    await markAllRead(user.id);
    // The list and the bell in the header of every page.
    revalidatePath('/', 'layout');
  },
  { signInNext: '/notifications' },
);

/** "Marchează toate ca citite": a plain form, so it works without JavaScript. */
export async function markAllReadAction(form: FormData): Promise<void> {
  await markAll(form);
}
