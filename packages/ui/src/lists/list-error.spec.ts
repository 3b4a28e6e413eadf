import i18next from 'i18next';
import { ServerError } from '@apollo/client/errors';
import { sharedEn, sharedZhCN } from '../i18n/resources';
import { listErrorText } from './list-error-text';

async function i18nFor(lng: 'zh-CN' | 'en') {
  const i18n = i18next.createInstance();
  await i18n.init({ lng, resources: { 'zh-CN': { translation: sharedZhCN }, en: { translation: sharedEn } }, interpolation: { escapeValue: false } });
  return i18n;
}

const failed = new ServerError('Response not successful: Received status code 500', { response: new Response('', { status: 500 }), bodyText: '' });

describe('a list whose search or refresh failed', () => {
  it.each(['zh-CN', 'en'] as const)('says the rows shown are stale, or that there are none, in %s', async (lng) => {
    const { t } = await i18nFor(lng);
    const stale = listErrorText(t, failed, true);
    const none = listErrorText(t, failed, false);
    expect(stale.title).not.toBe(none.title);
    for (const text of [stale.title, none.title, stale.description]) {
      expect(text.length).toBeGreaterThan(3);
      expect(text).not.toMatch(/^lists\.|errors\./);
    }
    expect(stale.title).toMatch(lng === 'en' ? /out of date/ : /过时/);
  });
});
