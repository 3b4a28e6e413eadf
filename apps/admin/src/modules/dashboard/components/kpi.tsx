import type { ReactNode } from "react";
import { Card, Flex, Typography } from "antd";
import {
  ArrowDownOutlined,
  ArrowUpOutlined,
  MinusOutlined,
} from "@ant-design/icons";
import { useTranslation } from "react-i18next";

/** The change against the period compared with, as text that says which way (not by colour alone). */
export function Change({
  ratio,
  points,
}: {
  ratio?: number | null;
  points?: number | null;
}) {
  const { t } = useTranslation();
  const value = ratio ?? points;
  if (value === null || value === undefined)
    return (
      <Typography.Text type="secondary">
        {t("con.dashboard.noPrevious")}
      </Typography.Text>
    );
  const text =
    ratio !== undefined && ratio !== null
      ? `${Math.abs(ratio * 100).toFixed(1)}%`
      : t("adminDashboard.points", { value: Math.abs(value).toFixed(1) });
  if (Math.abs(value) < 1e-9) {
    return (
      <Typography.Text type="secondary">
        <MinusOutlined aria-hidden /> {t("adminDashboard.flat")}
      </Typography.Text>
    );
  }
  const up = value > 0;
  return (
    <span
      style={{ color: up ? "#b91c1c" : "#047857", whiteSpace: "nowrap" }}
      data-direction={up ? "up" : "down"}
    >
      {up ? <ArrowUpOutlined aria-hidden /> : <ArrowDownOutlined aria-hidden />}{" "}
      {t(up ? "adminDashboard.up" : "adminDashboard.down", { value: text })}
    </span>
  );
}

/** A KPI card: what it is, the figure, and its week-on-week change (or anything else below). */
export function Kpi({
  title,
  value,
  footer,
  testId,
}: {
  title: ReactNode;
  value: ReactNode;
  footer?: ReactNode;
  testId?: string;
}) {
  return (
    <Card size="small" style={{ height: "100%" }} data-testid={testId}>
      <Flex vertical gap={4}>
        <Typography.Text type="secondary">{title}</Typography.Text>
        <span
          style={{
            fontSize: 24,
            fontWeight: 600,
            fontVariantNumeric: "tabular-nums",
            lineHeight: 1.3,
          }}
          data-testid={testId ? `${testId}-value` : undefined}
        >
          {value}
        </span>
        <span style={{ fontSize: 12 }}>{footer}</span>
      </Flex>
    </Card>
  );
}

export const percent = (v: number | null | undefined, digits = 1): string =>
  v === null || v === undefined ? "—" : `${(v * 100).toFixed(digits)}%`;
