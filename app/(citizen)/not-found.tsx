import { NotFoundContent } from '@/components/layout/not-found-content';

// A request or notification that is not the user's (notFound() in a page of the personal space):
// inside this group's layout, which already has the header, the main landmark and the footer.
export default function CitizenNotFound() {
  return <NotFoundContent />;
}
