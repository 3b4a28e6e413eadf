import type { ReactNode } from 'react';
import { theme } from 'antd';
import { CheckCircleFilled } from '@ant-design/icons';

export interface ChoiceOption<V extends string> {
  value: V;
  title: ReactNode;
  description?: ReactNode;
  icon?: ReactNode;
}

/** A radio group drawn as cards with a line of explanation each; works as an antd Form control. */
export function ChoiceCards<V extends string>({ value, onChange, options, columns = 2, testId }: { value?: V; onChange?: (v: V) => void; options: ChoiceOption<V>[]; columns?: number; testId?: string }) {
  const { token } = theme.useToken();
  return (
    <div role="radiogroup" data-testid={testId} style={{ display: 'grid', gridTemplateColumns: `repeat(auto-fit, minmax(${columns > 2 ? 200 : 240}px, 1fr))`, gap: 12 }}>
      {options.map((o) => {
        const selected = o.value === value;
        return (
          <div
            key={o.value}
            role="radio"
            aria-checked={selected}
            tabIndex={0}
            data-testid={testId ? `${testId}-${o.value}` : undefined}
            onClick={() => onChange?.(o.value)}
            onKeyDown={(e) => {
              if (e.key === ' ' || e.key === 'Enter') {
                e.preventDefault();
                onChange?.(o.value);
              }
            }}
            style={{
              position: 'relative',
              cursor: 'pointer',
              borderRadius: token.borderRadiusLG,
              border: `1px solid ${selected ? token.colorPrimary : token.colorBorder}`,
              background: selected ? token.colorPrimaryBg : token.colorBgContainer,
              boxShadow: selected ? `0 0 0 2px ${token.colorPrimaryBorder}` : undefined,
              padding: '12px 14px',
              transition: 'all .2s',
            }}
          >
            <div style={{ display: 'flex', alignItems: 'center', gap: 8, fontWeight: 600, color: selected ? token.colorPrimary : token.colorText }}>
              {o.icon}
              <span>{o.title}</span>
            </div>
            {o.description && <div style={{ marginTop: 4, fontSize: 12, lineHeight: 1.6, color: token.colorTextSecondary }}>{o.description}</div>}
            {selected && <CheckCircleFilled style={{ position: 'absolute', top: 10, right: 10, color: token.colorPrimary }} />}
          </div>
        );
      })}
    </div>
  );
}
