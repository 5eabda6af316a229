import { contentRoute } from '@/components/content/content-page';

const route = contentRoute('about');
export const generateMetadata = route.generateMetadata;
export default route.Page;
