import { jobPageRoute } from '@/components/sync/job-page';

const route = jobPageRoute('sync.queue', [
  { href: '/admin', label: 'Admin' },
  { href: '/admin/sync', label: 'Sync jobs' },
]);
export const generateMetadata = route.generateMetadata;
export default route.Page;
