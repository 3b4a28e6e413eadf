import { useState } from "react";
import { useIsAdmin } from "../../auth/roles";
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Form,
  Input,
  Row,
  Tabs,
  Typography,
} from "antd";
import { useMutation, useQuery } from "@apollo/client/react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { formatFen, yuanToFen, type OrganizationKind } from "@mengyuan/domain";
import {
  DepositToWalletDocument,
  LedgerCheckDocument,
  OrganizationOptionsDocument,
  RecordSupplierPayoutDocument,
} from "@mengyuan/graphql";
import {
  CopyId,
  DateTime,
  errorCode,
  errorMessage,
  fieldErrors,
  LedgerTypeTag,
  PageHeader,
  ResponsiveTable,
} from "@mengyuan/ui";
import { OrgPicker } from "../components/org-picker";

type Kind = "deposit" | "payout";

interface Recorded {
  transactionId: string;
  kind: Kind;
  organization: string;
  amount: string;
  reference: string;
  at: string;
}

/** Yuan typed by a person → fen, or null when it is not a positive amount with at most two decimals. */
function parsePositiveYuan(value: string | undefined): bigint | null {
  if (!value?.trim()) return null;
  try {
    const fen = yuanToFen(value.trim());
    return fen > 0n ? fen : null;
  } catch {
    return null;
  }
}

function MoneyForm({
  kind,
  onRecorded,
}: {
  kind: Kind;
  onRecorded: (r: Recorded) => void;
}) {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  const [form] = Form.useForm<{
    organizationId: string;
    amount: string;
    reference: string;
  }>();
  const orgKind: OrganizationKind = kind === "deposit" ? "MEMBER" : "SUPPLIER";
  const orgs = useQuery(OrganizationOptionsDocument, {
    variables: { filter: { kind: orgKind }, page: { offset: 0, limit: 100 } },
  });
  const [deposit, depositState] = useMutation(DepositToWalletDocument, {
    refetchQueries: [LedgerCheckDocument],
  });
  const [payout, payoutState] = useMutation(RecordSupplierPayoutDocument, {
    refetchQueries: [LedgerCheckDocument],
  });
  const [error, setError] = useState<unknown>(null);
  const loading = depositState.loading || payoutState.loading;

  const submit = async () => {
    const values = await form.validateFields();
    const fen = parsePositiveYuan(values.amount)!;
    const name =
      orgs.data?.organizations.items.find((o) => o.id === values.organizationId)
        ?.name ?? values.organizationId;
    const amount = formatFen(fen);
    setError(null);
    modal.confirm({
      title: t(
        kind === "deposit" ? "finance.confirmDeposit" : "finance.confirmPayout",
        { name, amount },
      ),
      content: t("finance.confirmHint"),
      okText: t("common.confirm"),
      cancelText: t("common.cancel"),
      okButtonProps: { "data-testid": "finance-confirm" } as Record<
        string,
        string
      >,
      onOk: async () => {
        const variables = {
          organizationId: values.organizationId,
          amount: fen.toString(),
          reference: values.reference.trim(),
        };
        try {
          const { data } =
            kind === "deposit"
              ? await deposit({ variables })
              : await payout({ variables });
          const id =
            data &&
            ("depositToWallet" in data
              ? data.depositToWallet
              : (data as { recordSupplierPayout: string })
                  .recordSupplierPayout);
          message.success(
            t(kind === "deposit" ? "finance.depositOk" : "finance.payoutOk", {
              name,
              amount,
            }),
          );
          onRecorded({
            transactionId: id ?? "",
            kind,
            organization: name,
            amount: fen.toString(),
            reference: variables.reference,
            at: new Date().toISOString(),
          });
          form.resetFields(["amount", "reference"]);
        } catch (e) {
          const fields = fieldErrors(e);
          if (
            errorCode(e) === "VALIDATION_FAILED" &&
            Object.keys(fields).length
          ) {
            const owed = /\((\d+) fen\)/.exec(fields.amount?.[0] ?? "")?.[1];
            form.setFields(
              Object.entries(fields).map(([name, errors]) => ({
                name: name as "amount" | "reference" | "organizationId",
                errors:
                  name === "amount" && owed
                    ? [t("finance.exceedsOwed", { owed: formatFen(owed) })]
                    : errors,
              })),
            );
          } else {
            setError(e);
          }
        }
      },
    });
  };

  return (
    <Form
      form={form}
      layout="vertical"
      style={{ maxWidth: 560 }}
      onFinish={() => void submit()}
      data-testid={`${kind}-form`}
    >
      <Typography.Paragraph type="secondary">
        {t(kind === "deposit" ? "finance.depositIntro" : "finance.payoutIntro")}
      </Typography.Paragraph>
      {!!error && (
        <Alert
          type="error"
          showIcon
          title={errorMessage(t, error)}
          style={{ marginBottom: 16 }}
          data-testid="finance-error"
        />
      )}
      <Form.Item
        name="organizationId"
        label={t(kind === "deposit" ? "finance.member" : "finance.supplier")}
        rules={[{ required: true, message: t("finance.orgRequired") }]}
      >
        <OrgPicker
          kind={orgKind}
          placeholder={t(
            kind === "deposit" ? "finance.pickMember" : "finance.pickSupplier",
          )}
          testId={`${kind}-org`}
        />
      </Form.Item>
      <Form.Item
        name="amount"
        label={t("finance.amount")}
        rules={[
          { required: true, message: t("finance.amountInvalid") },
          {
            validator: async (_, v?: string) => {
              if (v && parsePositiveYuan(v) === null)
                throw new Error(t("finance.amountInvalid"));
            },
          },
        ]}
      >
        <Input
          prefix="¥"
          placeholder={t("finance.amountPlaceholder")}
          inputMode="decimal"
          data-testid={`${kind}-amount`}
          style={{ maxWidth: 240 }}
        />
      </Form.Item>
      <Form.Item
        name="reference"
        label={t("finance.reference")}
        rules={[
          {
            required: true,
            whitespace: true,
            min: 2,
            message: t("finance.referenceRequired"),
          },
          { max: 120 },
        ]}
      >
        <Input
          placeholder={t("finance.referencePlaceholder")}
          maxLength={120}
          data-testid={`${kind}-reference`}
        />
      </Form.Item>
      <Button
        type="primary"
        htmlType="submit"
        loading={loading}
        data-testid={`${kind}-submit`}
      >
        {t(
          kind === "deposit" ? "finance.submitDeposit" : "finance.submitPayout",
        )}
      </Button>
    </Form>
  );
}

/** 财务: deposits for members, payouts to suppliers, and what was recorded in this session. */
export default function FinancePage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const tab: Kind = params.get("tab") === "payout" ? "payout" : "deposit";
  const [recorded, setRecorded] = useState<Recorded[]>([]);
  const add = (r: Recorded) => setRecorded((list) => [r, ...list]);
  // Recording money is the admin's (the api refuses auditors): an auditor is not handed the form.
  const isAdmin = useIsAdmin();

  return (
    <>
      <PageHeader title={t("finance.title")} subtitle={t("finance.subtitle")} />
      <Row gutter={16}>
        <Col xs={24} xl={10}>
          <Card>
            {!isAdmin ? (
              <Alert
                type="info"
                showIcon
                title={t("roleGate.adminOnly")}
                data-testid="finance-admin-only"
              />
            ) : (
              <Tabs
                activeKey={tab}
                onChange={(k) =>
                  setParams(k === "deposit" ? {} : { tab: k }, {
                    replace: true,
                  })
                }
                items={[
                  {
                    key: "deposit",
                    label: (
                      <span data-testid="tab-deposit">
                        {t("finance.tabDeposit")}
                      </span>
                    ),
                    children: <MoneyForm kind="deposit" onRecorded={add} />,
                  },
                  {
                    key: "payout",
                    label: (
                      <span data-testid="tab-payout">
                        {t("finance.tabPayout")}
                      </span>
                    ),
                    children: <MoneyForm kind="payout" onRecorded={add} />,
                  },
                ]}
              />
            )}
          </Card>
        </Col>
        <Col xs={24} xl={14}>
          <Card title={t("finance.recent")}>
            <ResponsiveTable<Recorded>
              rowKey="transactionId"
              size="small"
              pagination={false}
              dataSource={recorded}
              data-testid="finance-recent"
              locale={{ emptyText: t("finance.recentEmpty") }}
              columns={[
                {
                  title: t("finance.time"),
                  dataIndex: "at",
                  width: 160,
                  render: (v: string) => <DateTime value={v} />,
                },
                {
                  title: "",
                  dataIndex: "kind",
                  width: 100,
                  render: (k: Kind) => (
                    <LedgerTypeTag
                      type={k === "deposit" ? "DEPOSIT" : "PAYOUT"}
                    />
                  ),
                },
                { title: t("ledger.organization"), dataIndex: "organization" },
                {
                  title: t("finance.amountShort"),
                  dataIndex: "amount",
                  align: "right",
                  width: 120,
                  render: (v: string) => (
                    <span
                      style={{
                        fontVariantNumeric: "tabular-nums",
                        whiteSpace: "nowrap",
                      }}
                    >
                      {formatFen(v)}
                    </span>
                  ),
                },
                { title: t("finance.referenceShort"), dataIndex: "reference" },
                {
                  title: t("finance.transaction"),
                  dataIndex: "transactionId",
                  width: 110,
                  render: (id: string) => <CopyId id={id} />,
                },
              ]}
            />
          </Card>
        </Col>
      </Row>
    </>
  );
}
