/**
 * Inputs of news administration: one zod schema each, used by the forms in the browser and parsed
 * again by the server actions. Errors are message keys (`errors.news.*`).
 */
import { z } from 'zod';
import { fromLocalDateTime } from '@/lib/news/schedule';
import { SLUG_PATTERN } from '@/lib/slug';

const zId = z.string().min(1).max(40);

/** The post's `updatedAt` the page was rendered with (ISO): a stale page is refused, never overwrites. */
const zUpdatedAt = z.string().min(1).max(40).refine((value) => !Number.isNaN(Date.parse(value)), 'news.stale');

const text = (min: number, max: number, required: string, tooLong: string) => z.string({ error: required }).trim().min(min, required).max(max, tooLong);

const contentFields = {
  titleRo: text(3, 200, 'news.titleRequired', 'news.titleTooLong'),
  titleEn: text(3, 200, 'news.titleRequired', 'news.titleTooLong'),
  excerptRo: text(10, 400, 'news.excerptRequired', 'news.excerptTooLong'),
  excerptEn: text(10, 400, 'news.excerptRequired', 'news.excerptTooLong'),
  bodyRo: text(1, 50_000, 'news.bodyRequired', 'news.bodyTooLong'),
  bodyEn: text(1, 50_000, 'news.bodyRequired', 'news.bodyTooLong'),
};

/** A new post: a draft whose address (slug) comes from the Romanian title. */
export const ZCreateNewsSchema = z.object(contentFields).strict();
export type TCreateNewsInput = z.input<typeof ZCreateNewsSchema>;
export type TCreateNews = z.output<typeof ZCreateNewsSchema>;

const zAlt = z.string().trim().max(250, 'news.imageAltTooLong');

/**
 * The texts of a post, its address and the image's text alternatives. `hasImage` says whether the
 * page showed an image: then both alternatives are required (the server checks the stored post too).
 */
export const ZUpdateNewsSchema = z
  .object({
    postId: zId,
    updatedAt: zUpdatedAt,
    slug: z.string({ error: 'news.slugInvalid' }).trim().toLowerCase().min(3, 'news.slugInvalid').max(80, 'news.slugInvalid').regex(SLUG_PATTERN, 'news.slugInvalid'),
    ...contentFields,
    hasImage: z.boolean(),
    imageAltRo: zAlt,
    imageAltEn: zAlt,
  })
  .strict()
  .superRefine((value, ctx) => {
    if (!value.hasImage) return;
    for (const key of ['imageAltRo', 'imageAltEn'] as const) if (value[key].length === 0) ctx.addIssue({ code: 'custom', path: [key], message: 'news.imageAltRequired' });
  });
export type TUpdateNewsInput = z.input<typeof ZUpdateNewsSchema>;
export type TUpdateNews = z.output<typeof ZUpdateNewsSchema>;

/** Publish now, unpublish, delete: the post and the version of it the page showed. */
export const ZNewsPostRefSchema = z.object({ postId: zId, updatedAt: zUpdatedAt }).strict();

/** Publication at a date and time typed in Romanian time (`YYYY-MM-DDTHH:mm`); the server wants it in the future. */
export const ZScheduleNewsSchema = z
  .object({
    postId: zId,
    updatedAt: zUpdatedAt,
    publishAt: z.string({ error: 'news.publishAtRequired' }).min(1, 'news.publishAtRequired').max(20).refine((value) => fromLocalDateTime(value) !== null, 'news.publishAtInvalid'),
  })
  .strict();
export type TScheduleNewsInput = z.input<typeof ZScheduleNewsSchema>;

/** The accepted image types and size (checked again, by the file's first bytes, once uploaded). */
export const NEWS_IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;
export type TNewsImageType = (typeof NEWS_IMAGE_TYPES)[number];
export const NEWS_IMAGE_MAX_MB = 5;

export const ZStartNewsImageSchema = z
  .object({ postId: zId, fileName: z.string().min(1).max(300), contentType: z.string().max(100), sizeBytes: z.number().int().min(0) })
  .strict();
export type TStartNewsImage = z.input<typeof ZStartNewsImageSchema>;

/** The image's text alternatives, asked before the file is chosen: an image never goes up without them. */
export const ZNewsImageAltSchema = z
  .object({ imageAltRo: zAlt.min(1, 'news.imageAltRequired'), imageAltEn: zAlt.min(1, 'news.imageAltRequired') })
  .strict();
export type TNewsImageAltInput = z.input<typeof ZNewsImageAltSchema>;

export const ZConfirmNewsImageSchema = z.object({ postId: zId, key: z.string().min(1).max(200), ...ZNewsImageAltSchema.shape }).strict();

export const ZRemoveNewsImageSchema = z.object({ postId: zId }).strict();
