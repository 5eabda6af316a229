/*
 * How guessable a password is, estimated with zxcvbn-ts against the common and English
 * dictionaries and our Romanian words. This module carries the dictionaries (about 800 KB
 * compressed), so nothing imports it statically: `password.ts` loads it when a new password is
 * checked, and the strength meter when a page with a new-password field opens.
 */
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as english from '@zxcvbn-ts/language-en';
import { ROMANIAN_DICTIONARY } from './romanian-words';

export type TPasswordScore = 0 | 1 | 2 | 3 | 4;

/** The estimator's feedback as message keys (`auth.password.warning.*`, `auth.password.suggestion.*`). */
export type TPasswordEstimate = { score: TPasswordScore; warning: string | null; suggestions: string[] };

let factory: ZxcvbnFactory | undefined;

// Built on first use: ranking the dictionaries takes a moment, and most requests never need it.
function estimator(): ZxcvbnFactory {
  factory ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...english.dictionary, ...ROMANIAN_DICTIONARY },
    graphs: common.adjacencyGraphs,
    // Feedback stays as the library's keys; the portal translates them in both languages.
  });
  return factory;
}

const withoutDiacritics = (value: string): string => value.normalize('NFD').replace(/\p{M}/gu, '');

/**
 * Scores a password from 0 (guessed at once) to 4; `userInputs` are the person's own details
 * (email, its parts, names), which count as the first words an attacker tries. Romanians type the
 * same word with or without diacritics, so the weaker of the two spellings decides.
 */
export function estimatePassword(password: string, userInputs: readonly string[] = []): TPasswordEstimate {
  const inputs = [...userInputs, ...userInputs.map(withoutDiacritics)];
  const candidates = [...new Set([password, withoutDiacritics(password)])];
  const results = candidates.map((candidate) => estimator().check(candidate, inputs));
  const weakest = results.reduce((a, b) => (b.guesses < a.guesses ? b : a));
  return { score: weakest.score, warning: weakest.feedback.warning, suggestions: weakest.feedback.suggestions };
}
