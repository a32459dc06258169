import { describe, expect, it } from 'vitest';
import {
  imoChecksumValid,
  leiChecksumValid,
  matchIdentifiers,
  normaliseBic,
  normaliseCrypto,
  normaliseDocument,
  normaliseEmail,
  normaliseIdentifier,
  normaliseImo,
  normaliseLei,
  normaliseMmsi,
  normalisePhone,
  normaliseWebsite,
} from '../../../src/match/identifiers.js';

describe('crypto addresses', () => {
  it('compares EVM addresses case-insensitively (EIP-55 checksum case is not identity)', () => {
    const a = normaliseCrypto('0x098B716B8Aaf21512996dC57EB0615e2383E2f96', 'ETH');
    const b = normaliseCrypto('0x098b716b8aaf21512996dc57eb0615e2383e2f96');
    expect(a?.key).toBe(b?.key);
    expect(a?.asset).toBe('ETH');
  });

  it('treats ETH, USDT and USDC on one EVM address as one address, keeping the asset', () => {
    const hits = matchIdentifiers(
      [{ type: 'crypto', value: '0xB6F5EC1A0A9CD1526536D3F0426C429529471F40', asset: 'usdt' }],
      [{ type: 'crypto', value: '0xb6f5ec1a0a9cd1526536d3f0426c429529471f40', asset: 'ETH' }],
    );
    expect(hits).toHaveLength(1);
    expect(hits[0]!.query.asset).toBe('USDT');
    expect(hits[0]!.listed.asset).toBe('ETH');
  });

  it('compares base58 addresses exactly: a case change is a different address', () => {
    const a = normaliseCrypto('1D6gG9iKEhPitTcWRJiniuj1jYM2hNeAfJ', 'XBT');
    expect(a?.key).toBe('crypto:1D6gG9iKEhPitTcWRJiniuj1jYM2hNeAfJ');
    expect(normaliseCrypto('1d6gg9ikehpittcwrjiniuj1jym2hneafj')?.key).not.toBe(a?.key);
    expect(normaliseCrypto('  TNaRAoLUyYEV2uF7GUrzSjRQTU8v5ZJ5VR ', 'TRX')?.value).toBe('TNaRAoLUyYEV2uF7GUrzSjRQTU8v5ZJ5VR');
  });

  it('lower-cases bech32 addresses, which are case-insensitive by spec', () => {
    expect(normaliseCrypto('BC1QXY2KGDYGJRSQTZQ2N0YRF2493P83KKFJHX0WLH')?.value).toBe('bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh');
  });
});

describe('documents', () => {
  it('strips separators and upper-cases, across document types', () => {
    expect(normaliseDocument('ab 12-34.56/7')?.value).toBe('AB1234567');
    const hits = matchIdentifiers([{ type: 'national_id', value: '109-420-132' }], [{ type: 'passport', value: '109420132' }]);
    expect(hits).toHaveLength(1);
  });
  it('refuses numbers too short to identify', () => {
    expect(normaliseDocument('12-3')).toBeNull();
  });
});

describe('contact identifiers', () => {
  it('lower-cases and trims emails', () => {
    expect(normaliseEmail('  Mailto:Kim.Sang@Example.COM ')?.value).toBe('kim.sang@example.com');
    expect(normaliseEmail('not an email')).toBeNull();
  });
  it('normalises phones to E.164, with 00 as international prefix', () => {
    expect(normalisePhone('+850 2 381 8208')?.value).toBe('+85023818208');
    expect(normalisePhone('00850-2-381-8208')?.value).toBe('+85023818208');
  });
  it('falls back to digits when no country is known', () => {
    expect(normalisePhone('(02) 381 8208')?.value).toBe('023818208');
  });
  it('reduces websites to the bare host', () => {
    expect(normaliseWebsite('HTTPS://www.Example.com:443/path?q=1')?.value).toBe('example.com');
    expect(normaliseWebsite('example.com/')?.value).toBe('example.com');
    expect(normaliseWebsite('http://sub.example.com')?.value).toBe('sub.example.com');
  });
});

describe('vessel and financial identifiers', () => {
  it('parses IMO numbers with or without the prefix and checks the check digit', () => {
    expect(normaliseImo('IMO 9123456')?.value).toBe('9123456');
    expect(normaliseImo('9074729')?.checksumValid).toBe(true);
    expect(imoChecksumValid('9074729')).toBe(true);
    expect(imoChecksumValid('9074728')).toBe(false);
    expect(normaliseImo('IMO 91234')).toBeNull();
  });
  it('accepts 9-digit MMSIs only', () => {
    expect(normaliseMmsi('445 123 000')?.value).toBe('445123000');
    expect(normaliseMmsi('44512300')).toBeNull();
  });
  it('treats a BIC with branch XXX as the 8-character head office', () => {
    expect(normaliseBic('KCBK KPPY XXX')?.value).toBe('KCBKKPPY');
    expect(normaliseBic('kcbkkppy')?.value).toBe('KCBKKPPY');
    expect(normaliseBic('KCBKKP')).toBeNull();
    expect(matchIdentifiers([{ type: 'bic', value: 'KCBKKPPYPYA' }], [{ type: 'bic', value: 'KCBKKPPY' }])).toHaveLength(1);
  });
  it('upper-cases LEIs and checks ISO 17442 check digits', () => {
    const lei = normaliseLei('5493 0084 UKLVMY22DS16');
    expect(lei?.value).toBe('54930084UKLVMY22DS16');
    expect(lei?.checksumValid).toBe(true);
    expect(leiChecksumValid('54930084UKLVMY22DS17')).toBe(false);
    expect(normaliseLei('TOO-SHORT')).toBeNull();
  });
  it('keeps identifier classes apart: a passport never matches an MMSI', () => {
    expect(normaliseIdentifier('passport', '445123000')?.key).not.toBe(normaliseIdentifier('mmsi', '445123000')?.key);
  });
});
