import { Select, Tag } from 'antd';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { OrganizationKind } from '@mengyuan/domain';
import { OrganizationOptionsDocument } from '@mengyuan/graphql';

/** Organisations of one kind (members or suppliers), searchable by name; non-active ones say their status. */
export function OrgPicker({ kind, value, onChange, placeholder, testId, allowClear = false, width }: {
  kind: OrganizationKind;
  value?: string;
  onChange?: (id: string | undefined) => void;
  placeholder?: string;
  testId?: string;
  allowClear?: boolean;
  width?: number;
}) {
  const { t } = useTranslation();
  const { data, loading } = useQuery(OrganizationOptionsDocument, { variables: { filter: { kind }, page: { offset: 0, limit: 100 } } });
  return (
    <Select
      value={value}
      onChange={onChange}
      allowClear={allowClear}
      loading={loading}
      placeholder={placeholder}
      aria-label={typeof placeholder === 'string' ? placeholder : undefined}
      data-testid={testId}
      style={width ? { width } : undefined}
      showSearch={{ optionFilterProp: 'label' }}
      options={(data?.organizations.items ?? []).map((o) => ({
        value: o.id,
        label: o.name,
        title: o.name,
        status: o.status,
      }))}
      optionRender={(option) => (
        <span data-org-name={option.data.label}>
          {option.data.label}{' '}
          {option.data.status !== 'ACTIVE' && (
            <Tag style={{ marginInlineStart: 4 }} variant="outlined">
              {t(`org.status.${option.data.status}`)}
            </Tag>
          )}
        </span>
      )}
    />
  );
}

/** Organisation names by id, from the same (cached) option list. */
export function useOrgNames(kind: OrganizationKind): Map<string, string> {
  const { data } = useQuery(OrganizationOptionsDocument, { variables: { filter: { kind }, page: { offset: 0, limit: 100 } } });
  return new Map((data?.organizations.items ?? []).map((o) => [o.id, o.name]));
}
