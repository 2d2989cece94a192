import { jobPageRoute } from '@/components/sync/job-page';

/** A technician's read-only view of one job (spec, attempts, logs) with the Retry and Cancel their role allows. */
const route = jobPageRoute('sync.view', [{ href: '/technician', label: 'Technician console' }]);
export const generateMetadata = route.generateMetadata;
export default route.Page;
