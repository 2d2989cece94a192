import { jobPageRoute } from '@/components/sync/job-page';

const route = jobPageRoute('sync.queue', { href: '/admin/sync', label: 'All sync jobs' });
export const generateMetadata = route.generateMetadata;
export default route.Page;
