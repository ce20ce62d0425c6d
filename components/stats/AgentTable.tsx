import type { ReactNode } from 'react';
import type { TimeToResponse } from '../../utils/stats/response-times';
import { useT } from '../i18n';

/** Answers and response times per agent; answers with no agent name are counted apart. */
export function AgentTable({
  byAgent,
  timeCells,
}: {
  byAgent: Record<string, TimeToResponse>;
  /** The answered, median and p90 cells of a row, as the other tables show them. */
  timeCells: (times: TimeToResponse) => ReactNode;
}) {
  const t = useT();
  return (
    <table data-testid="stats-by-agent">
      <caption>{t('statsByAgent')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('statsAgent')}</th>
          <th scope="col">{t('statsAnswered')}</th>
          <th scope="col">{t('statsMedian')}</th>
          <th scope="col">{t('statsP90')}</th>
        </tr>
      </thead>
      <tbody>
        {Object.entries(byAgent).map(([agent, times]) => (
          <tr key={agent}>
            <th scope="row">{agent || t('statsAgentUnknown')}</th>
            {timeCells(times)}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
