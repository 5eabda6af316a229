/**
 * The input attributes that make on-screen keyboards (phones, the city hall's touch terminals) show
 * the right keys and let the browser autofill the right data, one set per kind of field, so that
 * every form agrees. Spread them on a TextField: `<TextField … {...KEYBOARDS.cnp} />`.
 *
 * Identity numbers are never autofilled (`off`): a shared browser must not offer someone's CNP.
 * Personal fields keep their semantic tokens even on a kiosk: the terminal's browser policy turns
 * autofill off there (see README, Kiosk terminals).
 */
import type { InputHTMLAttributes } from 'react';

type TKeyboard = Pick<InputHTMLAttributes<HTMLInputElement>, 'type' | 'inputMode' | 'autoComplete' | 'autoCapitalize' | 'spellCheck' | 'maxLength'>;

export const KEYBOARDS = {
  /** 13 digits. */
  cnp: { inputMode: 'numeric', autoComplete: 'off', maxLength: 13, spellCheck: false },
  /** Digits only, and the hint says so: the `RO` prefix is not needed (a pasted `RO…` is still accepted and stripped). */
  cui: { inputMode: 'numeric', autoComplete: 'off', spellCheck: false },
  /** `J27/123/2020`: letters in capitals. */
  tradeRegister: { autoCapitalize: 'characters', autoComplete: 'off', spellCheck: false },
  iban: { autoCapitalize: 'characters', autoComplete: 'off', spellCheck: false },
  phone: { type: 'tel', inputMode: 'tel', autoComplete: 'tel' },
  email: { type: 'email', inputMode: 'email', autoComplete: 'email', spellCheck: false },
  postalCode: { inputMode: 'numeric', autoComplete: 'postal-code', maxLength: 6 },
  /** Amounts and quantities: digits with the decimal comma. */
  decimal: { inputMode: 'decimal' },
} satisfies Record<string, TKeyboard>;
