import { describe, expect, it } from 'vitest';
import { KEYBOARDS } from '@/components/forms/keyboards';

describe('on-screen keyboards', () => {
  it('identity numbers get a numeric keypad and are never autofilled', () => {
    expect(KEYBOARDS.cnp).toMatchObject({ inputMode: 'numeric', autoComplete: 'off', maxLength: 13 });
    expect(KEYBOARDS.cui).toMatchObject({ inputMode: 'numeric', autoComplete: 'off' });
  });

  it('contact fields get their keyboard and their autofill token', () => {
    expect(KEYBOARDS.phone).toMatchObject({ type: 'tel', autoComplete: 'tel' });
    expect(KEYBOARDS.email).toMatchObject({ type: 'email', autoComplete: 'email' });
    expect(KEYBOARDS.postalCode).toMatchObject({ inputMode: 'numeric', autoComplete: 'postal-code', maxLength: 6 });
  });

  it('codes in capitals are typed in capitals', () => {
    expect(KEYBOARDS.iban.autoCapitalize).toBe('characters');
    expect(KEYBOARDS.tradeRegister.autoCapitalize).toBe('characters');
  });

  it('amounts get the decimal keypad', () => {
    expect(KEYBOARDS.decimal.inputMode).toBe('decimal');
  });
});
