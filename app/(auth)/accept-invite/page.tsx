import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { LinkProblem } from '@/components/accounts/link-problem';
import { AcceptInviteForm } from '@/components/admin/staff/accept-invite-form';
import { firstParam, type TSearchParams } from '@/lib/search-params';
import { peekInvite } from '@/lib/staff/invite';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('staff.invite'))('title') };
}

/** The page of the emailed staff invitation: the invitee chooses their password. */
export default async function AcceptInvitePage({ searchParams }: { searchParams: Promise<TSearchParams> }) {
  const token = firstParam((await searchParams).token);
  const t = await getTranslations('staff.invite');
  const state = token ? await peekInvite(token) : ({ ok: false, reason: 'invalid' } as const);
  return (
    <>
      <h1 className="mb-6 text-3xl font-bold text-brand-900">{t('title')}</h1>
      {state.ok ? (
        <>
          <p className="mb-6 text-lg">{t('lead', { name: state.name, email: state.email })}</p>
          <AcceptInviteForm token={token as string} email={state.email} name={state.name} />
        </>
      ) : (
        <LinkProblem reason={state.reason}>
          <p>{t('askAgain')}</p>
        </LinkProblem>
      )}
    </>
  );
}
