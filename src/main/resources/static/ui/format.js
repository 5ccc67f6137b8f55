// Numbers and measure names as the scenario pages show them, in the reader's language.
import { lang, t } from './i18n.js';

export const number = (n, digits = 2) => n.toLocaleString(lang() === 'nb' ? 'nb-NO' : 'en-GB', { maximumFractionDigits: digits });
export const signed = n => (n > 0 ? `+${number(n)}` : n < 0 ? `−${number(-n)}` : '±0');
export const measureLabel = key => { const text = t(`measure.${key}`); return text === `measure.${key}` ? key : text; };
