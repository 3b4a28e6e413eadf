import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { EXPIRY_WARNING_DAYS, type DocumentStatus, type DocumentType } from '@mengyuan/domain';

const DOC_STATUS_COLOR: Record<DocumentStatus, string> = { PENDING: 'processing', APPROVED: 'success', REJECTED: 'error', EXPIRED: 'default' };

export function DocumentStatusTag({ status }: { status: DocumentStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={DOC_STATUS_COLOR[status] ?? 'default'} data-testid="doc-status" data-status={status} style={{ marginInlineEnd: 0 }}>
      {t(`doc.status.${status}`, { defaultValue: status })}
    </Tag>
  );
}

export function DocumentTypeLabel({ type }: { type: DocumentType }) {
  const { t } = useTranslation();
  return <>{t(`doc.type.${type}`, { defaultValue: type })}</>;
}

/** Validity at a glance: expired (red), within the warning window (orange), else nothing or a quiet "valid". */
export function ExpiryTag({ expiresInDays, validTo, quiet = false }: { expiresInDays: number; validTo: string; quiet?: boolean }) {
  const { t } = useTranslation();
  if (expiresInDays < 0) {
    return (
      <Tooltip title={t('doc.expiry.expiredOn', { date: validTo })}>
        <Tag color="error" data-testid="expiry-tag" data-expiry="expired" style={{ marginInlineEnd: 0 }}>
          {t('doc.expiry.expired')}
        </Tag>
      </Tooltip>
    );
  }
  if (expiresInDays <= EXPIRY_WARNING_DAYS) {
    return (
      <Tooltip title={t('doc.expiry.validThrough', { date: validTo })}>
        <Tag color="warning" data-testid="expiry-tag" data-expiry="expiring" style={{ marginInlineEnd: 0 }}>
          {expiresInDays === 0 ? t('doc.expiry.today') : t('doc.expiry.inDays', { count: expiresInDays })}
        </Tag>
      </Tooltip>
    );
  }
  if (quiet) return null;
  return (
    <Tag color="green" variant="outlined" data-testid="expiry-tag" data-expiry="valid" style={{ marginInlineEnd: 0 }}>
      {t('doc.expiry.valid')}
    </Tag>
  );
}
