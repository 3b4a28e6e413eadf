import { Empty, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Panel } from './panels';

/**
 * SLOT for the supplier's scorecard (五维评估) and its trend. There is no scorecard API yet (`myScorecard` is
 * being built elsewhere): until it lands this says so instead of showing made-up numbers. Replace the body
 * with the real panel; keep the test id `scorecard-panel`.
 */
export function SupplierScorecardSlot() {
  const { t } = useTranslation();
  return (
    <Panel title={t('dash.scorecard')} testId="scorecard-panel">
      <Empty
        image={Empty.PRESENTED_IMAGE_SIMPLE}
        description={
          <Typography.Text type="secondary" data-testid="scorecard-pending">
            {t('dash.scorecardPending')}
          </Typography.Text>
        }
      />
    </Panel>
  );
}
