import type { TFiledStatus } from '@/lib/requests/expectations';

type TTone = 'action' | 'waiting' | 'approved' | 'rejected' | 'withdrawn';

const TONES: Record<TFiledStatus, TTone> = {
  SUBMITTED: 'waiting',
  IN_REVIEW: 'waiting',
  PAYMENT_SUBMITTED: 'waiting',
  NEEDS_INFO: 'action',
  AWAITING_PAYMENT: 'action',
  APPROVED: 'approved',
  REJECTED: 'rejected',
  WITHDRAWN: 'withdrawn',
};

// The words carry the meaning; the shape (icon, solid or dashed border) repeats it for a quick look,
// and the colour only a third time.
const STYLES: Record<TTone, string> = {
  action: 'border-amber-700 bg-amber-50 text-amber-950',
  waiting: 'border-brand-700 bg-white text-brand-900',
  approved: 'border-green-700 bg-green-50 text-green-900',
  rejected: 'border-red-700 bg-red-50 text-red-900',
  withdrawn: 'border-dashed border-gray-600 bg-gray-50 text-gray-900',
};

// The marks of the icons: a triangle with "!" (something to do); in a circle, a clock (the city hall
// is working on it), a tick, a cross, a dash.
const MARKS: Record<TTone, { d: string; circle: boolean }> = {
  action: { d: 'M12 3 2 20h20L12 3zM12 10v4M12 17v.01', circle: false },
  waiting: { d: 'M12 7v5l3 2', circle: true },
  approved: { d: 'm8 12 3 3 5-6', circle: true },
  rejected: { d: 'm9 9 6 6M15 9l-6 6', circle: true },
  withdrawn: { d: 'M8 12h8', circle: true },
};

/** The icon of a status's kind (decorative: the words next to it say the same). */
export function DashboardStatusIcon({ status, className }: { status: TFiledStatus; className: string }) {
  const mark = MARKS[TONES[status]];
  return (
    <svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth={2} strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false" className={`shrink-0 ${className}`}>
      {mark.circle ? <circle cx="12" cy="12" r="9" /> : null}
      <path d={mark.d} />
    </svg>
  );
}

/** A request's status in plain words, with an icon and a border that differ by kind (never colour alone). */
export function DashboardStatusTag({ status, label }: { status: TFiledStatus; label: string }) {
  return (
    <span className={`inline-flex items-center gap-1.5 rounded-full border-2 px-3 py-1 text-sm font-semibold whitespace-nowrap ${STYLES[TONES[status]]}`}>
      <DashboardStatusIcon status={status} className="h-4 w-4" />
      {label}
    </span>
  );
}
