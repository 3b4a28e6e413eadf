import { createHash, createHmac } from 'node:crypto';
import { acgSignature, dujiaoSignature, sameSignature, yuan } from './shop';

describe('shop protocols', () => {
  it('signs dujiao-next requests as its docs say: HMAC-SHA256 over method, path, timestamp and the body’s MD5', () => {
    const body = '{"sku_id":1,"quantity":1}';
    const md5 = createHash('md5').update(body).digest('hex');
    const expected = createHmac('sha256', 'your_api_secret').update(`POST\n/api/v1/upstream/orders\n1700000000\n${md5}`).digest('hex');
    expect(dujiaoSignature('your_api_secret', 'post', '/api/v1/upstream/orders', '1700000000', body)).toBe(expected);
    // An empty body hashes as MD5("").
    expect(dujiaoSignature('s', 'GET', '/p', '1', '')).toBe(createHmac('sha256', 's').update('GET\n/p\n1\nd41d8cd98f00b204e9800998ecf8427e').digest('hex'));
  });

  it('signs acg-faka forms as its shared store does: sorted non-empty fields but sign, then &key=', () => {
    const fields = { num: '1', app_id: 'mk_x', contact: '', sign: 'ignored', shared_code: '1001' };
    expect(acgSignature(fields, 'k')).toBe(createHash('md5').update('app_id=mk_x&num=1&shared_code=1001&key=k').digest('hex'));
  });

  it('compares signatures in constant time, case-insensitively for the sender', () => {
    expect(sameSignature('abc', 'ABC')).toBe(true);
    expect(sameSignature('abc', 'abd')).toBe(false);
    expect(sameSignature('abc', 'ab')).toBe(false);
  });

  it('writes fen as yuan with two decimals', () => {
    expect(yuan(0)).toBe('0.00');
    expect(yuan('10005')).toBe('100.05');
    expect(yuan(-1n)).toBe('-0.01');
  });
});
