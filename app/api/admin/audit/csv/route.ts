import { AppError } from '@/lib/errors';
import { guardedRoute } from '@/lib/http/route';
import { auditCsvStream } from '@/lib/http/audit-csv';
import { csvHeaders } from '@/lib/http/csv';
import { auditFilters } from '@/lib/validation/admin-filters';

export async function GET(request: Request): Promise<Response> {
  return guardedRoute(request, 'audit.read', async () => {
    const parsed = auditFilters.safeParse(Object.fromEntries(new URL(request.url).searchParams));
    if (!parsed.success) throw new AppError('BAD_REQUEST', parsed.error.issues.map((i) => i.message).join('; '));
    const stamp = new Date().toISOString().slice(0, 19).replace(/[:T]/g, '-');
    return new Response(auditCsvStream(parsed.data), { headers: csvHeaders(`audit-${stamp}.csv`) });
  });
}
