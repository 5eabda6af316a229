'use server';

import { adminAction } from '@/lib/actions';
import { createCategory, deleteCategory, moveCategory, renameCategory } from '@/lib/categories/categories';
import { ZCategoryIdSchema, ZCreateCategorySchema, ZMoveCategorySchema, ZRenameCategorySchema } from '@/lib/categories/schemas';

export const createCategoryAction = adminAction(ZCreateCategorySchema, async (data, { user, request }) => createCategory(data, { actor: user, request }));

export const renameCategoryAction = adminAction(ZRenameCategorySchema, async (data, { user, request }) => renameCategory(data, { actor: user, request }));

export const moveCategoryAction = adminAction(ZMoveCategorySchema, async (data, { user, request }) => moveCategory(data, { actor: user, request }));

export const deleteCategoryAction = adminAction(ZCategoryIdSchema, async ({ categoryId }, { user, request }) => deleteCategory(categoryId, { actor: user, request }));
