import type { Catalog, Language } from './catalog.js';
import { en } from './en.js';
import { zh } from './zh.js';

export type { Catalog, Language };

export const catalogs: Record<Language, Catalog> = { en, zh };
