import { NotFoundContent } from '@/components/layout/not-found-content';
import { PageShell } from '@/components/layout/page-shell';

// Unknown addresses: rendered in the root layout only, so it brings its own header and footer.
export default function NotFound() {
  return (
    <PageShell>
      <NotFoundContent />
    </PageShell>
  );
}
