/** A clock's own check at its warning and due instants (data: { clockId }). */
export const SLA_CHECK_JOB = 'tickets.sla-check';
/** Every minute: the safety net for checks that did not run (a replica down, a job lost). */
export const SLA_SWEEP_JOB = 'tickets.sla-sweep';
/** Resolved tickets close by themselves AUTO_CLOSE_DAYS after their resolution. */
export const AUTO_CLOSE_JOB = 'tickets.auto-close';
/** Daily: tells the alliance's staff when a business-hours calendar's holidays run out within 60 days. */
export const CALENDAR_COVERAGE_JOB = 'tickets.calendar-coverage';
