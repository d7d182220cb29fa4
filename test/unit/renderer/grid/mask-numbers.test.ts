import { describe, expect, it } from 'vitest';
import { completeIdNumber } from '../../../../shared/domain/id-number';
import { isMaskedKind, maskFieldText, maskIdText, maskPhone } from '../../../../renderer/grid/mask-numbers';

describe('masking ID and phone numbers on screen', () => {
  it('shows an 18-digit ID as its first six and last four characters, like a public list', () => {
    const id = completeIdNumber('44022919610118312');
    expect(maskIdText(id)).toBe(`440229********${id.slice(14)}`);
    expect(maskIdText(id)).toHaveLength(18);
  });

  it('keeps an X check digit visible', () => {
    expect(maskIdText('44022919800101001X')).toBe('440229********001X');
  });

  it('masks the middle of an ID that is not 18 characters instead of showing it whole', () => {
    expect(maskIdText('440229800101001')).toBe('440229*****1001');
    expect(maskIdText('12345')).toBe('*****');
  });

  it('shows a mobile number as 138****5678', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
  });

  it('masks a landline the same way, keeping the first three and last four characters', () => {
    expect(maskPhone('0668-2345678')).toBe('066*****5678');
  });

  it('leaves an empty number empty', () => {
    expect(maskPhone('')).toBe('');
    expect(maskIdText('  ')).toBe('');
  });

  it('masks only ID and phone fields', () => {
    expect(isMaskedKind('idNo')).toBe(true);
    expect(isMaskedKind('phone')).toBe(true);
    expect(isMaskedKind('text')).toBe(false);
    expect(maskFieldText('text', '杨桂莲')).toBe('杨桂莲');
    expect(maskFieldText('phone', '13812345678')).toBe('138****5678');
  });
});
