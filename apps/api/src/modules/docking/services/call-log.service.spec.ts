import { redact } from './call-log.service';

describe('redact', () => {
  it('keeps no secret, key or code in clear, and masks card numbers and accounts', () => {
    const out = redact({
      orderId: 'o-1', secret: 'S3CR3T', apiKey: 'k', codes: [{ cardNumber: 'JD-ABCDEF123456', secret: 'xyz' }], account: '13800138000', nested: { clientSecret: 'c' },
    });
    expect(out).toEqual({ orderId: 'o-1', secret: '***', apiKey: '***', codes: [{ cardNumber: 'JD***3456', secret: '***' }], account: '138***00', nested: { clientSecret: '***' } });
    expect(JSON.stringify(out)).not.toMatch(/S3CR3T|xyz|ABCDEF123456|13800138000/);
  });

  it('hides dujiao-next fulfillments: the payload text and each card_number', () => {
    const out = redact({ fulfillment: { payload: 'JD-ABCDEF123456 xyz', delivery_data: { codes: [{ card_number: 'JD-ABCDEF123456', secret: 'xyz' }] } } });
    expect(out).toEqual({ fulfillment: { payload: '***', delivery_data: { codes: [{ card_number: 'JD***3456', secret: '***' }] } } });
  });
});
