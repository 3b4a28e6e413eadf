import { formatFen } from '@mengyuan/domain';
import { useTranslation } from 'react-i18next';

/** An amount of integer fen (string or bigint) as ¥1,234.56. Never touches floating point. */
export function Money({ fen, strong = false }: { fen: string | bigint | null | undefined; strong?: boolean }) {
  const { t } = useTranslation();
  if (fen === null || fen === undefined || fen === '') return <span>{t('common.none')}</span>;
  let text: string;
  try {
    text = formatFen(fen);
  } catch {
    text = String(fen);
  }
  return <span style={{ fontVariantNumeric: 'tabular-nums', fontWeight: strong ? 600 : undefined, whiteSpace: 'nowrap' }}>{text}</span>;
}
