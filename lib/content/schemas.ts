/**
 * Inputs of the public pages' administration and of the acceptance of new terms: one zod schema
 * each, used by the forms in the browser and parsed again by the server actions. Errors are
 * message keys (`validation.contentPages.*`).
 */
import { z } from 'zod';
import { isDay, todayInRomania } from '@/lib/time';

export const CONTENT_PAGE_KEYS = ['about', 'terms', 'privacy', 'accessibility', 'contact'] as const;
export type TContentPageKey = (typeof CONTENT_PAGE_KEYS)[number];

/** The pages whose new version every signed-in citizen must accept. */
export const TERMS_PAGES = { terms: 'TERMS', privacy: 'PRIVACY' } as const satisfies Partial<Record<TContentPageKey, 'TERMS' | 'PRIVACY'>>;
export const isTermsPage = (key: TContentPageKey): key is keyof typeof TERMS_PAGES => key in TERMS_PAGES;

export const LIMITS = { title: 150, lead: 600, body: 100_000 } as const;

export const zContentPageKey = z.enum(CONTENT_PAGE_KEYS, { error: 'contentPages.unknownPage' });

const text = (name: 'title' | 'lead' | 'body', min: number) =>
  z
    .string({ error: `contentPages.${name}Required` })
    .trim()
    .min(min, `contentPages.${name}Required`)
    .max(LIMITS[name], `contentPages.${name}TooLong`);

/**
 * A new version of a page. `baseNumber` is the version the form was filled from (0: the embedded
 * default): publishing over a newer one is refused, so that nobody replaces a text they have not seen.
 * `reviewedAt` (YYYY-MM-DD) is the accessibility statement's "last reviewed" date, required for it only.
 */
export const ZPublishContentPageSchema = z
  .object({
    key: zContentPageKey,
    baseNumber: z.number().int().min(0),
    titleRo: text('title', 2),
    titleEn: text('title', 2),
    leadRo: text('lead', 10),
    leadEn: text('lead', 10),
    bodyRo: text('body', 20),
    bodyEn: text('body', 20),
    reviewedAt: z.string().max(10).optional(),
  })
  .strict()
  .superRefine((value, ctx) => {
    if (value.key !== 'accessibility') return;
    const day = value.reviewedAt?.trim() ?? '';
    if (!isDay(day)) ctx.addIssue({ code: 'custom', path: ['reviewedAt'], message: day ? 'contentPages.reviewedAtInvalid' : 'contentPages.reviewedAtRequired' });
    else if (day > todayInRomania()) ctx.addIssue({ code: 'custom', path: ['reviewedAt'], message: 'contentPages.reviewedAtFuture' });
  });
export type TPublishContentPageInput = z.input<typeof ZPublishContentPageSchema>;
export type TPublishContentPage = z.output<typeof ZPublishContentPageSchema>;

/** The Markdown of the form, rendered by the server as the page would show it. */
export const ZPreviewContentPageSchema = z.object({ body: z.string().max(LIMITS.body, 'contentPages.bodyTooLong') }).strict();

/** The citizen accepts the versions the page showed them (ids of TermsVersion rows). */
export const ZAcceptTermsSchema = z
  .object({
    termsVersionIds: z.array(z.string().min(1).max(40)).min(1).max(2),
    accept: z.boolean().refine((value) => value, 'contentPages.acceptRequired'),
  })
  .strict();
