/** Why: "Download CSV" on the audit log streams the filtered rows page by page (never the whole log in memory). */
import { auditBatches, type AuditRow } from '../db/queries/audit-log';
import type { AuditFilters } from '../validation/admin-filters';
import { csvLine } from './csv';

export const AUDIT_CSV_HEADER = ['id', 'at', 'actor_id', 'actor', 'action', 'target', 'ip', 'detail'];

export function auditCsvCells(row: AuditRow): unknown[] {
  return [row.id, row.at, row.actorUserId, row.actorUsername, row.action, row.target, row.ip, row.detail ? JSON.stringify(row.detail) : ''];
}

export function auditCsvStream(filters: AuditFilters, batch = 500): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const batches = auditBatches(filters, batch);
  return new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(csvLine(AUDIT_CSV_HEADER)));
    },
    async pull(controller) {
      const next = await batches.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value.map((row) => csvLine(auditCsvCells(row))).join('')));
    },
    async cancel() {
      await batches.return(undefined);
    },
  });
}
