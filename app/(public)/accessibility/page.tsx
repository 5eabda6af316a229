import { contentRoute } from '@/components/content/content-page';

const route = contentRoute('accessibility');
export const generateMetadata = route.generateMetadata;
export default route.Page;
