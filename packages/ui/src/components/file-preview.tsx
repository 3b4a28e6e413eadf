import { useEffect, useState, type CSSProperties } from 'react';
import { Button, Empty, Flex, Image, Result, Spin, Typography } from 'antd';
import { DownloadOutlined, ReloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { useAuth } from '../auth/auth-provider';
import { fetchFileBlob, FileRequestError } from '../files';

/** A file message for people: wrong type, too large, or the code translated through errors.<CODE>. */
export function fileErrorMessage(t: TFunction, error: unknown): string {
  if (error instanceof FileRequestError) {
    if (error.code === 'VALIDATION_FAILED') return t('doc.upload.wrongType');
    if (error.code === 'PAYLOAD_TOO_LARGE') return t('doc.upload.tooLarge');
    if (error.code === 'SERVER') return t('errors.SERVER', { status: error.status });
    return t(`errors.${error.code}`, { defaultValue: t('errors.UNKNOWN') });
  }
  return t('errors.UNKNOWN');
}

/** An object URL for GET /files/:id fetched with the session's credentials; revoked when no longer shown. */
export function useFileObjectUrl(fileId: string | null | undefined): { url: string | null; type: string | null; loading: boolean; error: unknown; retry: () => void } {
  const { manager } = useAuth();
  const [state, setState] = useState<{ id: string | null; url: string | null; type: string | null; error: unknown }>({ id: null, url: null, type: null, error: null });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (!fileId) return;
    const controller = new AbortController();
    let url: string | null = null;
    fetchFileBlob(manager, fileId, controller.signal)
      .then((blob) => {
        url = URL.createObjectURL(blob);
        setState({ id: fileId, url, type: blob.type, error: null });
      })
      .catch((error: unknown) => {
        if ((error as Error).name !== 'AbortError') setState({ id: fileId, url: null, type: null, error });
      });
    return () => {
      controller.abort();
      if (url) URL.revokeObjectURL(url);
    };
  }, [fileId, manager, attempt]);

  const current = state.id === fileId;
  return {
    url: current ? state.url : null,
    type: current ? state.type : null,
    loading: !!fileId && (!current || (!state.url && !state.error)),
    error: current ? state.error : null,
    retry: () => {
      setState({ id: null, url: null, type: null, error: null });
      setAttempt((n) => n + 1);
    },
  };
}

/**
 * Shows a stored file: PDFs in an embedded viewer, images with zoom. The bytes are fetched with the
 * session's credentials (a plain <img src> would not send them) and shown from a blob URL.
 */
export function FilePreview({ fileId, contentType, name, height = 560, style }: { fileId: string | null | undefined; contentType?: string; name?: string; height?: number | string; style?: CSSProperties }) {
  const { t } = useTranslation();
  const { url, type, loading, error, retry } = useFileObjectUrl(fileId);
  const kind = contentType ?? type ?? '';
  const frame: CSSProperties = { height, border: '1px solid #eef0f4', borderRadius: 8, background: '#f7f8fa', overflow: 'hidden', ...style };

  if (!fileId) {
    return (
      <Flex align="center" justify="center" style={frame}>
        <Empty description={t('doc.preview.none')} />
      </Flex>
    );
  }
  if (error) {
    return (
      <Flex align="center" justify="center" style={frame} data-testid="file-preview-error">
        <Result
          status="warning"
          title={t('doc.preview.failed')}
          subTitle={fileErrorMessage(t, error)}
          extra={
            <Button icon={<ReloadOutlined />} onClick={retry}>
              {t('common.retry')}
            </Button>
          }
        />
      </Flex>
    );
  }
  if (loading || !url) {
    return (
      <Flex align="center" justify="center" style={frame}>
        <Spin tip={t('doc.preview.loading')}>
          <div style={{ width: 120, height: 60 }} />
        </Spin>
      </Flex>
    );
  }
  return (
    <Flex vertical gap={8} style={{ minWidth: 0 }} data-testid="file-preview" data-content-type={kind}>
      {kind === 'application/pdf' ? (
        <iframe src={`${url}#navpanes=0&view=FitH`} title={name ?? t('doc.preview.title')} style={{ ...frame, width: '100%', display: 'block' }} />
      ) : (
        <Flex align="center" justify="center" style={frame}>
          <Image src={url} alt={name ?? t('doc.preview.title')} style={{ maxHeight: typeof height === 'number' ? height - 16 : height, maxWidth: '100%', objectFit: 'contain' }} />
        </Flex>
      )}
      <Flex justify="space-between" align="center" gap={8}>
        <Typography.Text type="secondary" ellipsis style={{ fontSize: 12, minWidth: 0 }}>
          {name}
        </Typography.Text>
        <Button size="small" type="link" icon={<DownloadOutlined />} href={url} download={name ?? true} target="_blank">
          {t('doc.preview.open')}
        </Button>
      </Flex>
    </Flex>
  );
}
