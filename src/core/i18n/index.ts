import type { Catalog, Language } from './catalog.js';
import { en } from './en.js';
import type { SimulationCatalog } from './simulation-catalog.js';
import { simulationEn } from './simulation-en.js';
import { simulationZh } from './simulation-zh.js';
import type { WizardCatalog } from './wizard-catalog.js';
import { wizardEn } from './wizard-en.js';
import { wizardZh } from './wizard-zh.js';
import { zh } from './zh.js';

export type { Catalog, Language, SimulationCatalog, WizardCatalog };

export const catalogs: Record<Language, Catalog> = { en, zh };
export const wizardCatalogs: Record<Language, WizardCatalog> = { en: wizardEn, zh: wizardZh };
export const simulationCatalogs: Record<Language, SimulationCatalog> = { en: simulationEn, zh: simulationZh };
