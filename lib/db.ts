import { PrismaPg } from '@prisma/adapter-pg';
import { Prisma, PrismaClient } from '@/lib/generated/prisma/client';
import { env } from '@/lib/env';

export type TPrismaClient = PrismaClient;
export type TTransaction = Parameters<Parameters<PrismaClient['$transaction']>[0]>[0];

/** Whether a query failed with this Prisma error code (P2002: a unique value taken; P2003: a row still referenced). */
export const isPrismaError = (error: unknown, code: 'P2002' | 'P2003') => error instanceof Prisma.PrismaClientKnownRequestError && error.code === code;

export function createPrismaClient(databaseUrl: string) {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl, max: 10 }) });
}

// One client per process; survives hot reloads in development.
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

function getClient() {
  if (!globalForPrisma.prisma) {
    const url = env().DATABASE_URL;
    if (!url) throw new Error('DATABASE_URL is not set: start the portal with `npm start`, which provides it.');
    globalForPrisma.prisma = createPrismaClient(url);
  }
  return globalForPrisma.prisma;
}

/** The Prisma client, created on first use (not at import, so that `next build` needs no database). */
export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const client = getClient();
    const value = Reflect.get(client, property, client);
    return typeof value === 'function' ? value.bind(client) : value;
  },
});
