/** Inputs about notifications: an id from a URL, and the cursor of the list's "Mai vechi" link. */
import { z } from 'zod';

export const ZNotificationIdSchema = z.object({ notificationId: z.string().min(1).max(40) }).strict();
export type TNotificationId = z.infer<typeof ZNotificationIdSchema>;

/**
 * "<ms since epoch>-<id>" of the last notification shown: the next page starts right after it.
 * Anything else is no cursor (the first page), never an error.
 */
export const ZNotificationCursorSchema = z
  .string()
  .max(80)
  .regex(/^\d{1,15}-[A-Za-z0-9_-]{1,40}$/)
  .transform((value) => {
    const at = value.indexOf('-');
    return { createdAt: new Date(Number(value.slice(0, at))), id: value.slice(at + 1) };
  })
  .optional()
  .catch(undefined);
export type TNotificationCursor = NonNullable<z.output<typeof ZNotificationCursorSchema>>;

export const encodeNotificationCursor = ({ createdAt, id }: { createdAt: Date; id: string }) => `${createdAt.getTime()}-${id}`;
