import { NodeIndexOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** 溯源: from a bought code to its provenance page. */
export function ProvenanceLink({ codeId }: { codeId: string }) {
  const { t } = useTranslation();
  return (
    <Link to={`/provenance/${codeId}`} aria-label={t('provenance.linkLabel', { id: codeId.slice(0, 8) })} data-testid="provenance-link" style={{ whiteSpace: 'nowrap', alignSelf: 'center' }}>
      <NodeIndexOutlined /> {t('provenance.link')}
    </Link>
  );
}
