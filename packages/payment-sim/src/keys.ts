import { generateKeyPair, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';

const keyPair = promisify(generateKeyPair);

export interface RsaPair {
  /** PKCS#8 PEM. */
  privateKey: string;
  /** SPKI PEM. */
  publicKey: string;
}

/**
 * What the sandbox gateways and their merchant (the alliance) hold, generated once: the merchant side
 * (`merchant*`, the alliance pastes these into its channel settings) and the gateway side (`platform*`,
 * `alipay*`: kept by the simulator, only the public halves go to the merchant). `other*` is a second
 * merchant of the same gateway, whose notifies must never credit the alliance.
 */
export interface SimCredentials {
  /** v1 merchant `pid` (MD5 `key`), v2 merchant `pidV2` (RSA `merchant` key pair; the platform signs with `platform`). */
  epay: { pid: string; key: string; pidV2: string; merchant: RsaPair; platform: RsaPair; otherPid: string };
  alipay: { appId: string; sellerId: string; app: RsaPair; alipay: RsaPair; otherAppId: string };
  wechat: { mchid: string; appid: string; merchantSerial: string; merchant: RsaPair; platformKeyId: string; platform: RsaPair; apiV3Key: string; otherMchid: string };
}

async function rsa(): Promise<RsaPair> {
  const { privateKey, publicKey } = await keyPair('rsa', {
    modulusLength: 2048,
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
    publicKeyEncoding: { type: 'spki', format: 'pem' },
  });
  return { privateKey, publicKey };
}

const alnum = (n: number) => randomBytes(n * 2).toString('base64').replace(/[^A-Za-z0-9]/g, '').slice(0, n);

export async function generateCredentials(): Promise<SimCredentials> {
  const [epayMerchant, epayPlatform, app, alipay, wxMerchant, wxPlatform] = await Promise.all([rsa(), rsa(), rsa(), rsa(), rsa(), rsa()]);
  return {
    epay: { pid: '1001', key: alnum(32), pidV2: '1003', merchant: epayMerchant, platform: epayPlatform, otherPid: '1002' },
    alipay: { appId: '2021000100000001', sellerId: '2088000000000001', app, alipay, otherAppId: '2021000100000999' },
    wechat: {
      mchid: '1900000001',
      appid: 'wx00000000000sandbox',
      merchantSerial: randomBytes(20).toString('hex').toUpperCase(),
      merchant: wxMerchant,
      platformKeyId: `PUB_KEY_ID_0119${randomBytes(8).toString('hex').toUpperCase()}`,
      platform: wxPlatform,
      apiV3Key: alnum(32),
      otherMchid: '1900000999',
    },
  };
}

/** The credentials kept in `dir/credentials.json` (generated on first use), or fresh ones when no dir is given. */
export async function loadOrCreateCredentials(dir?: string): Promise<SimCredentials> {
  if (!dir) return generateCredentials();
  const file = join(dir, 'credentials.json');
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as SimCredentials;
  const created = await generateCredentials();
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  writeFileSync(file, JSON.stringify(created, null, 2), { mode: 0o600 });
  return created;
}
