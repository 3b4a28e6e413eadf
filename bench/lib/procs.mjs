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

/** A process's parent pid, or null. */
export function parentPid(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(') ') + 2).split(' ')[1]);
  } catch {
    return null;
  }
}

/**
 * CPU seconds used by one PostgreSQL server: its postmaster and every process it started, including backends
 * that have exited since (the postmaster collects their time as its children's). Only that server: other
 * PostgreSQL servers on a shared machine (other people's tests) do not count.
 */
export function postgresCpuSeconds(postmasterPid) {
  const times = (stat) => {
    const f = stat.slice(stat.lastIndexOf(') ') + 2).split(' ');
    return { ppid: Number(f[1]), cpu: (Number(f[11]) + Number(f[12]) + Number(f[13]) + Number(f[14])) / TICKS };
  };
  let total = 0;
  for (const pid of readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      const t = times(readFileSync(`/proc/${pid}/stat`, 'utf8'));
      if (Number(pid) === postmasterPid || t.ppid === postmasterPid) total += t.cpu;
    } catch {
      // gone meanwhile
    }
  }
  return total;
}

/** Measures the CPU an interval of work costs the api, PostgreSQL and (when given) the load generator. */
export function cpuMeter(apiPid, postmasterPid) {
  const start = { api: cpuSeconds(apiPid), pg: postgresCpuSeconds(postmasterPid) };
  return (generatorCpuSeconds = 0) => ({ api: cpuSeconds(apiPid) - start.api, pg: postgresCpuSeconds(postmasterPid) - start.pg, generator: generatorCpuSeconds });
}
