/**
 * The form builder's operations on a working copy (add, move, duplicate, remove, options,
 * conditions, documents) and its validation: the definition schema's verdict, said at the
 * builder's paths in both languages.
 */
import { describe, expect, it } from 'vitest';
import en from '@/lib/i18n/messages/en.json';
import ro from '@/lib/i18n/messages/ro.json';
import {
  addDocument,
  addField,
  addOption,
  BUILDER_ERRORS,
  conditionCandidates,
  defaultConditionValue,
  duplicateDocument,
  duplicateField,
  errorsUnder,
  keyFromLabel,
  moveDocument,
  moveField,
  moveOption,
  problemTarget,
  removeDocument,
  removeField,
  removeOption,
  setCondition,
  setDelivery,
  setDocument,
  setField,
  setOption,
  startingCopy,
  uniqueKey,
  validateWorkingCopy,
  withHelpText,
  type TWorkingCopy,
} from '@/lib/services/form/builder';
import { ZServiceDefinitionSchema } from '@/lib/services/form/definition';

const keys = (copy: TWorkingCopy) => copy.fields.map((f) => f.key);
const label = (ro: string, en = ro) => ({ ro, en });

/** A form with a select (persoană / firmă), a text shown only for "firma", and a checkbox. */
function sample(): TWorkingCopy {
  let copy: TWorkingCopy = { fields: [], documents: [], delivery: 'electronic' };
  copy = addField(copy, 'select').copy;
  copy = setField(copy, 0, { label: label('Cine solicită', 'Who applies') });
  copy = setOption(copy, 0, 0, { label: label('Persoană fizică', 'Person') });
  copy = addOption(copy, 0);
  copy = setOption(copy, 0, 1, { label: label('Firmă', 'Company') });
  copy = addField(copy, 'text').copy;
  copy = setField(copy, 1, { label: label('Denumirea firmei', 'Company name'), required: true });
  copy = setCondition(copy, 1, { field: 'cineSolicita', equals: ['firma'] });
  copy = addField(copy, 'checkbox').copy;
  copy = setField(copy, 2, { label: label('Sunt de acord', 'I agree') });
  return copy;
}

describe('keys', () => {
  it('are made from the Romanian label: no diacritics, camelCase, starting with a letter', () => {
    expect(keyFromLabel('Numărul cadastral al terenului')).toBe('numarulCadastralAlTerenului');
    expect(keyFromLabel('Șoseaua Țării')).toBe('soseauaTarii');
    expect(keyFromLabel('2 exemplare')).toBe('camp2Exemplare');
    expect(keyFromLabel('   ')).toBe('camp');
    expect(keyFromLabel('a'.repeat(80))).toHaveLength(50);
  });

  it('are made unique by a number', () => {
    expect(uniqueKey('adresa', [])).toBe('adresa');
    expect(uniqueKey('adresa', ['adresa', 'adresa2'])).toBe('adresa3');
    expect(uniqueKey('a'.repeat(50), ['a'.repeat(50)])).toBe(`${'a'.repeat(49)}2`);
  });

  it('follow the Romanian label while the builder made them, and stay once typed by hand', () => {
    let copy = addField({ fields: [], documents: [], delivery: 'electronic' }, 'text').copy;
    expect(keys(copy)).toEqual(['campNou']);
    copy = setField(copy, 0, { label: label('Adresa de corespondență', 'Address') });
    expect(keys(copy)).toEqual(['adresaDeCorespondenta']);
    copy = setField(copy, 0, { key: 'corespondenta' });
    copy = setField(copy, 0, { label: label('Altă etichetă', 'Other') });
    expect(keys(copy)).toEqual(['corespondenta']);
  });
});

describe('fields', () => {
  it('adds a field of every type, at the end or where asked, with a unique key', () => {
    let copy: TWorkingCopy = { fields: [], documents: [], delivery: 'electronic' };
    for (const type of ['text', 'textarea', 'number', 'date', 'select', 'radio', 'checkbox', 'email', 'phone', 'cnp', 'cui', 'iban', 'address'] as const) copy = addField(copy, type).copy;
    expect(copy.fields).toHaveLength(13);
    expect(new Set(keys(copy)).size).toBe(13);
    // Select and radio start with one option, the others with none.
    expect(copy.fields.filter((f) => f.options).map((f) => f.type)).toEqual(['select', 'radio']);
    const { copy: withFirst, index } = addField(copy, 'email', 0);
    expect(index).toBe(0);
    expect(withFirst.fields[0]!.type).toBe('email');
    expect(validateWorkingCopy(withFirst).ok).toBe(true);
  });

  it('moves a field up, down and to an index, within the list, never changing the copy given', () => {
    const copy = sample();
    const before = JSON.stringify(copy);
    expect(keys(moveField(copy, 2, 1))).toEqual(['cineSolicita', 'suntDeAcord', 'denumireaFirmei']);
    expect(keys(moveField(copy, 0, -1))).toEqual(keys(copy));
    expect(keys(moveField(copy, 2, 3))).toEqual(keys(copy));
    expect(keys(moveField(copy, 0, 2))).toEqual(['denumireaFirmei', 'suntDeAcord', 'cineSolicita']);
    expect(JSON.stringify(copy)).toBe(before);
  });

  it('flags a condition left below its field by a move, until it is moved back', () => {
    const moved = moveField(sample(), 1, 0);
    const result = validateWorkingCopy(moved);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors['fields.0.visibleWhen']).toEqual(['conditionLater']);
    expect(validateWorkingCopy(moveField(moved, 0, 1)).ok).toBe(true);
  });

  it('duplicates a field right below it with a new key and the same settings', () => {
    const { copy, index } = duplicateField(sample(), 1);
    expect(index).toBe(2);
    expect(keys(copy)).toEqual(['cineSolicita', 'denumireaFirmei', 'denumireaFirmei2', 'suntDeAcord']);
    expect(copy.fields[2]).toMatchObject({ type: 'text', required: true, visibleWhen: { field: 'cineSolicita', equals: ['firma'] }, label: { ro: 'Denumirea firmei (copie)' } });
    expect(validateWorkingCopy(copy).ok).toBe(true);
  });

  it('removes a field together with the conditions that looked at it, and says which', () => {
    let copy = sample();
    copy = addDocument(copy).copy;
    copy = setDocument(copy, 0, { visibleWhen: { field: 'cineSolicita', equals: ['firma'] } });
    const { copy: removed, cleared } = removeField(copy, 0);
    expect(keys(removed)).toEqual(['denumireaFirmei', 'suntDeAcord']);
    expect(cleared).toEqual(['denumireaFirmei', 'documentNou']);
    expect(removed.fields[0]!.visibleWhen).toBeUndefined();
    expect(removed.documents[0]!.visibleWhen).toBeUndefined();
    expect(validateWorkingCopy(removed).ok).toBe(true);
  });

  it('renames the conditions with the key they look at', () => {
    const copy = setField(sample(), 0, { key: 'solicitant' });
    expect(copy.fields[1]!.visibleWhen).toEqual({ field: 'solicitant', equals: ['firma'] });
  });

  it('drops what a new type does not take, and adds options to a select', () => {
    let copy = setField(sample(), 1, { pattern: '[A-Z ]+', maxLength: 100 });
    copy = setField(copy, 1, { type: 'number' });
    expect(copy.fields[1]).not.toHaveProperty('pattern');
    expect(copy.fields[1]).not.toHaveProperty('maxLength');
    copy = setField(copy, 1, { min: 1, max: 10 });
    copy = setField(copy, 1, { type: 'date' });
    expect(copy.fields[1]).not.toHaveProperty('min');
    copy = setField(copy, 1, { type: 'radio' });
    expect(copy.fields[1]!.options).toHaveLength(1);
    copy = setField(copy, 0, { type: 'text' });
    expect(copy.fields[0]).not.toHaveProperty('options');
  });
});

describe('options', () => {
  it('adds, renames, moves and removes options; conditions follow their values', () => {
    let copy = sample();
    expect(copy.fields[0]!.options!.map((o) => o.value)).toEqual(['persoanaFizica', 'firma']);
    copy = addOption(copy, 0);
    expect(copy.fields[0]!.options![2]).toEqual({ value: 'optiunea3', label: { ro: 'Opțiunea 3', en: 'Option 3' } });
    copy = moveOption(copy, 0, 2, 0);
    expect(copy.fields[0]!.options!.map((o) => o.value)).toEqual(['optiunea3', 'persoanaFizica', 'firma']);
    copy = setOption(copy, 0, 2, { value: 'societate' });
    expect(copy.fields[1]!.visibleWhen!.equals).toEqual(['societate']);
    copy = removeOption(copy, 0, 2);
    expect(copy.fields[1]!.visibleWhen!.equals).toEqual([]);
    const result = validateWorkingCopy(copy);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors['fields.1.visibleWhen.equals']).toEqual(['conditionValueRequired']);
  });

  it('refuses a select without options', () => {
    const copy = removeOption(sample(), 0, 0);
    const emptied = removeOption(copy, 0, 0);
    const result = validateWorkingCopy(emptied);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors['fields.0.options']).toEqual(['optionsRequired']);
  });
});

describe('conditions', () => {
  it('may look only at the fields above, and start with a sensible value', () => {
    const copy = sample();
    expect(conditionCandidates(copy, 0)).toEqual([]);
    expect(conditionCandidates(copy, 2).map((f) => f.key)).toEqual(['cineSolicita', 'denumireaFirmei']);
    expect(conditionCandidates(copy).map((f) => f.key)).toEqual(keys(copy));
    expect(defaultConditionValue(copy.fields[0]!)).toEqual(['persoanaFizica']);
    expect(defaultConditionValue(copy.fields[2]!)).toBe(true);
    expect(defaultConditionValue(copy.fields[1]!)).toBe('');
  });

  it('refuses a condition on a later field, and removes a condition set to null', () => {
    const copy = setCondition(sample(), 0, { field: 'suntDeAcord', equals: true });
    const result = validateWorkingCopy(copy);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors['fields.0.visibleWhen']).toEqual(['conditionLater']);
    expect(setCondition(copy, 0, null).fields[0]).not.toHaveProperty('visibleWhen');
  });
});

describe('help texts', () => {
  it('change one language and disappear when both are empty', () => {
    expect(withHelpText(undefined, 'ro', 'Ca în buletin')).toEqual({ ro: 'Ca în buletin', en: '' });
    expect(withHelpText({ ro: 'Ca în buletin', en: 'As in your ID' }, 'ro', ' ')).toEqual({ ro: ' ', en: 'As in your ID' });
    expect(withHelpText({ ro: 'Ca în buletin', en: '' }, 'ro', '')).toBeUndefined();
  });
});

describe('documents and delivery', () => {
  it('adds, duplicates, moves, changes and removes document requirements', () => {
    let copy = addDocument(sample()).copy;
    copy = setDocument(copy, 0, { name: label('Actul de identitate', 'Identity document'), required: true, accept: ['application/pdf', 'image/jpeg'], maxSizeMb: 5, maxFiles: 2 });
    expect(copy.documents[0]!.key).toBe('actulDeIdentitate');
    copy = duplicateDocument(copy, 0).copy;
    expect(copy.documents.map((d) => d.key)).toEqual(['actulDeIdentitate', 'actulDeIdentitate2']);
    copy = moveDocument(copy, 1, 0);
    expect(copy.documents.map((d) => d.key)).toEqual(['actulDeIdentitate2', 'actulDeIdentitate']);
    copy = setDelivery(copy, 'counter');
    const result = validateWorkingCopy(copy);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.definition).toMatchObject({ delivery: 'counter', documents: [{ maxFiles: 2 }, { maxFiles: 2 }] });
    expect(removeDocument(copy, 0).documents.map((d) => d.key)).toEqual(['actulDeIdentitate']);
  });

  it('says what is wrong with a document next to it', () => {
    let copy = addDocument(sample()).copy;
    copy = setDocument(copy, 0, { accept: [], maxSizeMb: 50, maxFiles: 'două' });
    const result = validateWorkingCopy(copy);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(errorsUnder(result.errors, 'documents.0')).toEqual({ accept: ['acceptRequired'], maxSizeMb: ['maxSizeInvalid'], maxFiles: ['maxFilesInvalid'] });
  });
});

describe('validation', () => {
  it('accepts the starting copy and whatever the definition schema accepts', () => {
    const result = validateWorkingCopy(startingCopy());
    expect(result.ok).toBe(true);
    expect(ZServiceDefinitionSchema.safeParse(sample()).success).toBe(true);
    const checked = validateWorkingCopy(sample());
    expect(checked.ok).toBe(true);
    // What is published is the definition schema's own output (its defaults filled in).
    if (checked.ok) expect(checked.definition).toEqual(ZServiceDefinitionSchema.parse(sample()));
  });

  it('reports every wrong field at once, each next to the property that is wrong', () => {
    let copy = sample();
    copy = addField(copy, 'text').copy;
    copy = setField(copy, 3, { key: 'cineSolicita' });
    copy = setField(copy, 1, { pattern: '[a-z' });
    copy = setField(copy, 2, { label: label('', 'I agree') });
    copy = addField(copy, 'number').copy;
    copy = setField(copy, 4, { min: 'zece' });
    const result = validateWorkingCopy(copy);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual({
      'fields.1.pattern': ['patternInvalid'],
      'fields.2.label.ro': ['textRequired'],
      'fields.3.key': ['keyDuplicate'],
      'fields.4.min': ['boundNumber'],
    });
    expect(ZServiceDefinitionSchema.safeParse(copy).success).toBe(false);
  });

  it('refuses a form without fields and a badly formed key', () => {
    const none = validateWorkingCopy({ fields: [], documents: [], delivery: 'electronic' });
    expect(none.ok === false && none.errors.fields).toEqual(['fieldsRequired']);
    const badKey = validateWorkingCopy(setField(sample(), 2, { key: 'Sunt de acord' }));
    expect(badKey.ok === false && badKey.errors['fields.2.key']).toEqual(['keyFormat']);
  });

  it('names the field or document a problem is about, by position and Romanian label (or key)', () => {
    let copy = addDocument(sample()).copy;
    copy = setField(copy, 2, { label: label('', 'I agree'), key: 'acord' });
    expect(problemTarget(copy, 'fields.1.pattern')).toEqual({ kind: 'field', position: 2, label: 'Denumirea firmei' });
    expect(problemTarget(copy, 'fields.2.label.ro')).toEqual({ kind: 'field', position: 3, label: 'acord' });
    expect(problemTarget(copy, 'documents.0.accept')).toEqual({ kind: 'document', position: 1, name: 'Document nou' });
    expect(problemTarget(copy, 'fields')).toEqual({ kind: 'form' });
  });

  it('has every message in Romanian and English', () => {
    for (const error of BUILDER_ERRORS) {
      expect(ro.serviceBuilder.errors[error], error).toBeTruthy();
      expect(en.serviceBuilder.errors[error], error).toBeTruthy();
    }
    expect(ro.serviceBuilder.errors.conditionLater).toBe('Condiția trebuie să se refere la un câmp de mai sus.');
    expect(ro.serviceBuilder.errors.keyDuplicate).toBe('Cheia există deja.');
    expect(ro.serviceBuilder.errors.patternInvalid).toBe('Expresia regulată nu este validă.');
    expect(ro.serviceBuilder.errors.conditionValueRequired).toBe('Alegeți cel puțin o opțiune.');
  });
});
