import { checkHealth } from '@/lib/health/checks';

export const dynamic = 'force-dynamic';

/** State of the database, storage and mail delivery: 200 when all are up, 503 otherwise. */
export async function GET() {
  const health = await checkHealth();
  return Response.json(health, {
    status: health.status === 'up' ? 200 : 503,
    headers: { 'Cache-Control': 'no-store' },
  });
}
