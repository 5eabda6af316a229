import ro from '@/lib/i18n/messages/ro.json';
import en from '@/lib/i18n/messages/en.json';
import type { TLocale } from '@/lib/i18n/config';

export type TMessages = typeof ro;

// en.json must have exactly the keys of ro.json (tests/unit/i18n.test.ts checks it).
export const messages: Record<TLocale, TMessages> = { ro, en: en as TMessages };
