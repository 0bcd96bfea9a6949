export { LocaleProvider, localeTags, pick, useLocale, type LocaleProviderProps } from './locale.js';
export { formatDate, formatDateTime, formatNumber, formatSekAmount, formatTime, stockholmDay, stockholmInstant, stockholmParts } from './format.js';
