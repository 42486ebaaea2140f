// The BIN/IIN check the service makes (kz.qualify.dossier.TaxId), made as the applicant types, so the
// sentence saying what is wrong appears beside the field before anything is sent.
import { t } from './i18n.js';

const FIRST = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
const SECOND = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2];

const weighted = (digits, weights) => weights.reduce((sum, w, i) => sum + Number(digits[i]) * w, 0);

/** The check digit for the first eleven digits, or 10 when none exists. */
export function checkDigit(digits) {
    const sum = weighted(digits, FIRST) % 11;
    return sum === 10 ? weighted(digits, SECOND) % 11 : sum;
}

/** Why a BIN/IIN is not valid, as a sentence in the page's language; null when it is valid. */
export function taxIdProblem(value) {
    const text = String(value ?? '').trim();
    if (!text) return t('form.taxId.empty');
    if (/\D/.test(text)) return t('form.taxId.digitsOnly');
    if (text.length !== 12) return t('form.taxId.length', { count: text.length });
    if ([...text].every((c) => c === text[0])) return t('form.taxId.sameDigits');
    const check = checkDigit(text);
    if (check === 10) return t('form.taxId.noCheckDigit');
    if (check !== Number(text[11])) return t('form.taxId.checkDigit', { expected: check });
    return null;
}
