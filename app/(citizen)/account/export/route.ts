import { exportMyData } from '@/lib/accounts/account';
import { getSession } from '@/lib/auth/session';
import { refuseDownloadOnKiosk } from '@/lib/kiosk/server';
import { todayInRomania } from '@/lib/time';

/** "Download my data": the signed-in user's data as a JSON file. */
export async function GET() {
  const user = await getSession();
  // Signed out (an old tab): sign in and come back to the account page.
  if (!user) return new Response(null, { status: 303, headers: { Location: `/login?next=${encodeURIComponent('/account')}` } });
  const refused = await refuseDownloadOnKiosk();
  if (refused) return refused;
  const data = await exportMyData(user.id);
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Disposition': `attachment; filename="datele-mele-${todayInRomania()}.json"`,
      'Cache-Control': 'no-store',
    },
  });
}
