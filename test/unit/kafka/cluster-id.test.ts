/** The KRaft cluster id handed to `kafka-storage format -t`: never one its argument parser reads as an option. */
import { kafkaClusterId } from '../../../src/kafka/launcher/server';

describe('kafkaClusterId', () => {
  it('draws again when the id would start with "-" (byte 0xF8 encodes to "-" in base64url)', () => {
    const draws = [Buffer.alloc(16, 0xf8), Buffer.alloc(16, 0x41)];
    let n = 0;
    const id = kafkaClusterId(() => draws[n++]);
    expect(n).toBe(2);
    expect(id).toBe(Buffer.alloc(16, 0x41).toString('base64url'));
    expect(Buffer.alloc(16, 0xf8).toString('base64url').startsWith('-')).toBe(true);
  });

  it('gives 22 base64url characters', () => {
    for (let i = 0; i < 200; i++) expect(kafkaClusterId()).toMatch(/^[A-Za-z0-9_][A-Za-z0-9_-]{21}$/);
  });
});
