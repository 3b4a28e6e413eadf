import { createContext, useContext, useEffect, useState, useSyncExternalStore, type ReactNode } from 'react';
import { Tag, Tooltip } from 'antd';
import { DisconnectOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { LiveConnection, LiveStatus } from './live-client';

const LiveContext = createContext<LiveConnection | null>(null);

export function LiveProvider({ live, children }: { live?: LiveConnection; children: ReactNode }) {
  return <LiveContext.Provider value={live ?? null}>{children}</LiveContext.Provider>;
}

const idle = () => 'idle' as LiveStatus;
const noop = () => () => undefined;

/** The socket's status; `paused` only once it has been down for a moment (a reconnect after a token refresh is not worth a warning). */
export function useLiveStatus(graceMs = 3_000): {
  status: LiveStatus;
  paused: boolean;
} {
  const live = useContext(LiveContext);
  const status = useSyncExternalStore(live?.subscribe ?? noop, live?.getStatus ?? idle, live?.getStatus ?? idle);
  const [paused, setPaused] = useState(false);
  useEffect(() => {
    if (status !== 'disconnected') {
      setPaused(false);
      return;
    }
    const timer = setTimeout(() => setPaused(true), graceMs);
    return () => clearTimeout(timer);
  }, [status, graceMs]);
  return { status, paused };
}

/** "Live updates paused" while the subscription socket is down; nothing while it is live. */
export function LiveIndicator() {
  const { t } = useTranslation();
  const { paused } = useLiveStatus();
  if (!paused) return null;
  return (
    <Tooltip title={t('live.pausedHint')}>
      <Tag icon={<DisconnectOutlined />} color="warning" data-testid="live-paused" style={{ marginInlineEnd: 0 }}>
        {t('live.paused')}
      </Tag>
    </Tooltip>
  );
}

// One ticker for every countdown on the page.
let now = Date.now();
const tickListeners = new Set<() => void>();
let ticker: ReturnType<typeof setInterval> | undefined;
function subscribeTick(listener: () => void): () => void {
  tickListeners.add(listener);
  if (!ticker) {
    ticker = setInterval(() => {
      now = Date.now();
      for (const l of tickListeners) l();
    }, 1_000);
  }
  return () => {
    tickListeners.delete(listener);
    if (!tickListeners.size && ticker) {
      clearInterval(ticker);
      ticker = undefined;
    }
  };
}
const getNow = () => now;

/** The current time, moving once a second (shared by every countdown on the page). */
export function useNow(): number {
  return useSyncExternalStore(subscribeTick, getNow, getNow);
}
