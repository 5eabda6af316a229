/** The categories of the demo catalog, in catalog order. */
import type { TSeedCategory } from '@/prisma/seed/catalog';

export const SEED_CATEGORIES: TSeedCategory[] = [
  { slug: 'relatia-cu-cetatenii', nameRo: 'Relația cu cetățenii', nameEn: 'Citizen relations', position: 1 },
  { slug: 'taxe-si-impozite-locale', nameRo: 'Taxe și impozite locale', nameEn: 'Local taxes', position: 2 },
  { slug: 'urbanism-si-constructii', nameRo: 'Urbanism și construcții', nameEn: 'Urban planning and construction', position: 3 },
  { slug: 'comert-si-transport', nameRo: 'Comerț și transport', nameEn: 'Commerce and transport', position: 4 },
];
