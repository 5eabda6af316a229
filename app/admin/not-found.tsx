import { NotFoundContent } from '@/components/layout/not-found-content';

// notFound() in a back-office page (a request of another department): the admin layout already
// draws the header, the main landmark and the footer.
export default function AdminNotFound() {
  return <NotFoundContent />;
}
