// CPU time read from /proc: stable on a shared, noisy machine where wall-clock rates are not.
import { readdirSync, readFileSync } from 'node:fs';

const TICKS = 100; // USER_HZ on Linux

/** CPU seconds (user + system) one process has used. */
export function cpuSeconds(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) / TICKS;
  } catch {
    return 0;
  }
}

/**
 * CPU seconds used by every PostgreSQL process on this machine (the embedded server or the local one),
 * including backends that have exited since (the postmaster collects their time as its children's).
 */
export function postgresCpuSeconds() {
  let total = 0;
  for (const pid of readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const comm = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      if (comm !== 'postgres') continue;
      const fields = stat.slice(stat.lastIndexOf(') ') + 2).split(' ');
      total += (Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14])) / TICKS;
    } catch {
      // gone meanwhile
    }
  }
  return total;
}

/** Measures the CPU an interval of work costs the api, PostgreSQL and (when given) the load generator. */
export function cpuMeter(apiPid) {
  const start = { api: cpuSeconds(apiPid), pg: postgresCpuSeconds() };
  return (generatorCpuSeconds = 0) => ({ api: cpuSeconds(apiPid) - start.api, pg: postgresCpuSeconds() - start.pg, generator: generatorCpuSeconds });
}
