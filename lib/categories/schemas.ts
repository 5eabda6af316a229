/**
 * Inputs of the catalog's categories: one zod schema each, shared by the forms and the server
 * actions. Errors are message keys (`errors.categories.*`).
 */
import { z } from 'zod';

const zId = z.string().min(1).max(40);

const zCategoryName = z.string({ error: 'categories.nameRequired' }).trim().min(2, 'categories.nameRequired').max(120, 'categories.nameTooLong');

export const ZCreateCategorySchema = z.object({ nameRo: zCategoryName, nameEn: zCategoryName }).strict();
export type TCreateCategoryInput = z.input<typeof ZCreateCategorySchema>;
export type TCreateCategory = z.output<typeof ZCreateCategorySchema>;

export const ZRenameCategorySchema = z.object({ categoryId: zId, nameRo: zCategoryName, nameEn: zCategoryName }).strict();
export type TRenameCategoryInput = z.input<typeof ZRenameCategorySchema>;
export type TRenameCategory = z.output<typeof ZRenameCategorySchema>;

export const ZMoveCategorySchema = z.object({ categoryId: zId, direction: z.enum(['up', 'down']) }).strict();
export type TMoveCategory = z.infer<typeof ZMoveCategorySchema>;

export const ZCategoryIdSchema = z.object({ categoryId: zId }).strict();
