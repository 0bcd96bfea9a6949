export { LocaleProvider, localeTags, pick, useLocale, type LocaleProviderProps } from './locale.js';
export { formatDate, formatDateTime, formatNumber, formatSekAmount, stockholmDay } from './format.js';
