import { endKioskVisitAction } from '@/lib/kiosk/actions';
import { wipeBrowserStorage } from '@/lib/kiosk/wipe';

/**
 * Ends a visit on a kiosk terminal: the session on the server (not only the cookie), everything the
 * browser kept, then a full load of the kiosk home, which also drops the client router cache and
 * every half-filled form. `replace`, so the page being left is not one step back in the history.
 */
export async function endKioskVisit(): Promise<void> {
  try {
    const result = await endKioskVisitAction({});
    if (!result.ok) console.error('[kiosk] ending the session failed', result.formError);
  } catch (error) {
    // Offline or the server is restarting: still wipe what the browser holds.
    console.error('[kiosk] ending the session failed', error);
  }
  await wipeBrowserStorage();
  window.location.replace('/kiosk');
}
