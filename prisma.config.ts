import { defineConfig } from 'prisma/config';

// Prisma 7 loads no .env file; `prisma generate` does not need a live database, so an unset
// DATABASE_URL falls back to a placeholder instead of throwing.
export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: { url: process.env.DATABASE_URL ?? 'postgresql://localhost:5432/portal' },
});
