import { Alert, App, Button, Card, Empty, Flex, Grid, InputNumber, Select, Switch, Table, Typography } from 'antd';
import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AUTO_RESOLUTIONS, CODE_CATEGORIES, TicketCategory, type ResolutionKind } from '@mengyuan/domain';
import { SetTicketAutoRuleDocument, TicketAutoRulesDocument } from '@mengyuan/graphql';
import { AsyncState, DateTime, errorMessage } from '@mengyuan/ui';

interface Draft {
  resolution: ResolutionKind;
  dailyLimit: number | null;
  enabled: boolean;
}

/** The supplier's auto-resolution rules, one per problem: resolve new tickets at once, up to N a day. */
export function AutoRules({ canEdit }: { canEdit: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const screens = Grid.useBreakpoint();
  const { data, loading, error, refetch } = useQuery(TicketAutoRulesDocument);
  const [save, saving] = useMutation(SetTicketAutoRuleDocument, {
    refetchQueries: [TicketAutoRulesDocument],
  });
  const [drafts, setDrafts] = useState<Partial<Record<TicketCategory, Draft>>>({});
  const rules = data?.ticketAutoRules ?? [];
  const rows = Object.values(TicketCategory).map((category) => {
    const rule = rules.find((r) => r.category === category);
    const draft: Draft = drafts[category] ?? {
      resolution: rule?.resolution ?? (CODE_CATEGORIES.includes(category) ? 'REISSUE' : 'REFUND'),
      dailyLimit: rule?.dailyLimit ?? 10,
      enabled: rule?.enabled ?? false,
    };
    return { category, rule, draft };
  });
  const edit = (category: TicketCategory, draft: Draft, change: Partial<Draft>) => setDrafts((d) => ({ ...d, [category]: { ...draft, ...change } }));
  const submit = async (category: TicketCategory, draft: Draft) => {
    if (!draft.dailyLimit || draft.dailyLimit < 1 || draft.dailyLimit > 1000) {
      message.error(t('tickets.rules.limitInvalid'));
      return;
    }
    try {
      await save({
        variables: {
          input: {
            category,
            resolution: draft.resolution,
            dailyLimit: draft.dailyLimit,
            enabled: draft.enabled,
          },
        },
      });
      setDrafts((d) => ({ ...d, [category]: undefined }));
      message.success(t('tickets.rules.saved'));
    } catch (e) {
      message.error(errorMessage(t, e));
    }
  };
  const controls = (category: TicketCategory, draft: Draft) => ({
    resolution: (
      <Select
        value={draft.resolution}
        disabled={!canEdit}
        onChange={(v: ResolutionKind) => edit(category, draft, { resolution: v })}
        style={{ width: 140 }}
        aria-label={t('tickets.rules.resolution')}
        options={AUTO_RESOLUTIONS.map((k) => ({
          value: k,
          label: t(`tk.resolution.${k}`),
        }))}
      />
    ),
    limit: (
      <InputNumber
        min={1}
        max={1000}
        precision={0}
        value={draft.dailyLimit}
        disabled={!canEdit}
        onChange={(v) => edit(category, draft, { dailyLimit: v })}
        style={{ width: 100 }}
        aria-label={t('tickets.rules.dailyLimit')}
        data-testid={`rule-limit-${category}`}
      />
    ),
    enabled: (
      <Switch checked={draft.enabled} disabled={!canEdit} onChange={(v) => edit(category, draft, { enabled: v })} aria-label={t('tickets.rules.enabled')} data-testid={`rule-enabled-${category}`} />
    ),
    save: canEdit ? (
      <Button
        size="small"
        type={drafts[category] ? 'primary' : 'default'}
        disabled={!drafts[category]}
        loading={saving.loading}
        onClick={() => void submit(category, draft)}
        data-testid={`rule-save-${category}`}
      >
        {t('tickets.rules.save')}
      </Button>
    ) : null,
  });
  return (
    <Flex vertical gap={12}>
      <Alert type="info" showIcon title={t('tickets.rules.intro')} />
      {!canEdit && <Alert type="warning" showIcon title={t('tickets.rules.ownerOnly')} />}
      <AsyncState loading={loading} error={error} hasData={!!data} onRetry={() => void refetch()}>
        {!screens.md ? (
          rows.length ? (
            rows.map(({ category, rule, draft }) => {
              const c = controls(category, draft);
              return (
                <Card key={category} size="small" data-testid="auto-rule" data-category={category}>
                  <Flex justify="space-between" align="center" style={{ marginBottom: 8 }}>
                    <Typography.Text strong>{t(`tk.category.${category}`)}</Typography.Text>
                    {c.enabled}
                  </Flex>
                  <Flex gap={8} wrap align="center">
                    {c.resolution}
                    {c.limit}
                    {c.save}
                  </Flex>
                  {rule && (
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {t('tickets.rules.updatedAt')} <DateTime value={rule.updatedAt} format="YYYY-MM-DD HH:mm" />
                    </Typography.Text>
                  )}
                </Card>
              );
            })
          ) : (
            <Empty />
          )
        ) : (
          <Table
            rowKey="category"
            size="middle"
            pagination={false}
            dataSource={rows}
            data-testid="auto-rules"
            onRow={(r) =>
              ({
                'data-testid': 'auto-rule',
                'data-category': r.category,
              }) as object
            }
            columns={[
              {
                title: t('tickets.rules.category'),
                key: 'category',
                render: (_, r) => t(`tk.category.${r.category}`),
              },
              {
                title: t('tickets.rules.resolution'),
                key: 'resolution',
                width: 170,
                render: (_, r) => controls(r.category, r.draft).resolution,
              },
              {
                title: t('tickets.rules.dailyLimit'),
                key: 'limit',
                width: 130,
                render: (_, r) => controls(r.category, r.draft).limit,
              },
              {
                title: t('tickets.rules.enabled'),
                key: 'enabled',
                width: 90,
                render: (_, r) => controls(r.category, r.draft).enabled,
              },
              {
                title: t('tickets.rules.updatedAt'),
                key: 'updated',
                width: 160,
                render: (_, r) => (r.rule ? <DateTime value={r.rule.updatedAt} format="YYYY-MM-DD HH:mm" /> : <Typography.Text type="secondary">{t('tickets.rules.notSet')}</Typography.Text>),
              },
              ...(canEdit
                ? [
                    {
                      title: '',
                      key: 'save',
                      width: 90,
                      render: (_: unknown, r: (typeof rows)[number]) => controls(r.category, r.draft).save,
                    },
                  ]
                : []),
            ]}
          />
        )}
      </AsyncState>
    </Flex>
  );
}
