import { NotFoundContent } from '@/components/layout/not-found-content';

// notFound() inside a public page: the (public) layout already draws the header and footer.
export default function NotFound() {
  return <NotFoundContent />;
}
