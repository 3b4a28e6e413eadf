import { useQuery } from '@apollo/client/react';
import { EvaluationRunDocument, EvaluationRunsDocument } from '@mengyuan/graphql';

/** The latest evaluation run's open candidates (pending or appealed), by organisation, to mark in rankings. */
export function useLatestCandidates(): { quarter: string | null; open: Map<string, string> } {
  const runs = useQuery(EvaluationRunsDocument, { variables: { page: { offset: 0, limit: 1 } } });
  const latest = runs.data?.evaluationRuns.items[0];
  const run = useQuery(EvaluationRunDocument, { variables: { id: latest?.id ?? '' }, skip: !latest });
  const open = new Map<string, string>();
  for (const c of run.data?.evaluationRun.candidates ?? []) if (c.status === 'PENDING' || c.status === 'APPEALED') open.set(c.organizationId, c.status);
  return { quarter: latest?.quarter ?? null, open };
}
