import type { Catalog, Language } from './catalog.js';
import { en } from './en.js';
import type { WizardCatalog } from './wizard-catalog.js';
import { wizardEn } from './wizard-en.js';
import { wizardZh } from './wizard-zh.js';
import { zh } from './zh.js';

export type { Catalog, Language, WizardCatalog };

export const catalogs: Record<Language, Catalog> = { en, zh };
export const wizardCatalogs: Record<Language, WizardCatalog> = { en: wizardEn, zh: wizardZh };
