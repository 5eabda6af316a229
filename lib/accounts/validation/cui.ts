export type TCuiError = 'format' | 'checksum';

export type TNormalizedCui = { cui: string; vatPrefix: boolean };

export type TCuiResult = { ok: true; cui: string; vatPrefix: boolean } | { ok: false; reason: TCuiError };

const CUI_KEY = '753217532';

/**
 * Strips whitespace and an optional `RO` prefix (the VAT-registration marker) from a CUI/CIF.
 * The remaining text is returned as is, so it may still be invalid.
 */
export function normalizeCui(value: string): TNormalizedCui {
  const compact = value.replace(/\s+/g, '');
  const vatPrefix = /^ro/i.test(compact);
  return { cui: vatPrefix ? compact.slice(2) : compact, vatPrefix };
}

/**
 * Validates a Romanian company fiscal code (CUI/CIF): 2 to 10 digits without a leading zero whose
 * last digit is the control digit for the key 753217532.
 */
export function validateCui(value: string): TCuiResult {
  const { cui, vatPrefix } = normalizeCui(value);
  if (!/^[1-9]\d{1,9}$/.test(cui)) return { ok: false, reason: 'format' };

  const body = cui.slice(0, -1);
  // The digits are aligned to the right end of the key, so short codes use only its tail.
  const key = CUI_KEY.slice(CUI_KEY.length - body.length);
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    sum += Number(body[i]) * Number(key[i]);
  }
  const control = ((sum * 10) % 11) % 10;
  if (control !== Number(cui[cui.length - 1])) return { ok: false, reason: 'checksum' };

  return { ok: true, cui, vatPrefix };
}
