import { exportMyData } from '@/lib/accounts/account';
import { getSession } from '@/lib/auth/session';

/** "Download my data": the signed-in user's data as a JSON file. */
export async function GET() {
  const user = await getSession();
  if (!user) return new Response('Unauthorized', { status: 401 });
  const data = await exportMyData(user.id);
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Disposition': `attachment; filename="datele-mele-${new Date().toISOString().slice(0, 10)}.json"`,
      'Cache-Control': 'no-store',
    },
  });
}
