import { useState } from "react";
import { Alert, App, Button, Form, Input, Radio } from "antd";
import { useMutation } from "@apollo/client/react";
import { useTranslation } from "react-i18next";
import {
  AuditEventsDocument,
  DocumentsDocument,
  OnboardingOrganizationDocument,
  ReviewDocumentDocument,
  ReviewQueueDocument,
  type QualificationDocumentFieldsFragment,
  type ReviewDecision,
  type VerificationMethod,
} from "@mengyuan/graphql";
import { VerificationMethod as VM } from "@mengyuan/domain";
import { errorMessage, fieldErrors } from "@mengyuan/ui";

interface Values {
  decision: ReviewDecision;
  verificationMethod?: VerificationMethod;
  note?: string;
}

/** Approve (saying how it was verified) or reject (saying what to fix) one pending document. */
export function DocumentReviewForm({
  doc,
  onReviewed,
}: {
  doc: QualificationDocumentFieldsFragment;
  onReviewed?: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const decision = Form.useWatch("decision", form) ?? "APPROVE";
  const [error, setError] = useState<unknown>(null);
  const [review, { loading }] = useMutation(ReviewDocumentDocument, {
    refetchQueries: [
      ReviewQueueDocument,
      DocumentsDocument,
      OnboardingOrganizationDocument,
      AuditEventsDocument,
    ],
    awaitRefetchQueries: true,
  });

  const submit = async () => {
    let values: Values;
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    setError(null);
    const approve = values.decision === "APPROVE";
    try {
      await review({
        variables: {
          input: {
            id: doc.id,
            decision: values.decision,
            verificationMethod: approve ? values.verificationMethod : undefined,
            note: values.note?.trim() || undefined,
          },
        },
      });
      message.success(approve ? t("review.approved") : t("review.rejected"));
      form.resetFields();
      onReviewed?.();
    } catch (e) {
      const fields = fieldErrors(e);
      const known = Object.entries(fields).filter(
        ([k]) => k === "note" || k === "verificationMethod",
      );
      if (known.length)
        form.setFields(
          known.map(([name, errors]) => ({ name: name as "note", errors })),
        );
      setError(e);
    }
  };

  return (
    <div data-testid="document-review-form">
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ decision: "APPROVE" }}
      >
        <Form.Item name="decision" label={t("review.decision")}>
          <Radio.Group optionType="button" buttonStyle="solid">
            <Radio.Button value="APPROVE" data-testid="review-decision-approve">
              {t("review.approve")}
            </Radio.Button>
            <Radio.Button value="REJECT" data-testid="review-decision-reject">
              {t("review.reject")}
            </Radio.Button>
          </Radio.Group>
        </Form.Item>
        {decision === "APPROVE" && (
          <Form.Item
            name="verificationMethod"
            label={t("review.method")}
            rules={[{ required: true, message: t("review.methodRequired") }]}
          >
            <Radio.Group
              style={{ display: "flex", flexDirection: "column", gap: 6 }}
            >
              {Object.values(VM).map((m) => (
                <Radio key={m} value={m} data-testid={`review-method-${m}`}>
                  {t(`doc.method.${m}`)}
                </Radio>
              ))}
            </Radio.Group>
          </Form.Item>
        )}
        <Form.Item
          name="note"
          label={t("review.note")}
          rules={
            decision === "REJECT"
              ? [
                  {
                    required: true,
                    whitespace: true,
                    message: t("review.noteRequired"),
                  },
                  { max: 500 },
                ]
              : [{ max: 500 }]
          }
        >
          <Input.TextArea
            rows={3}
            maxLength={500}
            showCount
            placeholder={
              decision === "REJECT"
                ? t("review.notePlaceholderReject")
                : t("review.notePlaceholderApprove")
            }
            data-testid="review-note"
          />
        </Form.Item>
        {!!error && (
          <Alert
            type="error"
            showIcon
            style={{ marginBottom: 16 }}
            title={errorMessage(t, error)}
            data-testid="review-error"
          />
        )}
        <Button
          type="primary"
          danger={decision === "REJECT"}
          block
          loading={loading}
          onClick={() => void submit()}
          data-testid="review-submit"
        >
          {t("review.submitDecision")}
        </Button>
      </Form>
    </div>
  );
}
