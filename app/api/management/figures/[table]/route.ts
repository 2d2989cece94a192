import { csvResponse } from '@/lib/http/csv';
import { AppError } from '@/lib/errors';
import { guardedRoute } from '@/lib/http/route';
import { csvValue, FIGURE_TABLES, isFigureTable } from '@/lib/analytics/figure-tables';
import { readRollup } from '@/lib/analytics/rollups';
import { periodSchema } from '@/lib/validation/analytics';

/** GET /api/management/figures/<tiers|products|months|symbols>?period=30d — one management table as CSV. */
export async function GET(request: Request, { params }: { params: Promise<{ table: string }> }): Promise<Response> {
  return guardedRoute(request, 'stats.read', async () => {
    const { table } = await params;
    if (!isFigureTable(table)) throw new AppError('NOT_FOUND', `No table "${table}"; choose one of ${Object.keys(FIGURE_TABLES).join(', ')}`);
    const period = periodSchema.safeParse(new URL(request.url).searchParams.get('period') ?? undefined);
    if (!period.success) throw new AppError('BAD_REQUEST', period.error.issues[0]?.message ?? 'Bad period');
    const rollup = await readRollup(period.data);
    if (!rollup) throw new AppError('CONFLICT', 'The figures have not been computed yet; use "Refresh figures" on the management page');
    const definition = FIGURE_TABLES[table];
    const rows = definition.rows(rollup.data).map((row) => row.map((value, i) => csvValue(definition.columns[i].kind, value)));
    return csvResponse(
      `${table}-${period.data}.csv`,
      definition.columns.map((c) => c.header),
      rows,
    );
  });
}
