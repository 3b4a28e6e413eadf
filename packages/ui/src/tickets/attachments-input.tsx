import { useState } from 'react';
import { App, Button, Upload, type UploadFile } from 'antd';
import { PaperClipOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { TICKET_LIMITS } from '@mengyuan/domain';
import { useAuth } from '../auth/auth-provider';
import { FileRequestError, MAX_DOCUMENT_BYTES, uploadFile } from '../files';

/**
 * Files for a ticket message, uploaded at once to the file store (POST /files) with progress; `onChange` gets
 * the ids of the uploaded ones. Up to TICKET_LIMITS.attachments, 10 MB each.
 */
export function AttachmentsInput({ onChange, disabled }: { onChange: (ids: string[]) => void; disabled?: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { manager } = useAuth();
  const [files, setFiles] = useState<UploadFile[]>([]);
  const update = (next: UploadFile[]) => {
    setFiles(next);
    onChange(next.filter((f) => f.status === 'done' && f.response?.id).map((f) => String(f.response.id)));
  };
  return (
    <Upload
      fileList={files}
      multiple
      maxCount={TICKET_LIMITS.attachments}
      disabled={disabled}
      beforeUpload={(file) => {
        if (file.size > MAX_DOCUMENT_BYTES) {
          message.error(
            t('tk.thread.uploadFailed', {
              reason: t('errors.PAYLOAD_TOO_LARGE'),
            }),
          );
          return Upload.LIST_IGNORE;
        }
        return true;
      }}
      customRequest={({ file, onProgress, onSuccess, onError }) => {
        uploadFile(manager, file as File, (percent) => onProgress?.({ percent }))
          .then((uploaded) => onSuccess?.(uploaded))
          .catch((error: unknown) => {
            const code = error instanceof FileRequestError ? error.code : 'UNKNOWN';
            message.error(
              t('tk.thread.uploadFailed', {
                reason: t(`errors.${code}`, {
                  defaultValue: t('errors.UNKNOWN'),
                }),
              }),
            );
            onError?.(error as Error);
          });
      }}
      onChange={({ fileList }) => update(fileList.filter((f) => f.status !== 'error'))}
    >
      <Button icon={<PaperClipOutlined />} disabled={disabled || files.length >= TICKET_LIMITS.attachments} data-testid="attach-files">
        {t('tk.thread.attach')}
      </Button>
    </Upload>
  );
}
